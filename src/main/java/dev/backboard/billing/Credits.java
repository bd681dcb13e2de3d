package dev.backboard.billing;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Listings a company may submit without a checkout: free listings the operator granted,
 * then package credits. A credit is spent with one conditional update, so two members
 * submitting at once never spend the same credit.
 */
@Service
public class Credits {

	private final JdbcClient jdbc;

	private final BillingProperties properties;

	private final Clock clock;

	Credits(JdbcClient jdbc, BillingProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Free when payments are off; otherwise spends a free listing or a credit, if one is
	 * left.
	 * @return whether the listing is covered
	 */
	@Transactional
	public boolean cover(long companyId) {
		return !properties.enabled() || spend(companyId);
	}

	/** What the company has left. */
	@Transactional(readOnly = true)
	public Balance balance(long companyId) {
		return jdbc.sql("select free_listings, package_credits from billing_credit where company_id = :company")
			.param("company", companyId)
			.query((row, n) -> new Balance(row.getInt(1), row.getInt(2)))
			.optional()
			.orElse(new Balance(0, 0));
	}

	/** Package credits bought. */
	@Transactional
	public void addPackageCredits(long companyId, int credits) {
		upsert(companyId, 0, credits);
	}

	/**
	 * Takes back the unspent credits of a refunded package, as many as are left.
	 * @return how many were taken back
	 */
	@Transactional
	public int removePackageCredits(long companyId, int credits) {
		Integer before = jdbc.sql("select package_credits from billing_credit where company_id = :company for update")
			.param("company", companyId)
			.query(Integer.class)
			.optional()
			.orElse(0);
		int removed = Math.min(before, credits);
		jdbc.sql(
				"update billing_credit set package_credits = package_credits - :n, updated_at = :now where company_id = :company")
			.param("n", removed)
			.param("now", Timestamp.from(clock.instant()))
			.param("company", companyId)
			.update();
		return removed;
	}

	/** The operator grants free listings (a per-company allowance). */
	@Transactional
	public void grantFreeListings(long companyId, int listings) {
		if (listings < 1 || listings > 1000) {
			throw new InvalidPurchase("listings", "must be between 1 and 1000");
		}
		upsert(companyId, listings, 0);
	}

	private boolean spend(long companyId) {
		Timestamp now = Timestamp.from(clock.instant());
		int free = jdbc.sql("""
				update billing_credit set free_listings = free_listings - 1, updated_at = :now
				where company_id = :company and free_listings > 0""")
			.param("now", now)
			.param("company", companyId)
			.update();
		if (free == 1) {
			return true;
		}
		return jdbc.sql("""
				update billing_credit set package_credits = package_credits - 1, updated_at = :now
				where company_id = :company and package_credits > 0""")
			.param("now", now)
			.param("company", companyId)
			.update() == 1;
	}

	private void upsert(long companyId, int free, int credits) {
		jdbc.sql("""
				insert into billing_credit (company_id, free_listings, package_credits, updated_at)
				values (:company, :free, :credits, :now)
				on conflict (company_id) do update set free_listings = billing_credit.free_listings + :free,
				    package_credits = billing_credit.package_credits + :credits, updated_at = :now""")
			.param("company", companyId)
			.param("free", free)
			.param("credits", credits)
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/**
	 * @param freeListings granted by the operator, spent first
	 * @param packageCredits bought in packages
	 */
	public record Balance(int freeListings, int packageCredits) {
	}

}
