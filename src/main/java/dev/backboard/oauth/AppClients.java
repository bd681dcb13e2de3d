package dev.backboard.oauth;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.Secrets;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.settings.OAuth2TokenFormat;
import org.springframework.security.oauth2.server.authorization.settings.TokenSettings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The apps an admin registered. Every app uses the authorization code flow with PKCE and
 * asks each person's consent; a confidential app also authenticates with a secret, shown
 * once. Refresh tokens rotate on every use.
 */
@Service
public class AppClients {

	private static final int MAX_URIS = 10;

	private final RegisteredClientRepository clients;

	private final JdbcClient jdbc;

	private final PasswordEncoder passwords;

	private final Clock clock;

	private final OAuthProperties properties;

	AppClients(RegisteredClientRepository clients, JdbcClient jdbc, PasswordEncoder passwords, Clock clock,
			OAuthProperties properties) {
		this.clients = clients;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.clock = clock;
		this.properties = properties;
	}

	/**
	 * An app just registered.
	 *
	 * @param id the registration's id
	 * @param clientId its {@code client_id}
	 * @param clientSecret for a confidential app, its secret, never shown again
	 */
	public record Registered(String id, String clientId, @Nullable String clientSecret) {
	}

	/**
	 * @throws InvalidAppClient naming each bad field
	 */
	@Transactional
	public Registered register(long adminId, AppRegistration app) {
		Valid valid = validate(app);
		String clientId = "app_" + Secrets.random().substring(0, 22);
		String secret = app.confidential() ? Secrets.random() : null;
		RegisteredClient.Builder client = RegisteredClient.withId(UUID.randomUUID().toString())
			.clientId(clientId)
			.clientIdIssuedAt(clock.instant())
			.clientName(app.name())
			.authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
			.authorizationGrantType(AuthorizationGrantType.REFRESH_TOKEN)
			.redirectUris(uris -> uris.addAll(valid.redirectUris()))
			.scope(OidcScopes.OPENID)
			.scopes(granted -> granted.addAll(valid.scopes()))
			.clientSettings(ClientSettings.builder().requireProofKey(true).requireAuthorizationConsent(true).build())
			.tokenSettings(TokenSettings.builder()
				.accessTokenFormat(OAuth2TokenFormat.REFERENCE)
				.accessTokenTimeToLive(properties.accessTokenTimeToLive())
				.refreshTokenTimeToLive(properties.refreshTokenTimeToLive())
				.authorizationCodeTimeToLive(Duration.ofMinutes(5))
				.reuseRefreshTokens(false)
				.build());
		if (secret == null) {
			client.clientAuthenticationMethod(ClientAuthenticationMethod.NONE);
		}
		else {
			client.clientSecret(passwords.encode(secret))
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
				.clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_POST);
		}
		RegisteredClient registered = client.build();
		clients.save(registered);
		jdbc.sql("""
				insert into oauth_client_profile (registered_client_id, created_by, created_at, allowed_origins)
				values (:id, :admin, :now, :origins)""")
			.param("id", registered.getId())
			.param("admin", adminId)
			.param("now", Timestamp.from(clock.instant()))
			.param("origins", String.join(" ", valid.origins()))
			.update();
		return new Registered(registered.getId(), clientId, secret);
	}

	/** The app with this {@code client_id}, if one is registered. */
	public Optional<AppClient> find(String clientId) {
		return all().stream().filter(app -> app.clientId().equals(clientId)).findFirst();
	}

	/**
	 * Changes an app's name, redirect URIs, scopes and origins; its type, client id and
	 * secret stay. Taking a scope away ends every grant people gave the app, so that no
	 * token keeps a scope the app may no longer ask for; they allow it again.
	 * @return the app as changed, or empty when no app has this client id
	 * @throws InvalidAppClient naming each bad field, {@code type} when it would change
	 */
	@Transactional
	public Optional<AppClient> update(String clientId, AppRegistration app) {
		RegisteredClient current = clients.findByClientId(clientId);
		if (current == null) {
			return Optional.empty();
		}
		boolean confidential = !current.getClientAuthenticationMethods().contains(ClientAuthenticationMethod.NONE);
		Map<String, String> errors = new LinkedHashMap<>();
		if (confidential != app.confidential()) {
			errors.put("type", "An app's type cannot change; register a new app instead.");
		}
		Valid valid = validate(app, errors);
		Set<String> removed = new LinkedHashSet<>(current.getScopes());
		removed.remove(OidcScopes.OPENID);
		removed.removeAll(valid.scopes());
		clients.save(RegisteredClient.from(current).clientName(app.name()).redirectUris(uris -> {
			uris.clear();
			uris.addAll(valid.redirectUris());
		}).scopes(granted -> {
			granted.clear();
			granted.add(OidcScopes.OPENID);
			granted.addAll(valid.scopes());
		}).build());
		jdbc.sql("update oauth_client_profile set allowed_origins = :origins where registered_client_id = :id")
			.param("origins", String.join(" ", valid.origins()))
			.param("id", current.getId())
			.update();
		if (!removed.isEmpty()) {
			revokeGrants(current.getId());
		}
		return find(clientId);
	}

	private record Valid(List<String> redirectUris, Set<String> scopes, List<String> origins) {
	}

	private static Valid validate(AppRegistration app) {
		return validate(app, new LinkedHashMap<>());
	}

	private static Valid validate(AppRegistration app, Map<String, String> errors) {
		if (app.name().isEmpty() || app.name().length() > 100) {
			errors.put("name", "Give the app a name of 1 to 100 characters.");
		}
		List<String> redirectUris = redirectUris(app.redirectUris(), errors);
		Set<String> scopes = scopes(app.scopes(), errors);
		List<String> origins = origins(app.origins(), app.confidential(), errors);
		if (!errors.isEmpty()) {
			throw new InvalidAppClient(errors);
		}
		return new Valid(redirectUris, scopes, origins);
	}

	public List<AppClient> all() {
		return jdbc.sql("""
				select c.id, c.client_id, c.client_name, c.client_authentication_methods, c.redirect_uris, c.scopes,
				       p.allowed_origins, c.client_id_issued_at
				from oauth2_registered_client c left join oauth_client_profile p on p.registered_client_id = c.id
				order by c.client_id_issued_at desc, c.id""")
			.query((row, n) -> new AppClient(row.getString("id"), row.getString("client_id"),
					row.getString("client_name"), !row.getString("client_authentication_methods").contains("none"),
					split(row.getString("redirect_uris"), ","),
					new LinkedHashSet<>(split(row.getString("scopes"), ",")),
					split(row.getString("allowed_origins"), " "), row.getTimestamp("client_id_issued_at").toInstant()))
			.list();
	}

	/** The browser origins of every registered single-page app, for CORS. */
	public Set<String> allowedOrigins() {
		Set<String> origins = new LinkedHashSet<>();
		jdbc.sql("select allowed_origins from oauth_client_profile where allowed_origins <> ''")
			.query(String.class)
			.list()
			.forEach(value -> origins.addAll(split(value, " ")));
		return origins;
	}

	/** Removes an app with every grant people gave it. */
	@Transactional
	public boolean delete(String id) {
		revokeGrants(id);
		return jdbc.sql("delete from oauth2_registered_client where id = :id").param("id", id).update() > 0;
	}

	private void revokeGrants(String id) {
		jdbc.sql("""
				delete from oauth_spent_refresh_token where authorization_id in
				    (select id from oauth2_authorization where registered_client_id = :id)""").param("id", id).update();
		jdbc.sql("delete from oauth2_authorization where registered_client_id = :id").param("id", id).update();
		jdbc.sql("delete from oauth2_authorization_consent where registered_client_id = :id").param("id", id).update();
	}

	private static List<String> redirectUris(List<String> uris, Map<String, String> errors) {
		if (uris.isEmpty() || uris.size() > MAX_URIS) {
			errors.put("redirectUris", "Give 1 to " + MAX_URIS + " redirect URIs, one per line.");
			return uris;
		}
		for (String uri : uris) {
			Optional<String> problem = redirectUriProblem(uri);
			if (problem.isPresent()) {
				errors.put("redirectUris", uri + ": " + problem.get());
				break;
			}
		}
		return uris;
	}

	/**
	 * RFC 8252 and OAuth 2.1: https; http only on a loopback address (any port is then
	 * accepted at authorization time); or a native app's private scheme, a reversed
	 * domain name. No fragments, no wildcards.
	 */
	static Optional<String> redirectUriProblem(String text) {
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			return Optional.of("is not a valid URI");
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (uri.getFragment() != null || text.contains("*")) {
			return Optional.of("may have no fragment and no wildcard");
		}
		if (scheme.equals("https")) {
			return uri.getHost() == null ? Optional.of("needs a host") : Optional.empty();
		}
		if (scheme.equals("http")) {
			return "127.0.0.1".equals(uri.getHost()) || "[::1]".equals(uri.getHost()) ? Optional.empty()
					: Optional.of("http is only for the loopback addresses 127.0.0.1 and [::1]; use https");
		}
		if (scheme.contains(".") && !scheme.equals("javascript") && !scheme.equals("data")) {
			return Optional.empty();
		}
		return Optional.of("use https, http://127.0.0.1 or a private scheme such as com.example.app:/callback");
	}

	private static Set<String> scopes(List<String> values, Map<String, String> errors) {
		Set<String> scopes = new LinkedHashSet<>();
		for (String value : values) {
			if (value.equals(OidcScopes.OPENID)) {
				// Every app has it: it asks who the person is.
				continue;
			}
			if (AppScope.of(value).isEmpty()) {
				errors.put("scopes", "Unknown scope " + value + ".");
				return scopes;
			}
			scopes.add(value);
		}
		if (scopes.isEmpty()) {
			errors.put("scopes", "Choose at least one scope.");
		}
		return scopes;
	}

	private static List<String> origins(List<String> values, boolean confidential, Map<String, String> errors) {
		List<String> origins = new ArrayList<>();
		for (String origin : values) {
			URI uri;
			try {
				uri = new URI(origin);
			}
			catch (URISyntaxException ex) {
				errors.put("origins", origin + " is not an origin such as https://app.example.com");
				return origins;
			}
			boolean https = "https".equals(uri.getScheme()) && uri.getHost() != null;
			boolean loopback = "http".equals(uri.getScheme()) && "127.0.0.1".equals(uri.getHost());
			if (!(https || loopback) || (uri.getPath() != null && !uri.getPath().isEmpty()) || uri.getQuery() != null) {
				errors.put("origins", origin + " is not an origin such as https://app.example.com");
				return origins;
			}
			origins.add(origin);
		}
		if (confidential && !origins.isEmpty()) {
			errors.put("origins", "Only single-page apps (without a secret) call Backboard from a browser.");
		}
		return origins;
	}

	private static List<String> split(@Nullable String text, String separator) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		return Arrays.stream(text.strip().split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
	}

}
