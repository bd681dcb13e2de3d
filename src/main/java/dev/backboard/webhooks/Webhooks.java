package dev.backboard.webhooks;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.backboard.companies.Companies;
import dev.backboard.core.net.AddressPolicy;
import dev.backboard.webhooks.internal.Outbox;
import dev.backboard.webhooks.internal.SecretBox;
import dev.backboard.webhooks.internal.Signatures;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The webhooks module's API: a company's endpoints, their secrets, test events and
 * redeliveries, and the delivery log. Every call names the company, and another company's
 * endpoint is not found.
 */
@Service
public class Webhooks {

	private static final int LOG_SIZE = 50;

	private final JdbcClient jdbc;

	private final SecretBox secrets;

	private final Outbox outbox;

	private final AddressPolicy addresses;

	private final Companies companies;

	private final WebhooksProperties properties;

	private final Clock clock;

	Webhooks(JdbcClient jdbc, SecretBox secrets, Outbox outbox, AddressPolicy addresses, Companies companies,
			WebhooksProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.secrets = secrets;
		this.outbox = outbox;
		this.addresses = addresses;
		this.companies = companies;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A new endpoint with its signing secret, which is shown this once.
	 *
	 * @param endpoint the endpoint
	 * @param secret its {@code whsec_} secret
	 */
	public record Created(WebhookEndpoint endpoint, String secret) {
	}

	@Transactional(readOnly = true)
	public List<WebhookEndpoint> list(long companyId) {
		String slug = companies.get(companyId).getSlug();
		return jdbc.sql("select * from webhook_endpoint where company_id = :company order by id")
			.param("company", companyId)
			.query((row, n) -> endpoint(row, slug))
			.list();
	}

	/**
	 * @throws EndpointNotFound when the company has no such endpoint
	 */
	@Transactional(readOnly = true)
	public WebhookEndpoint get(long companyId, long endpointId) {
		String slug = companies.get(companyId).getSlug();
		return jdbc.sql("select * from webhook_endpoint where company_id = :company and id = :id")
			.param("company", companyId)
			.param("id", endpointId)
			.query((row, n) -> endpoint(row, slug))
			.optional()
			.orElseThrow(EndpointNotFound::new);
	}

	/**
	 * @throws InvalidEndpoint naming each field that cannot be saved
	 */
	@Transactional
	public Created create(long companyId, EndpointInput input) {
		Valid valid = validate(input);
		long count = jdbc.sql("select count(*) from webhook_endpoint where company_id = :company")
			.param("company", companyId)
			.query(Long.class)
			.single();
		if (count >= properties.maxEndpoints()) {
			throw new InvalidEndpoint(Map.of("url",
					"a company has at most " + properties.maxEndpoints() + " endpoints; delete one first"));
		}
		String secret = Signatures.newSecret();
		Timestamp now = Timestamp.from(clock.instant());
		long id = jdbc.sql("""
				insert into webhook_endpoint (company_id, url, description, events, secret, created_at, updated_at)
				values (:company, :url, :description, :events, :secret, :now, :now) returning id""")
			.param("company", companyId)
			.param("url", valid.url())
			.param("description", valid.description())
			.param("events", valid.events().toArray(String[]::new))
			.param("secret", secrets.seal(secret, companyId))
			.param("now", now)
			.query(Long.class)
			.single();
		return new Created(get(companyId, id), secret);
	}

	/** Changes the URL, description and events; the secret stays. */
	@Transactional
	public WebhookEndpoint update(long companyId, long endpointId, EndpointInput input) {
		get(companyId, endpointId);
		Valid valid = validate(input);
		jdbc.sql("""
				update webhook_endpoint set url = :url, description = :description, events = :events, updated_at = :now
				where id = :id and company_id = :company""")
			.param("url", valid.url())
			.param("description", valid.description())
			.param("events", valid.events().toArray(String[]::new))
			.param("now", Timestamp.from(clock.instant()))
			.param("id", endpointId)
			.param("company", companyId)
			.update();
		return get(companyId, endpointId);
	}

	@Transactional
	public void delete(long companyId, long endpointId) {
		int deleted = jdbc.sql("delete from webhook_endpoint where id = :id and company_id = :company")
			.param("id", endpointId)
			.param("company", companyId)
			.update();
		if (deleted == 0) {
			throw new EndpointNotFound();
		}
	}

	/**
	 * A new secret, shown this once; the previous one keeps signing (as a second
	 * signature) for {@code rotation-overlap}, so receivers can switch without losing a
	 * message.
	 */
	@Transactional
	public String rotateSecret(long companyId, long endpointId) {
		get(companyId, endpointId);
		String secret = Signatures.newSecret();
		Instant now = clock.instant();
		jdbc.sql("""
				update webhook_endpoint set previous_secret = secret, previous_secret_until = :until,
				  secret = :secret, updated_at = :now where id = :id and company_id = :company""")
			.param("until", Timestamp.from(now.plus(properties.rotationOverlap())))
			.param("secret", secrets.seal(secret, companyId))
			.param("now", Timestamp.from(now))
			.param("id", endpointId)
			.param("company", companyId)
			.update();
		return secret;
	}

	/** Enables an endpoint again; messages still pending go out. */
	@Transactional
	public WebhookEndpoint enable(long companyId, long endpointId) {
		get(companyId, endpointId);
		jdbc.sql("""
				update webhook_endpoint set enabled = true, disabled_reason = null, updated_at = :now
				where id = :id and company_id = :company""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", endpointId)
			.param("company", companyId)
			.update();
		outbox.deliverSoon();
		return get(companyId, endpointId);
	}

	/**
	 * Queues a {@code webhook.test} message for the endpoint, whatever it subscribed to.
	 * @return the delivery's id
	 */
	@Transactional
	public long sendTestEvent(long companyId, long endpointId) {
		WebhookEndpoint endpoint = get(companyId, endpointId);
		return outbox.enqueueFor(endpointId, WebhookEvent.TEST, Map.of("endpoint",
				Map.of("id", endpoint.id(), "url", endpoint.url()), "company", Map.of("slug", endpoint.companySlug())));
	}

	/**
	 * Sends a message again, now, with a fresh retry schedule and the same
	 * {@code webhook-id}.
	 */
	@Transactional
	public WebhookDelivery redeliver(long companyId, long endpointId, long deliveryId) {
		get(companyId, endpointId);
		int queued = jdbc.sql("""
				update webhook_delivery set next_attempt_at = :now, attempts = 0, given_up_at = null,
				  claimed_until = null where id = :id and endpoint_id = :endpoint""")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", deliveryId)
			.param("endpoint", endpointId)
			.update();
		if (queued == 0) {
			throw new EndpointNotFound();
		}
		outbox.deliverSoon();
		return deliveries(companyId, endpointId).stream()
			.filter(delivery -> delivery.id() == deliveryId)
			.findFirst()
			.orElseThrow(EndpointNotFound::new);
	}

	/** The endpoint's latest messages, newest first. */
	@Transactional(readOnly = true)
	public List<WebhookDelivery> deliveries(long companyId, long endpointId) {
		get(companyId, endpointId);
		return jdbc.sql("""
				select * from webhook_delivery where endpoint_id = :endpoint order by id desc limit :limit""")
			.param("endpoint", endpointId)
			.param("limit", LOG_SIZE)
			.query((row, n) -> delivery(row))
			.list();
	}

	private record Valid(String url, String description, List<String> events) {
	}

	private Valid validate(EndpointInput input) {
		Map<String, String> errors = new LinkedHashMap<>();
		String url = input.url() == null ? "" : input.url().strip();
		String urlError = urlError(url);
		if (urlError != null) {
			errors.put("url", urlError);
		}
		String description = input.description() == null ? "" : input.description().strip();
		if (description.length() > 300) {
			errors.put("description", "must be at most 300 characters");
		}
		List<String> events = new ArrayList<>();
		for (String type : input.events() == null ? List.<String>of() : input.events()) {
			if (WebhookEvent.of(type).isEmpty()) {
				errors.putIfAbsent("events", "\"" + type + "\" is not an event; choose from "
						+ WebhookEvent.subscribable().stream().map(WebhookEvent::type).toList());
			}
			else if (!events.contains(type)) {
				events.add(type);
			}
		}
		if (events.isEmpty()) {
			errors.putIfAbsent("events", "choose at least one event");
		}
		if (!errors.isEmpty()) {
			throw new InvalidEndpoint(errors);
		}
		return new Valid(url, description, events);
	}

	/**
	 * Checks the form of the URL; a literal address is checked here too, while host names
	 * are resolved and checked at every delivery.
	 */
	private @Nullable String urlError(String url) {
		if (url.isEmpty()) {
			return "is required";
		}
		if (url.length() > 2000) {
			return "must be at most 2000 characters";
		}
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			return "is not a valid URL";
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!scheme.equals("https") && !(scheme.equals("http") && !properties.requireHttps())) {
			return properties.requireHttps() ? "must be an https:// URL" : "must be an http:// or https:// URL";
		}
		if (uri.getHost() == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null) {
			return "must name a host, without user name, password or #fragment";
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		if (host.equals("localhost") || host.endsWith(".localhost")) {
			return "must not point to this machine";
		}
		if (host.matches("[0-9.]+") || host.startsWith("[")) {
			try {
				if (!addresses.permits(InetAddress.getByName(host))) {
					return "points to a private, loopback, link-local or reserved address";
				}
			}
			catch (UnknownHostException ex) {
				return "is not a valid address";
			}
		}
		return null;
	}

	private WebhookEndpoint endpoint(ResultSet row, String companySlug) throws SQLException {
		return new WebhookEndpoint(row.getLong("id"), companySlug, row.getString("url"), row.getString("description"),
				strings(row.getArray("events")), row.getBoolean("enabled"), row.getString("disabled_reason"),
				previousSecretUntil(row), row.getTimestamp("created_at").toInstant());
	}

	private @Nullable Instant previousSecretUntil(ResultSet row) throws SQLException {
		Timestamp until = row.getTimestamp("previous_secret_until");
		return until == null || !until.toInstant().isAfter(clock.instant()) ? null : until.toInstant();
	}

	private static WebhookDelivery delivery(ResultSet row) throws SQLException {
		WebhookDelivery.State state = row.getTimestamp("delivered_at") != null ? WebhookDelivery.State.DELIVERED
				: row.getTimestamp("given_up_at") != null ? WebhookDelivery.State.FAILED
						: WebhookDelivery.State.PENDING;
		Timestamp next = row.getTimestamp("next_attempt_at");
		return new WebhookDelivery(row.getLong("id"), row.getString("message_id"), row.getString("event_type"),
				row.getTimestamp("created_at").toInstant(), row.getInt("attempts"), state,
				(Integer) row.getObject("last_status"), row.getString("last_error"),
				next == null ? null : next.toInstant(), row.getString("payload"));
	}

	private static List<String> strings(Array array) throws SQLException {
		return List.of((String[]) array.getArray());
	}

}
