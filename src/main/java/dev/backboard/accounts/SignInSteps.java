package dev.backboard.accounts;

import java.io.IOException;
import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.backboard.core.BackboardProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.endpoint.OAuth2AuthorizationRequest;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * The sign-in steps added to the page chain: identity providers (only when some are
 * configured) and the TOTP step after any first step.
 */
@Component
class SignInSteps {

	static final String LINKED_ATTRIBUTE = SignInSteps.class.getName() + ".linked";

	private final ObjectProvider<ClientRegistrationRepository> registrations;

	private final ExternalSignIn signIn;

	private final TwoFactor twoFactor;

	private final BackboardProperties board;

	SignInSteps(ObjectProvider<ClientRegistrationRepository> registrations, ExternalSignIn signIn, TwoFactor twoFactor,
			BackboardProperties board) {
		this.registrations = registrations;
		this.signIn = signIn;
		this.twoFactor = twoFactor;
		this.board = board;
	}

	void applyTo(HttpSecurity http) throws Exception {
		http.addFilterBefore(new SecondFactorFilter(twoFactor), AuthorizationFilter.class);
		ClientRegistrationRepository clients = registrations.getIfAvailable();
		if (clients == null) {
			return;
		}
		var afterSignIn = new SavedRequestAwareAuthenticationSuccessHandler();
		afterSignIn.setDefaultTargetUrl("/account");
		http.oauth2Login(login -> login.loginPage("/login")
			.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkce(clients, board)))
			.userInfoEndpoint(users -> users.oidcUserService(new OidcAccountUserService(signIn))
				.userService(new GitHubUserService(signIn)))
			.successHandler((request, response, authentication) -> {
				if (request.getAttribute(LINKED_ATTRIBUTE) != null) {
					response.sendRedirect("/account?linked");
				}
				else {
					afterSignIn.onAuthenticationSuccess(request, response, authentication);
				}
			})
			.failureHandler(SignInSteps::refused));
	}

	/**
	 * PKCE (S256) for every client, public or confidential; state and, for OpenID
	 * Connect, nonce are added and checked by Spring Security. An unknown registration id
	 * resolves to nothing, so the route rules answer 404 instead of a 500. The
	 * {@code {baseUrl}} of a redirect URI is the configured base URL, never the request's
	 * Host header.
	 */
	private static OAuth2AuthorizationRequestResolver pkce(ClientRegistrationRepository clients,
			BackboardProperties board) {
		var resolver = new DefaultOAuth2AuthorizationRequestResolver(clients, "/oauth2/authorization");
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		return new OAuth2AuthorizationRequestResolver() {

			@Override
			public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request) {
				try {
					return resolver.resolve(atBaseUrl(request, board));
				}
				catch (IllegalArgumentException unknownRegistration) {
					return null;
				}
			}

			@Override
			public @Nullable OAuth2AuthorizationRequest resolve(HttpServletRequest request, String registrationId) {
				try {
					return resolver.resolve(atBaseUrl(request, board), registrationId);
				}
				catch (IllegalArgumentException unknownRegistration) {
					return null;
				}
			}

		};
	}

	private static void refused(HttpServletRequest request, HttpServletResponse response, AuthenticationException ex)
			throws IOException {
		String code = ex instanceof OAuth2AuthenticationException oauth ? oauth.getError().getErrorCode() : "";
		String uri = request.getRequestURI();
		String registrationId = uri.substring(uri.lastIndexOf('/') + 1);
		switch (code) {
			case ExternalSignIn.ACCOUNT_EXISTS -> response
				.sendRedirect("/login?identity=exists&provider=" + UriUtils.encodeQueryParam(registrationId, "UTF-8"));
			case ExternalSignIn.IDENTITY_TAKEN -> response.sendRedirect("/account?link-error=taken");
			case ExternalSignIn.NO_EMAIL -> response.sendRedirect("/login?identity=no-email");
			default -> response.sendRedirect("/login?identity=failed");
		}
	}

	private static HttpServletRequest atBaseUrl(HttpServletRequest request, BackboardProperties board) {
		URI base = URI.create(board.baseUrl());
		return new HttpServletRequestWrapper(request) {

			@Override
			public String getScheme() {
				return base.getScheme();
			}

			@Override
			public String getServerName() {
				return base.getHost();
			}

			@Override
			public int getServerPort() {
				return base.getPort() != -1 ? base.getPort() : "https".equals(base.getScheme()) ? 443 : 80;
			}

		};
	}

}
