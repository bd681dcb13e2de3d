package dev.backboard.imports;

import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.net.AddressPolicy;
import dev.backboard.imports.internal.SourceRows;
import dev.backboard.imports.internal.Synchronizer;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The imports module's API: a company's sources, their sync history and the jobs they
 * brought in. Companies only ever reach their own sources: another company's source is
 * not found.
 */
@Service
public class ImportSources {

	private static final String NAME = "[A-Za-z0-9][A-Za-z0-9._-]{0,99}";

	private final JdbcClient jdbc;

	private final ImportsProperties properties;

	private final Synchronizer synchronizer;

	private final AddressPolicy addresses;

	private final Clock clock;

	ImportSources(JdbcClient jdbc, ImportsProperties properties, Synchronizer synchronizer, Clock clock) {
		this.jdbc = jdbc;
		this.properties = properties;
		this.synchronizer = synchronizer;
		this.addresses = new AddressPolicy(properties.allowedAddresses());
		this.clock = clock;
	}

	/**
	 * Connects a source; its first sync starts at once.
	 * @throws InvalidSource naming the fields that are wrong
	 */
	@Transactional
	public ImportSource create(long companyId, SourceInput input) {
		Valid valid = validated(input);
		Integer count = jdbc.sql("select count(*) from import_source where company_id = :company")
			.param("company", companyId)
			.query(Integer.class)
			.single();
		if (count >= properties.maxSources()) {
			throw new InvalidSource(Map.of("vendor",
					"a company may connect at most " + properties.maxSources() + " sources; remove one first"));
		}
		try {
			long id = jdbc.sql("""
					insert into import_source (company_id, vendor, reference, apply_on_backboard, edit_policy,
					  interval_minutes, next_sync_at, created_at)
					values (:company, :vendor, :reference, :backboard, :policy, :minutes, :now, :now) returning id""")
				.param("company", companyId)
				.param("vendor", valid.vendor().name())
				.param("reference", valid.reference())
				.param("backboard", input.applyOnBackboard())
				.param("policy", valid.policy().name())
				.param("minutes", valid.interval().toMinutes())
				.param("now", Timestamp.from(clock.instant()))
				.query(Long.class)
				.single();
			afterCommit(synchronizer::syncSoon);
			return get(companyId, id);
		}
		catch (DuplicateKeyException ex) {
			throw new InvalidSource(Map.of("reference", "is connected already"));
		}
	}

	/** Changes how a source is synced; the vendor and reference stay. */
	@Transactional
	public ImportSource update(long companyId, long id, SourceInput input) {
		ImportSource source = get(companyId, id);
		Valid valid = validated(new SourceInput(source.vendor().name(), source.reference(), input.applyOnBackboard(),
				input.editPolicy(), input.intervalMinutes()));
		jdbc.sql("""
				update import_source set apply_on_backboard = :backboard, edit_policy = :policy,
				  interval_minutes = :minutes where id = :id""")
			.param("backboard", input.applyOnBackboard())
			.param("policy", valid.policy().name())
			.param("minutes", valid.interval().toMinutes())
			.param("id", id)
			.update();
		return get(companyId, id);
	}

	/**
	 * Removes a source. The jobs it brought in stay as they are, and may be edited from
	 * now on.
	 */
	@Transactional
	public void delete(long companyId, long id) {
		get(companyId, id);
		jdbc.sql("delete from import_source where id = :id").param("id", id).update();
	}

	@Transactional(readOnly = true)
	public List<ImportSource> list(long companyId) {
		return jdbc.sql("select * from import_source where company_id = :company order by id")
			.param("company", companyId)
			.query(SourceRows::source)
			.list();
	}

	/**
	 * @throws SourceNotFound when there is no such source or it is another company's
	 */
	@Transactional(readOnly = true)
	public ImportSource get(long companyId, long id) {
		return jdbc.sql("select * from import_source where id = :id and company_id = :company")
			.param("id", id)
			.param("company", companyId)
			.query(SourceRows::source)
			.optional()
			.orElseThrow(SourceNotFound::new);
	}

	/** The source's latest runs, newest first. */
	@Transactional(readOnly = true)
	public List<ImportRun> runs(long companyId, long id, int limit) {
		get(companyId, id);
		return jdbc.sql("select * from import_run where source_id = :id order by id desc limit :limit")
			.param("id", id)
			.param("limit", Math.min(Math.max(limit, 1), 100))
			.query(SourceRows::run)
			.list();
	}

