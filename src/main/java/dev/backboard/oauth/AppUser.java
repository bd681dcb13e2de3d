package dev.backboard.oauth;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;

/**
 * A person, through an app they authorized. API controllers take it as
 * {@code @AuthenticationPrincipal AppUser user} and act for {@link #accountId()} only.
 * The scopes are those granted and meaningful for the person's roles.
 *
 * @param accountId the person
 * @param clientId the app's client id
 * @param scopes e.g. {@code resumes}
 */
public record AppUser(long accountId, String clientId, Set<String> scopes) implements OAuth2AuthenticatedPrincipal {

	public AppUser {
		scopes = Set.copyOf(scopes);
	}

	@Override
	public Map<String, Object> getAttributes() {
		return Map.of("sub", Long.toString(accountId), "client_id", clientId, "scope", String.join(" ", scopes));
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return AuthorityUtils.createAuthorityList(scopes.stream().map(scope -> "SCOPE_" + scope).sorted().toList());
	}

	@Override
	public String getName() {
		return Long.toString(accountId);
	}

}
