package dev.backboard.webhooks.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.backboard.companies.CompanyMembers;
import dev.backboard.core.BackboardProperties;
import dev.backboard.core.privacy.AccountAddresses;
import dev.backboard.notifications.Mail;
import dev.backboard.notifications.Mailer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Disables an endpoint that keeps failing and tells the company's owners, by mail through
 * the outbox, in the same transaction.
 */
@Component
class EndpointFailures {

	private final JdbcClient jdbc;

	private final CompanyMembers members;

	private final AccountAddresses addresses;

	private final Mailer mailer;

	private final BackboardProperties board;

	private final Clock clock;

	EndpointFailures(JdbcClient jdbc, CompanyMembers members, AccountAddresses addresses, Mailer mailer,
			BackboardProperties board, Clock clock) {
		this.jdbc = jdbc;
		this.members = members;
		this.addresses = addresses;
		this.mailer = mailer;
		this.board = board;
		this.clock = clock;
	}

	/**
	 * A message was given up. Unless the endpoint took another message since this one was
	 * queued, it is disabled.
	 */
	@Transactional
	public void gaveUp(long endpointId, long companyId, Instant queuedAt, String url, @Nullable String error) {
		boolean tookAny = jdbc
			.sql("""
					select exists (select 1 from webhook_delivery where endpoint_id = :endpoint and delivered_at >= :since)""")
			.param("endpoint", endpointId)
			.param("since", Timestamp.from(queuedAt))
			.query(Boolean.class)
			.single();
		if (tookAny) {
			return;
		}
		String reason = "Every attempt failed since " + queuedAt + "; the last one: " + error;
		int disabled = jdbc.sql("""
				update webhook_endpoint set enabled = false, disabled_reason = :reason, updated_at = :now
				where id = :id and enabled""")
			.param("reason", reason.length() > 300 ? reason.substring(0, 300) : reason)
			.param("now", Timestamp.from(clock.instant()))
			.param("id", endpointId)
			.update();
		if (disabled == 0) {
			return;
		}
		for (long owner : members.owners(companyId)) {
			addresses.emailOf(owner)
				.ifPresent(email -> mailer.send(Mail.to(email, "Webhook endpoint disabled: " + url,
						"Backboard stopped sending events to " + url
								+ " because it failed every delivery for the whole retry schedule (about three days).",
						"The last attempt: " + error + ".",
						"Fix the receiver, then enable the endpoint again; the messages it missed can be sent again from its delivery log.")
					.withAction("Open the endpoint", board.baseUrl() + "/employer/webhooks/" + endpointId)));
		}
	}

}
