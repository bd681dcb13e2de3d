package dev.backboard.billing;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The operator's prices, with their history: a change ends the current price and starts a
 * new one, so what was already bought keeps what it cost.
 */
@Service
public class Prices {

	private static final String COLUMNS = "id, code, kind, label, amount, currency, days, listings, valid_from, valid_to";

	private final JdbcClient jdbc;

	private final BillingProperties properties;

	private final Clock clock;

	Prices(JdbcClient jdbc, BillingProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/** The prices in effect, listings first, cheapest first. */
	@Transactional(readOnly = true)
	public List<Price> current() {
		return jdbc.sql("select " + COLUMNS + " from billing_price where valid_to is null order by kind, amount, code")
			.query(Prices::price)
			.list();
	}

	/** The current prices of one kind. */
	@Transactional(readOnly = true)
	public List<Price> current(PriceKind kind) {
		return current().stream().filter(price -> price.kind() == kind).toList();
	}

	/** The current price with that code. */
	@Transactional(readOnly = true)
	public Optional<Price> current(String code) {
		return jdbc.sql("select " + COLUMNS + " from billing_price where valid_to is null and code = :code")
			.param("code", code)
			.query(Prices::price)
			.optional();
	}

	/** Every price ever set, newest first. */
	@Transactional(readOnly = true)
	public List<Price> history() {
		return jdbc.sql("select " + COLUMNS + " from billing_price order by valid_from desc, id desc")
			.query(Prices::price)
			.list();
	}

	/**
	 * The cheapest current listing: what a submission is charged unless the employer
	 * picks another.
	 */
	@Transactional(readOnly = true)
	public Optional<Price> defaultListing() {
		return current(PriceKind.LISTING).stream().findFirst();
	}

	/**
	 * Sets a price: the current one with that code ends now and the new one begins.
	 * @throws InvalidPurchase naming the field when a value is out of range
	 */
	@Transactional
	public Price set(String code, PriceKind kind, String label, long amount, @Nullable Integer days,
			@Nullable Integer listings) {
		String cleanCode = code.strip().toLowerCase(Locale.ROOT);
		if (!cleanCode.matches("[a-z0-9][a-z0-9-]{0,39}")) {
			throw new InvalidPurchase("code", "use 1 to 40 lower-case letters, digits and dashes");
		}
		if (label.isBlank() || label.strip().length() > 120) {
			throw new InvalidPurchase("label", "give a label of at most 120 characters");
		}
		if (amount < 0 || amount > 100_000_000) {
			throw new InvalidPurchase("amount", "must be between 0 and 100000000 (in cents)");
		}
		if (kind != PriceKind.PACKAGE && (days == null || days < 1 || days > 365)) {
			throw new InvalidPurchase("days", "must be between 1 and 365");
		}
		if (kind == PriceKind.PACKAGE && (listings == null || listings < 1 || listings > 1000)) {
			throw new InvalidPurchase("listings", "must be between 1 and 1000");
		}
		Optional<Price> existing = current(cleanCode);
		if (existing.isPresent() && existing.get().kind() != kind) {
			throw new InvalidPurchase("kind", "the price " + cleanCode + " is a "
					+ existing.get().kind().name().toLowerCase(Locale.ROOT) + " price; use another code");
		}
		Timestamp now = Timestamp.from(clock.instant());
		jdbc.sql("update billing_price set valid_to = :now where code = :code and valid_to is null")
			.param("now", now)
			.param("code", cleanCode)
			.update();
		jdbc.sql("""
				insert into billing_price (code, kind, label, amount, currency, days, listings, valid_from)
				values (:code, :kind, :label, :amount, :currency, :days, :listings, :now)""")
			.param("code", cleanCode)
			.param("kind", kind.name())
			.param("label", label.strip())
			.param("amount", amount)
			.param("currency", properties.currency().toLowerCase(Locale.ROOT))
			.param("days", kind == PriceKind.PACKAGE ? null : days)
			.param("listings", kind == PriceKind.PACKAGE ? listings : null)
			.param("now", now)
			.update();
		return current(cleanCode).orElseThrow();
	}

	/** Ends a price: nobody can buy it any more. */
	@Transactional
	public void retire(String code) {
		jdbc.sql("update billing_price set valid_to = :now where code = :code and valid_to is null")
			.param("now", Timestamp.from(clock.instant()))
			.param("code", code)
			.update();
	}

	/**
	 * Seeds the configured prices on a first start; the database has the say afterwards.
	 */
	@EventListener(ApplicationReadyEvent.class)
	@Transactional
	public void seedIfEmpty() {
		// Two nodes starting at once: the advisory lock lets one seed and the other see
		// it.
		jdbc.sql("select pg_advisory_xact_lock(19190001)").query().singleValue();
		long count = jdbc.sql("select count(*) from billing_price").query(Long.class).single();
		if (count == 0) {
			properties.prices()
				.forEach(price -> set(price.code(), price.kind(), price.label(), price.amount(), price.days(),
						price.listings()));
		}
	}

	static Price price(ResultSet row, int n) throws SQLException {
		int days = row.getInt("days");
		Integer daysOrNull = row.wasNull() ? null : days;
		int listings = row.getInt("listings");
		Integer listingsOrNull = row.wasNull() ? null : listings;
		Timestamp validTo = row.getTimestamp("valid_to");
		return new Price(row.getLong("id"), row.getString("code"), PriceKind.valueOf(row.getString("kind")),
				row.getString("label"), row.getLong("amount"), row.getString("currency"), daysOrNull, listingsOrNull,
				row.getTimestamp("valid_from").toInstant(), validTo == null ? null : validTo.toInstant());
	}

}
