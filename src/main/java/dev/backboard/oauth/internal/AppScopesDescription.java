package dev.backboard.oauth.internal;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.security.OAuthFlow;
import io.swagger.v3.oas.models.security.OAuthFlows;
import io.swagger.v3.oas.models.security.Scopes;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;

import dev.backboard.oauth.AppScope;

import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.stereotype.Component;

/**
 * The OpenAPI description's {@code oauth2} security scheme: the authorization code flow
 * with PKCE that apps use, with every scope a person may grant, in the words of the
 * consent page.
 */
@Component
class AppScopesDescription implements OpenApiCustomizer {

	static final String SCHEME = "oauth2";

	@Override
	public void customise(OpenAPI openApi) {
		Scopes scopes = new Scopes();
		scopes.addString(OidcScopes.OPENID, "Who you are (OpenID Connect); every app may ask for it");
		for (AppScope scope : AppScope.values()) {
			scopes.addString(scope.value(), scope.description() + (scope.role() == null ? ""
					: " (only for " + scope.role().name().toLowerCase(java.util.Locale.ROOT) + "s)"));
		}
		if (openApi.getComponents() == null) {
			openApi.setComponents(new Components());
		}
		openApi.getComponents()
			.addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.OAUTH2)
				.description("""
						An access token an app got from a person with the authorization code flow (see "Build an app \
						on Backboard" in the README), sent as 'Authorization: Bearer …'. PKCE is required of every \
						app, public or confidential: send code_challenge with code_challenge_method=S256 to the \
						authorization endpoint and code_verifier to the token endpoint. A scope gives an app nothing \
						that the person's role does not allow.""")
				.flows(new OAuthFlows().authorizationCode(new OAuthFlow().authorizationUrl("/oauth2/authorize")
					.tokenUrl("/oauth2/token")
					.refreshUrl("/oauth2/token")
					.scopes(scopes))));
	}

}
