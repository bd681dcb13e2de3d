package dev.backboard.oauth.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.ApiTokens;
import dev.backboard.oauth.AppScope;
import dev.backboard.oauth.AppUser;

import org.springframework.context.annotation.Primary;
import org.springframework.security.oauth2.core.OAuth2AccessToken;
import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.authorization.OAuth2Authorization;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2TokenType;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Every bearer token the API accepts: a company's API token ({@code bb_…}) or an access
 * token an app got from a person. An app's token is looked up in the shared grants on
 * each call: expired, revoked or of an account that no longer exists, it is refused; its
 * scopes count only where the person has the role they belong to.
 */
@Component
@Primary
class BearerTokens implements OpaqueTokenIntrospector {

	private static final String COMPANY_TOKEN = "bb_";

	private final ApiTokens companyTokens;

	private final OAuth2AuthorizationService grants;

	private final Accounts accounts;

	private final Clock clock;

	BearerTokens(ApiTokens companyTokens, OAuth2AuthorizationService grants, Accounts accounts, Clock clock) {
		this.companyTokens = companyTokens;
		this.grants = grants;
		this.accounts = accounts;
		this.clock = clock;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		if (token.startsWith(COMPANY_TOKEN)) {
			Optional<? extends OAuth2AuthenticatedPrincipal> company = companyTokens.authenticate(token);
			if (company.isPresent()) {
				return company.get();
			}
		}
		OAuth2Authorization grant = grants.findByToken(token, OAuth2TokenType.ACCESS_TOKEN);
		OAuth2Authorization.Token<OAuth2AccessToken> access = grant == null ? null : grant.getAccessToken();
		if (grant == null || access == null || access.isInvalidated() || expired(access.getToken())) {
			throw new BadOpaqueTokenException("Unknown, expired or revoked token");
		}
		UserAccount account = accountOf(grant.getPrincipalName())
			.orElseThrow(() -> new BadOpaqueTokenException("The token's account no longer exists"));
		Set<String> scopes = access.getToken()
			.getScopes()
			.stream()
			.map(AppScope::of)
			.flatMap(Optional::stream)
			.filter(scope -> scope.role() == null || account.hasRole(scope.role()))
			.map(AppScope::value)
			.collect(Collectors.toSet());
		return new AppUser(account.getId(), grant.getRegisteredClientId(), scopes);
	}

	private boolean expired(OAuth2AccessToken token) {
		Instant expiresAt = token.getExpiresAt();
		return expiresAt != null && !clock.instant().isBefore(expiresAt);
	}

	private Optional<UserAccount> accountOf(String principalName) {
		try {
			return accounts.findById(Long.parseLong(principalName));
		}
		catch (NumberFormatException ex) {
			return Optional.empty();
		}
	}

}
