package dev.backboard.oauth;

import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The apps each person authorized, which they see and revoke on their account page.
 * Revoking ends every token the app holds for them at once (each API call checks the
 * stored grant) and forgets the consent, so the app must ask again.
 */
@Service
public class ConnectedApps {

	private final JdbcClient jdbc;

	ConnectedApps(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ConnectedApp> of(long accountId) {
		return jdbc
			.sql("""
					select c.id, c.client_name, consent.authorities,
					       (select max(a.access_token_issued_at) from oauth2_authorization a
					        where a.registered_client_id = c.id and a.principal_name = consent.principal_name) as last_token_at
					from oauth2_authorization_consent consent
					join oauth2_registered_client c on c.id = consent.registered_client_id
					where consent.principal_name = :principal order by c.client_name, c.id""")
			.param("principal", Long.toString(accountId))
			.query((row, n) -> new ConnectedApp(row.getString("id"), row.getString("client_name"),
					scopes(row.getString("authorities")), instant(row.getTimestamp("last_token_at"))))
			.list();
	}

	/**
	 * @return whether the person had authorized the app
	 */
	@Transactional
	public boolean revoke(long accountId, String appId) {
		String principal = Long.toString(accountId);
		jdbc.sql("""
				delete from oauth_spent_refresh_token where principal_name = :principal and authorization_id in
				    (select id from oauth2_authorization where registered_client_id = :app)""")
			.param("principal", principal)
			.param("app", appId)
			.update();
		int grants = jdbc
			.sql("delete from oauth2_authorization where principal_name = :principal and registered_client_id = :app")
			.param("principal", principal)
			.param("app", appId)
			.update();
		int consents = jdbc.sql(
				"delete from oauth2_authorization_consent where principal_name = :principal and registered_client_id = :app")
			.param("principal", principal)
			.param("app", appId)
			.update();
		return grants + consents > 0;
	}

	/** Forgets every app the person authorized, for the erasure of their account. */
	@Transactional
	public void revokeAll(long accountId) {
		String principal = Long.toString(accountId);
		jdbc.sql("delete from oauth_spent_refresh_token where principal_name = :principal")
			.param("principal", principal)
			.update();
		jdbc.sql("delete from oauth2_authorization where principal_name = :principal")
			.param("principal", principal)
			.update();
		jdbc.sql("delete from oauth2_authorization_consent where principal_name = :principal")
			.param("principal", principal)
			.update();
	}

	private static List<String> scopes(String authorities) {
		return Arrays.stream(authorities.split(","))
			.map(String::strip)
			.filter(value -> value.startsWith("SCOPE_"))
			.map(value -> value.substring("SCOPE_".length()))
			.toList();
	}

	private static java.time.@org.jspecify.annotations.Nullable Instant instant(
			@org.jspecify.annotations.Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

}