	/** The jobs the source brought in, newest first. */
	@Transactional(readOnly = true)
	public List<ImportedJob> jobs(long companyId, long id, int limit) {
		get(companyId, id);
		return jdbc.sql("""
				select i.external_id, i.departments, i.removed_at is not null as removed, j.id, j.slug, j.title,
				  j.status from imported_job i join job j on j.id = i.job_id
				where i.source_id = :id order by i.id desc limit :limit""")
			.param("id", id)
			.param("limit", Math.min(Math.max(limit, 1), 500))
			.query((row, n) -> new ImportedJob(row.getString("external_id"), row.getLong("id"), row.getString("slug"),
					row.getString("title"), row.getString("status"), row.getString("departments"),
					row.getBoolean("removed")))
			.list();
	}

	/** Makes the source due now; a sync starts at once on this node. */
	@Transactional
	public void syncSoon(long companyId, long id) {
		markDue(companyId, id);
		afterCommit(synchronizer::syncSoon);
	}

	/**
	 * Syncs the source now, in the caller's thread, and answers its run: for operators'
	 * scripts and tests. A source another node is syncing is left to it.
	 */
	public @Nullable ImportRun syncNow(long companyId, long id) {
		markDue(companyId, id);
		synchronizer.syncDue();
		List<ImportRun> runs = runs(companyId, id, 1);
		return runs.isEmpty() ? null : runs.get(0);
	}

	private void markDue(long companyId, long id) {
		get(companyId, id);
		jdbc.sql("update import_source set next_sync_at = :now where id = :id")
			.param("now", Timestamp.from(clock.instant()))
			.param("id", id)
			.update();
	}

	private static void afterCommit(Runnable action) {
		if (org.springframework.transaction.support.TransactionSynchronizationManager.isSynchronizationActive()) {
			org.springframework.transaction.support.TransactionSynchronizationManager
				.registerSynchronization(new org.springframework.transaction.support.TransactionSynchronization() {
					@Override
					public void afterCommit() {
						action.run();
					}
				});
		}
		else {
			action.run();
		}
	}

	private Valid validated(SourceInput input) {
		Map<String, String> errors = new LinkedHashMap<>();
		Vendor vendor = null;
		try {
			vendor = Vendor.valueOf(input.vendor().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.put("vendor", "must be one of GREENHOUSE, LEVER, ASHBY, XML_FEED");
		}
		String reference = input.reference().strip();
		if (vendor != null) {
			String problem = vendor == Vendor.XML_FEED ? feedUrlProblem(reference) : reference.matches(NAME) ? null
					: "must be the name from your board's address: letters, digits, dots, dashes and underscores";
			if (problem != null) {
				errors.put("reference", problem);
			}
		}
		EditPolicy policy = null;
		try {
			policy = EditPolicy.valueOf(input.editPolicy().strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			errors.put("editPolicy", "must be REFUSE or OVERWRITE");
		}
		Duration interval = input.intervalMinutes() == null ? properties.defaultInterval()
				: Duration.ofMinutes(input.intervalMinutes());
		if (interval.compareTo(properties.minInterval()) < 0 || interval.compareTo(Duration.ofDays(7)) > 0) {
			errors.put("intervalMinutes",
					"must be between " + properties.minInterval().toMinutes() + " minutes and 7 days (10080 minutes)");
		}
		if (!errors.isEmpty() || vendor == null || policy == null) {
			throw new InvalidSource(errors);
		}
		return new Valid(vendor, reference, policy, interval);
	}

	private @Nullable String feedUrlProblem(String url) {
		if (url.length() > 2000) {
			return "must be at most 2000 characters";
		}
		try {
			URI uri = new URI(url);
			String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("https") && !(scheme.equals("http") && !properties.requireHttps())) {
				return properties.requireHttps() ? "must be an https:// URL" : "must be an http:// or https:// URL";
			}
			String host = uri.getHost();
			if (host == null || uri.getUserInfo() != null) {
				return "must be a URL with a host and no user name";
			}
			if (host.matches("[0-9.]+|\\[[0-9a-fA-F:.]+]")
					&& !addresses.permits(InetAddress.getByName(host.replace("[", "").replace("]", "")))) {
				return "points to a private, loopback, link-local or reserved address";
			}
			return null;
		}
		catch (URISyntaxException | UnknownHostException ex) {
			return "is not a valid URL";
		}
	}

	private record Valid(Vendor vendor, String reference, EditPolicy policy, Duration interval) {
	}

}
