package dev.backboard.accounts;

import java.sql.Timestamp;
import java.time.Clock;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The security log: when (UTC), which account, what, from which address, and a short
 * detail. Callers never pass passwords, tokens or codes; the detail is cut to a length
 * where a secret pasted by mistake would still be obvious in review.
 */
@Component
public class SecurityEvents {

	private static final int MAX_DETAIL = 200;

	private final JdbcClient jdbc;

	private final Clock clock;

	SecurityEvents(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Records an event, with the address of the request being served, if any.
	 * @param accountId the account concerned, or {@code null} when there is none
	 * @param detail a few words of context, never a secret
	 */
	public void record(@Nullable Long accountId, SecurityEventType type, @Nullable String detail) {
		insert(accountId, type, clientIp(), detail);
	}

	/**
	 * Records an event for a request served earlier, with the address it came from.
	 */
	void recordFrom(@Nullable String ip, long accountId, SecurityEventType type) {
		insert(accountId, type, ip, null);
	}

	/**
	 * Records an event without the caller's address, for an account whose personal data
	 * is being erased.
	 */
	void recordWithoutAddress(long accountId, SecurityEventType type) {
		insert(accountId, type, null, null);
	}

	private void insert(@Nullable Long accountId, SecurityEventType type, @Nullable String ip,
			@Nullable String detail) {
		jdbc.sql("""
				insert into security_event (occurred_at, user_id, type, ip, detail)
				values (:at, :user, :type, :ip, :detail)""")
			.param("at", Timestamp.from(clock.instant()))
			.param("user", accountId)
			.param("type", type.name())
			.param("ip", ip)
			.param("detail", detail == null || detail.length() <= MAX_DETAIL ? detail : detail.substring(0, MAX_DETAIL))
			.update();
	}

	/**
	 * The caller's address. Behind a trusted proxy the web layer has already replaced the
	 * proxy's address with the forwarded one ({@code backboard.web.trusted-proxies}).
	 */
	static @Nullable String clientIp() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
