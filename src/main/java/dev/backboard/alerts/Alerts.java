package dev.backboard.alerts;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.backboard.alerts.internal.AlertMails;
import dev.backboard.core.Secrets;
import dev.backboard.core.ratelimit.RateLimits;
import dev.backboard.search.InvalidSearch;
import dev.backboard.search.JobQuery;
import dev.backboard.search.JobSearch;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Saving, confirming and managing saved searches. A signed-in person's alerts go to their
 * account's address at once; an address typed by a visitor gets nothing but the
 * confirmation mail until its link is followed (double opt-in).
 */
@Service
public class Alerts {

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JdbcClient jdbc;

	private final JobSearch search;

	private final RateLimits rateLimits;

	private final AlertMails mails;

	private final AlertsProperties properties;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	Alerts(JdbcClient jdbc, JobSearch search, RateLimits rateLimits, AlertMails mails, AlertsProperties properties,
			Clock clock, ApplicationEventPublisher events) {
		this.events = events;
		this.jdbc = jdbc;
		this.search = search;
		this.rateLimits = rateLimits;
		this.mails = mails;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A request to save a search.
	 *
	 * @param name what to call it
	 * @param query the search
	 * @param frequency how often to mail
	 * @param email the address for a visitor who is not signed in; ignored otherwise
	 * @param timeZone an IANA time zone for digests
	 */
	public record Request(String name, JobQuery query, @Nullable Frequency frequency, @Nullable String email,
			@Nullable String timeZone) {
	}

	/**
	 * What saving did.
	 *
	 * @param searchId the new saved search
	 * @param token the secret of the owner's alert links
	 * @param awaitingConfirmation whether a confirmation mail went out and nothing else
	 * will until it is confirmed
	 */
	public record Saved(long searchId, String token, boolean awaitingConfirmation) {
	}

	/**
	 * Saves a search for a signed-in person (account and address given) or for a visitor
	 * (the request's address).
	 * @throws InvalidAlert naming the field to fix
	 * @throws dev.backboard.core.ratelimit.RateLimited when saved too often from the
	 * address
	 */
	@Transactional
	public Saved save(Request request, @Nullable Long accountId, @Nullable String accountEmail, String ip) {
		String name = request.name().strip();
		if (name.isEmpty() || name.length() > 100) {
			throw new InvalidAlert("name", "give the alert a name of at most 100 characters");
		}
		if (request.frequency() == null) {
			throw new InvalidAlert("frequency", "choose how often to be mailed");
		}
		String zone = timeZone(request.timeZone());
		JobQuery query = validated(request.query());
		rateLimits.consume("alerts-ip", ip);
		Instant now = clock.instant();
		Row subscriber;
		if (accountId != null && accountEmail != null) {
			subscriber = accountSubscriber(accountId, accountEmail, zone, now);
		}
		else {
			String email = address(request.email());
			rateLimits.consume("alerts-email", email);
			subscriber = addressSubscriber(email, zone, now);
		}
		int active = jdbc
			.sql("""
					select count(*) from saved_search where subscriber_id = :subscriber and (active or awaiting_confirmation)""")
			.param("subscriber", subscriber.id())
			.query(Integer.class)
			.single();
		if (active >= properties.maxPerPerson()) {
			throw new InvalidAlert("name", "you have " + active + " alerts, the most one person may keep; "
					+ "delete one on the alerts page first");
		}
		// A visitor's search waits for the address's owner to confirm it, even when the
		// address confirmed other searches before: only the mailbox holds the link.
		boolean awaiting = accountId == null;
		long id = jdbc.sql("""
				insert into saved_search (subscriber_id, name, query, frequency, active, awaiting_confirmation,
				  created_at, changed_at)
				values (:subscriber, :name, :query, :frequency, :active, :awaiting, :now, now()) returning id""")
			.param("subscriber", subscriber.id())
			.param("active", !awaiting)
			.param("awaiting", awaiting)
			.param("name", name)
			.param("query", query.toQueryString())
			.param("frequency", request.frequency().name())
			.param("now", Timestamp.from(now))
			.query(Long.class)
			.single();
		if (awaiting) {
			mails.confirmation(subscriber.email(), subscriber.token(), name);
		}
		events.publishEvent(new AlertSignedUp(awaiting));
		return new Saved(id, subscriber.token(), awaiting);
	}

	/** The person behind an alert link, with their active saved searches. */
	public Subscriber manage(String token) {
		Row subscriber = byToken(token);
		List<SavedSearch> searches = jdbc.sql("""
				select id, name, query, frequency, created_at from saved_search
				where subscriber_id = :subscriber and active order by id""")
			.param("subscriber", subscriber.id())
			.query((row, n) -> new SavedSearch(row.getLong("id"), row.getString("name"),
					JobQuery.fromQueryString(row.getString("query")), Frequency.valueOf(row.getString("frequency")),
					row.getTimestamp("created_at").toInstant()))
			.list();
		int awaiting = jdbc
			.sql("select count(*) from saved_search where subscriber_id = :subscriber and awaiting_confirmation")
			.param("subscriber", subscriber.id())
			.query(Integer.class)
			.single();
		return new Subscriber(subscriber.email(), token, subscriber.timeZone(), awaiting, searches);
	}

	/** The alert link of a signed-in person, if they saved any search. */
	public Optional<String> tokenOf(long accountId) {
		return jdbc.sql("select token from alert_subscriber where account_id = :account")
			.param("account", accountId)
			.query(String.class)
			.optional();
	}

	/**
	 * Confirms the address behind the link and the searches saved for it: from now on
	 * they are mailed.
	 */
	@Transactional
	public void confirm(String token) {
		long id = byToken(token).id();
		jdbc.sql("update alert_subscriber set confirmed_at = coalesce(confirmed_at, :now) where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
		jdbc.sql("""
				update saved_search set active = true, awaiting_confirmation = false, changed_at = now(),
				  revision = nextval('saved_search_revision')
				where subscriber_id = :subscriber and awaiting_confirmation""").param("subscriber", id).update();
	}

	/** Changes how often one of the link's saved searches mails. */
	@Transactional
	public void changeFrequency(String token, long searchId, Frequency frequency) {
		change(token, searchId, "frequency = '" + frequency.name() + "'");
	}

	/** Stops one of the link's saved searches: it mails no more. */
	@Transactional
	public void delete(String token, long searchId) {
		change(token, searchId, "active = false");
	}

	/** Stops every saved search of the link. */
	@Transactional
	public void deleteAll(String token) {
		jdbc.sql("""
				update saved_search set active = false, changed_at = now(), revision = nextval('saved_search_revision')
				where subscriber_id = :subscriber and active""").param("subscriber", byToken(token).id()).update();
	}

	private void change(String token, long searchId, String assignment) {
		int changed = jdbc.sql("update saved_search set " + assignment + """
				, changed_at = now(), revision = nextval('saved_search_revision')
				where id = :id and subscriber_id = :subscriber and active""")
			.param("id", searchId)
			.param("subscriber", byToken(token).id())
			.update();
		if (changed == 0) {
			throw new AlertNotFound();
		}
	}

	private JobQuery validated(JobQuery query) {
		JobQuery saved = query.with("size", null);
		try {
			search.matchFilter(saved);
		}
		catch (InvalidSearch ex) {
			throw new InvalidAlert(ex.parameter(), ex.getMessage());
		}
		if (saved.toQueryString().length() > 2000) {
			throw new InvalidAlert("q", "the search is too long to save");
		}
		return saved;
	}

	private static String timeZone(@Nullable String zone) {
		if (zone == null || zone.isBlank()) {
			return "UTC";
		}
		try {
			return ZoneId.of(zone.strip()).getId();
		}
		catch (DateTimeException ex) {
			throw new InvalidAlert("timeZone", "\"" + zone + "\" is not a time zone such as Europe/Berlin");
		}
	}

	private static String address(@Nullable String email) {
		String typed = email == null ? "" : email.strip();
		if (typed.length() > 254 || !EMAIL.matcher(typed).matches()) {
			throw new InvalidAlert("email", "give the address the alerts should go to");
		}
		return typed.toLowerCase(Locale.ROOT);
	}

	private Row accountSubscriber(long accountId, String email, String zone, Instant now) {
		jdbc.sql("""
				insert into alert_subscriber (email, account_id, token, time_zone, confirmed_at, created_at)
				values (:email, :account, :token, :zone, :now, :now)
				on conflict (account_id) where account_id is not null
				do update set email = excluded.email, time_zone = excluded.time_zone""")
			.param("email", email)
			.param("account", accountId)
			.param("token", Secrets.random())
			.param("zone", zone)
			.param("now", Timestamp.from(now))
			.update();
		return jdbc.sql(Row.SELECT + " where account_id = :account")
			.param("account", accountId)
			.query(Row.class)
			.single();
	}

	private Row addressSubscriber(String email, String zone, Instant now) {
		jdbc.sql("""
				insert into alert_subscriber (email, token, time_zone, created_at)
				values (:email, :token, :zone, :now)
				on conflict (lower(email)) where account_id is null do nothing""")
			.param("email", email)
			.param("token", Secrets.random())
			.param("zone", zone)
			.param("now", Timestamp.from(now))
			.update();
		return jdbc.sql(Row.SELECT + " where lower(email) = :email and account_id is null")
			.param("email", email)
			.query(Row.class)
			.single();
	}

	private Row byToken(String token) {
		return jdbc.sql(Row.SELECT + " where token = :token")
			.param("token", token)
			.query(Row.class)
			.optional()
			.orElseThrow(AlertNotFound::new);
	}

	private record Row(long id, String email, String token, String timeZone, boolean confirmed) {

		static final String SELECT = """
				select id, email, token, time_zone, confirmed_at is not null as confirmed from alert_subscriber""";

	}

}
