package dev.backboard.companies;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * Who calls the API: a company, through one of its tokens. API controllers take it as
 * {@code @AuthenticationPrincipal ApiClient client} and act for {@link #companyId()}
 * only. It never holds the token itself.
 *
 * @param companyId the company the token acts for
 * @param tokenId the token's id
 * @param tokenName the name its owner gave it
 * @param scopes e.g. {@code jobs:read}
 */
public record ApiClient(long companyId, long tokenId, String tokenName,
		Set<String> scopes) implements OAuth2AuthenticatedPrincipal {

	public ApiClient {
		scopes = Set.copyOf(scopes);
	}

	public boolean may(ApiScope scope) {
		return scopes.contains(scope.value());
	}

	@Override
	public Map<String, Object> getAttributes() {
		return Map.of("company_id", companyId, "token_id", tokenId, "scope", String.join(" ", scopes));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		List<GrantedAuthority> authorities = scopes.stream()
			.sorted()
			.map(scope -> (GrantedAuthority) new SimpleGrantedAuthority("SCOPE_" + scope))
			.toList();
		return authorities;
	}

	/** The token's id, which is what logs and audit records show, never its secret. */
	@Override
	public String getName() {
		return "api-token-" + tokenId;
	}

}
