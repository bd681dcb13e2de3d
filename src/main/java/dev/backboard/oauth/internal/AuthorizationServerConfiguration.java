package dev.backboard.oauth.internal;

import java.time.Clock;

import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcOperations;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.oauth2.server.authorization.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.jwt.NimbusJwtEncoder;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.JdbcOAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationService;
import org.springframework.security.oauth2.server.authorization.client.JdbcRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.token.DelegatingOAuth2TokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.JwtGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2AccessTokenGenerator;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenGenerator;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;

/**
 * The authorization server's endpoints ({@code /oauth2/authorize}, {@code /oauth2/token},
 * {@code /oauth2/revoke}, {@code /oauth2/introspect}, {@code /oauth2/jwks} and discovery
 * metadata) in their own security chain, ahead of the API's and the pages'. A person
 * signs in on the site's own sign-in page; everything it keeps is in PostgreSQL, so any
 * node answers any step.
 */
@Configuration(proxyBeanMethods = false)
class AuthorizationServerConfiguration {

	static final String CONSENT_PAGE = "/oauth2/consent";

	@Bean
	@Order(0)
	SecurityFilterChain authorizationServer(HttpSecurity http, RegisteredClientRepository clients,
			OAuth2TokenGenerator<?> tokens) throws Exception {
		var server = new OAuth2AuthorizationServerConfigurer();
		var signIn = new LoginUrlAuthenticationEntryPoint("/login");
		signIn.setFavorRelativeUris(true);
		// Browsers' CORS preflights for the endpoints a single-page app calls.
		RequestMatcher preflights = PathPatternRequestMatcher.withDefaults()
			.matcher(HttpMethod.OPTIONS, "/oauth2/{endpoint:token|revoke}");
		http.securityMatcher(new OrRequestMatcher(server.getEndpointsMatcher(), preflights))
			.with(server, as -> as.tokenGenerator(tokens)
				.authorizationEndpoint(authorize -> authorize.consentPage(CONSENT_PAGE))
				.clientAuthentication(client -> client
					.authenticationConverters(converters -> converters.add(new PublicClientRefresh.Converter()))
					.authenticationProviders(providers -> providers.add(0, new PublicClientRefresh.Provider(clients))))
				.oidc(Customizer.withDefaults()))
			.cors(Customizer.withDefaults())
			.authorizeHttpRequests(routes -> routes.anyRequest().authenticated())
			.exceptionHandling(errors -> errors.authenticationEntryPoint((request, response, ex) -> {
				// A person is sent to sign in; an app that did not say who it is (no
				// secret, no PKCE verifier) gets the token endpoint's error.
				if (request.getRequestURI().endsWith("/oauth2/authorize")) {
					signIn.commence(request, response, ex);
					return;
				}
				response.setStatus(HttpStatus.UNAUTHORIZED.value());
				response.setContentType(MediaType.APPLICATION_JSON_VALUE);
				response.getWriter().write("{\"error\":\"invalid_client\"}");
			}));
		return http.build();
	}

	@Bean
	RegisteredClientRepository registeredClients(JdbcOperations jdbc) {
		return new JdbcRegisteredClientRepository(jdbc);
	}

	@Bean
	OAuth2AuthorizationService authorizations(JdbcOperations jdbc, RegisteredClientRepository clients,
			JdbcClient client, Clock clock) {
		return new RefreshTokenFamilies(new JdbcOAuth2AuthorizationService(jdbc, clients), client, clock);
	}

	@Bean
	OAuth2AuthorizationConsentService consents(JdbcOperations jdbc, RegisteredClientRepository clients) {
		return new JdbcOAuth2AuthorizationConsentService(jdbc, clients);
	}

	@Bean
	AuthorizationServerSettings authorizationServerSettings() {
		return AuthorizationServerSettings.builder().build();
	}

	/**
	 * Access tokens are opaque references checked against the database on every call, so
	 * revoking one (or the account being erased) takes effect at once; ID tokens are JWTs
	 * signed with the stored key.
	 */
	@Bean
	OAuth2TokenGenerator<?> tokenGenerator(JWKSource<SecurityContext> keys, Clock clock) {
		var idTokens = new JwtGenerator(new NimbusJwtEncoder(keys));
		idTokens.setClock(clock);
		var accessTokens = new OAuth2AccessTokenGenerator();
		accessTokens.setClock(clock);
		return new DelegatingOAuth2TokenGenerator(idTokens, accessTokens, new RotatingRefreshTokens(clock));
	}

}
