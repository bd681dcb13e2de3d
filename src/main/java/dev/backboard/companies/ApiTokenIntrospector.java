package dev.backboard.companies;

import org.springframework.security.oauth2.core.OAuth2AuthenticatedPrincipal;
import org.springframework.security.oauth2.server.resource.introspection.BadOpaqueTokenException;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.stereotype.Component;

/**
 * Turns a bearer token into the {@link ApiClient} it stands for. The API's security chain
 * finds it as the application's {@link OpaqueTokenIntrospector}; the token never appears
 * in an exception message or a log.
 */
@Component
class ApiTokenIntrospector implements OpaqueTokenIntrospector {

	private final ApiTokens tokens;

	ApiTokenIntrospector(ApiTokens tokens) {
		this.tokens = tokens;
	}

	@Override
	public OAuth2AuthenticatedPrincipal introspect(String token) {
		return tokens.authenticate(token)
			.orElseThrow(() -> new BadOpaqueTokenException("Unknown or revoked API token"));
	}

}
