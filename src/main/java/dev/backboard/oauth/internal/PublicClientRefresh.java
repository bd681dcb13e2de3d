package dev.backboard.oauth.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2ClientAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.web.authentication.AuthenticationConverter;

/**
 * Lets a public app (mobile, single-page: no secret) use its refresh token, which it only
 * has because the token rotates on every use and a replayed one revokes the grant
 * ({@link RefreshTokenFamilies}), and revoke its own tokens (RFC 7009). The app names
 * itself with {@code client_id}; the token it sends is the proof, and the endpoints only
 * accept tokens issued to that app.
 */
final class PublicClientRefresh {

	static final String REVOCATION_ENDPOINT = "/oauth2/revoke";

	private PublicClientRefresh() {
	}

	/** The app that asked, named by its client id, not yet looked up. */
	static final class Client extends OAuth2ClientAuthenticationToken {

		private static final long serialVersionUID = 1L;

		Client(String clientId) {
			super(clientId, ClientAuthenticationMethod.NONE, null, null);
		}

		Client(RegisteredClient client) {
			super(client, ClientAuthenticationMethod.NONE, null);
		}

	}

	static final class Converter implements AuthenticationConverter {

		@Override
		public @Nullable Authentication convert(HttpServletRequest request) {
			boolean refresh = AuthorizationGrantType.REFRESH_TOKEN.getValue()
				.equals(request.getParameter(OAuth2ParameterNames.GRANT_TYPE));
			boolean revocation = request.getRequestURI().endsWith(REVOCATION_ENDPOINT);
			if (!"POST".equals(request.getMethod()) || !(refresh || revocation)
					|| request.getHeader(HttpHeaders.AUTHORIZATION) != null
					|| request.getParameter(OAuth2ParameterNames.CLIENT_SECRET) != null) {
				return null;
			}
			String[] clientIds = request.getParameterValues(OAuth2ParameterNames.CLIENT_ID);
			if (clientIds == null || clientIds.length != 1 || clientIds[0].isBlank()) {
				return null;
			}
			return new Client(clientIds[0]);
		}

	}

	static final class Provider implements AuthenticationProvider {

		private final RegisteredClientRepository clients;

		Provider(RegisteredClientRepository clients) {
			this.clients = clients;
		}

		@Override
		public Authentication authenticate(Authentication authentication) {
			RegisteredClient client = clients.findByClientId(String.valueOf(authentication.getPrincipal()));
			// The refresh endpoint itself refuses an app without the refresh grant.
			if (client == null || !client.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE)) {
				throw new OAuth2AuthenticationException(OAuth2ErrorCodes.INVALID_CLIENT);
			}
			return new Client(client);
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return Client.class.isAssignableFrom(authentication);
		}

	}

}
