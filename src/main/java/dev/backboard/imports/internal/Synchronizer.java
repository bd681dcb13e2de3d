package dev.backboard.imports.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.Actor;
import dev.backboard.core.scheduling.Rounds;
import dev.backboard.imports.ImportSource;
import dev.backboard.imports.ImportsProperties;
import dev.backboard.jobs.InvalidJob;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobAction;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobStatus;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Syncs sources that are due. A node claims them with {@code SKIP LOCKED} for a while, so
 * two nodes never sync one source at once; a node that dies leaves a claim that runs out.
 * Only a complete listing changes anything: jobs it lists are created or updated, each in
 * its own transaction through the jobs module, and imported jobs it no longer lists are
 * closed. A failed read changes no job; the source is tried again after a wait that
 * doubles with each failure, and its owners are mailed once after repeated failures.
 */
@Component
public class Synchronizer implements DisposableBean {

	private static final int BATCH = 5;

	private static final Duration CLAIM = Duration.ofMinutes(15);

	private final JdbcClient jdbc;

	private final Readers readers;

	private final JobMapper mapper;

	private final JobService jobs;

	private final SourceFailures failures;

	private final ImportsProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	private final Rounds rounds = new Rounds(this::syncDue);

	Synchronizer(JdbcClient jdbc, Readers readers, JobMapper mapper, JobService jobs, SourceFailures failures,
			ImportsProperties properties, Clock clock, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.readers = readers;
		this.mapper = mapper;
		this.jobs = jobs;
		this.failures = failures;
		this.properties = properties;
		this.clock = clock;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Starts a round now, or right after the one that is running. */
	public void syncSoon() {
		rounds.runSoon();
	}

	/**
	 * Syncs every source that is due.
	 * @return how many were synced
	 */
	public synchronized int syncDue() {
		int synced = 0;
		List<ImportSource> batch;
		do {
			batch = claim();
			for (ImportSource source : batch) {
				sync(source);
				synced++;
			}
		}
		while (batch.size() == BATCH);
		return synced;
	}

	private List<ImportSource> claim() {
		Instant now = clock.instant();
		return jdbc.sql("""
				update import_source set claimed_until = :until where id in (
				    select id from import_source
				    where enabled and next_sync_at <= :now and (claimed_until is null or claimed_until < :now)
				    order by next_sync_at, id limit :batch for update skip locked)
				returning *""")
			.param("now", Timestamp.from(now))
			.param("until", Timestamp.from(now.plus(CLAIM)))
			.param("batch", BATCH)
			.query(SourceRows::source)
			.list();
	}

	private void sync(ImportSource source) {
		Instant started = clock.instant();
		List<ExternalJob> listing;
		try {
			listing = readers.read(source.vendor(), source.reference());
			if (listing.size() > properties.maxJobs()) {
				throw new FetchFailed("The source lists " + listing.size() + " jobs, more than the "
						+ properties.maxJobs() + " allowed");
			}
		}
		catch (FetchFailed ex) {
			failed(source, started, String.valueOf(ex.getMessage()));
			return;
		}
		catch (RuntimeException ex) {
			failed(source, started, "Reading the source failed: " + ex);
			return;
		}
		Map<String, ExternalJob> byId = new LinkedHashMap<>();
		listing.forEach(job -> byId.putIfAbsent(job.externalId(), job));
		Counts counts = new Counts(byId.size());
		byId.values().forEach(job -> importOne(source, job, counts));
		closeMissing(source, byId, counts);
		succeeded(source, started, counts);
	}

	private void importOne(ImportSource source, ExternalJob job, Counts counts) {
		try {
			counts.count(applyInTransaction(source, job, true));
		}
		catch (InvalidJob ex) {
			if (ex.fieldErrors().keySet().stream().allMatch(field -> field.startsWith("salary"))) {
				try {
					counts.count(applyInTransaction(source, job, false));
					counts.problem(job, "imported without its pay range, which " + errors(ex));
					return;
				}
				catch (RuntimeException again) {
					counts.fail(job, message(again));
					return;
				}
			}
			counts.fail(job, message(ex));
		}
		catch (RuntimeException ex) {
			counts.fail(job, message(ex));
		}
	}

	private Outcome applyInTransaction(ImportSource source, ExternalJob job, boolean withSalary) {
		Outcome outcome = transactions.execute(status -> apply(source, job, withSalary));
		return outcome == null ? Outcome.UNCHANGED : outcome;
	}

	/** Creates or updates one job to match its source. */
	private Outcome apply(ImportSource source, ExternalJob external, boolean withSalary) {
		JobDetails mapped = mapper.details(external, source.applyOnBackboard());
		JobDetails details = withSalary ? mapped : JobMapper.withoutSalary(mapped);
		String hash = hash(mapped + "|" + external.departments());
		String departments = abbreviate(String.join(", ", external.departments()), 500);
		Imported existing = imported(source.id(), external.externalId());
		Actor actor = new Actor(null, source.vendor().label() + " import");
		if (existing == null) {
			Job job = jobs.publish(source.companyId(), details);
			jdbc.sql("""
					insert into imported_job (source_id, external_id, job_id, content_hash, job_version, departments)
					values (:source, :external, :job, :hash, :version, :departments)""")
				.param("source", source.id())
				.param("external", external.externalId())
				.param("job", job.getId())
				.param("hash", hash)
				.param("version", job.getVersion())
				.param("departments", departments)
				.update();
			return Outcome.CREATED;
		}
		Job job = jobs.findForCompany(source.companyId(), existing.jobId());
		if (job.getStatus() == JobStatus.CLOSED || job.getStatus() == JobStatus.FILLED) {
			if (existing.removedAt() == null) {
				// Closed or filled by a person while the source still lists it: left so.
				return Outcome.UNCHANGED;
			}
			Job again = jobs.publish(source.companyId(), details);
			remember(existing.id(), again.getId(), hash, again.getVersion(), departments);
			return Outcome.CREATED;
		}
		// A new version that the sync did not write is an edit made in Backboard.
		boolean changed = !hash.equals(existing.hash()) || job.getVersion() != existing.jobVersion();
		if (job.getStatus() == JobStatus.EXPIRED) {
			job = jobs.renew(source.companyId(), job.getId(), actor);
			changed = true;
		}
		if (changed && job.can(JobAction.EDIT)) {
			job = jobs.revise(job.getId(), details);
		}
		Instant validThrough = job.getValidThrough();
		if (job.isPublished() && validThrough != null
				&& validThrough.isBefore(clock.instant().plus(renewWithin(source)))) {
			job = jobs.renew(source.companyId(), job.getId(), actor);
		}
		remember(existing.id(), job.getId(), hash, job.getVersion(), departments);
		return changed ? Outcome.UPDATED : Outcome.UNCHANGED;
	}

	/** Closes the jobs a complete listing no longer has. */
	private void closeMissing(ImportSource source, Map<String, ExternalJob> listed, Counts counts) {
		List<Imported> live = jdbc.sql("""
				select id, external_id, job_id, content_hash, job_version, removed_at from imported_job
				where source_id = :source and removed_at is null""")
			.param("source", source.id())
			.query(Imported::of)
			.list();
		Actor actor = new Actor(null, source.vendor().label() + " import");
		for (Imported gone : live) {
			if (listed.containsKey(gone.externalId())) {
				continue;
			}
			try {
				Boolean closed = transactions.execute(status -> {
					Job job = jobs.findForCompany(source.companyId(), gone.jobId());
					boolean open = job.can(JobAction.CLOSE) && job.getStatus() != JobStatus.FILLED;
					if (open) {
						jobs.close(source.companyId(), job.getId(), actor);
					}
					jdbc.sql("update imported_job set removed_at = :now where id = :id")
						.param("now", Timestamp.from(clock.instant()))
						.param("id", gone.id())
						.update();
					return open;
				});
				if (Boolean.TRUE.equals(closed)) {
					counts.closed++;
				}
			}
			catch (RuntimeException ex) {
				counts.failed++;
				counts.problems.add(gone.externalId() + ": could not be closed: " + message(ex));
			}
		}
	}

	private void succeeded(ImportSource source, Instant started, Counts counts) {
		Instant now = clock.instant();
		transactions.executeWithoutResult(status -> {
			jdbc.sql("""
					update import_source set consecutive_failures = 0, failure_mailed_at = null, claimed_until = null,
					  last_synced_at = :now, next_sync_at = :next where id = :id""")
				.param("now", Timestamp.from(now))
				.param("next", Timestamp.from(now.plus(source.interval())))
				.param("id", source.id())
				.update();
			record(source, started, true, counts,
					counts.problems.isEmpty() ? null : String.join("\n", counts.problems));
		});
	}

	private void failed(ImportSource source, Instant started, String error) {
		int failuresInARow = source.consecutiveFailures() + 1;
		Duration wait = properties.retryAfter().multipliedBy(1L << Math.min(failuresInARow - 1, 20));
		if (wait.compareTo(source.interval()) > 0) {
			wait = source.interval();
		}
		Instant next = clock.instant().plus(wait);
		transactions.executeWithoutResult(status -> {
			jdbc.sql(
					"""
							update import_source set consecutive_failures = :failures, claimed_until = null, next_sync_at = :next
							where id = :id""")
				.param("failures", failuresInARow)
				.param("next", Timestamp.from(next))
				.param("id", source.id())
				.update();
			record(source, started, false, new Counts(0), error);
			if (failuresInARow >= properties.mailAfterFailures() && jdbc
				.sql("update import_source set failure_mailed_at = :now where id = :id and failure_mailed_at is null")
				.param("now", Timestamp.from(clock.instant()))
				.param("id", source.id())
				.update() == 1) {
				failures.tellOwners(source, failuresInARow, error);
			}
		});
	}

	private void record(ImportSource source, Instant started, boolean succeeded, Counts counts,
			@Nullable String error) {
		jdbc.sql(
				"""
						insert into import_run (source_id, started_at, finished_at, succeeded, listed, created, updated, closed,
						  failed, error)
						values (:source, :started, :finished, :succeeded, :listed, :created, :updated, :closed, :failed, :error)""")
			.param("source", source.id())
			.param("started", Timestamp.from(started))
			.param("finished", Timestamp.from(clock.instant()))
			.param("succeeded", succeeded)
			.param("listed", counts.listed)
			.param("created", counts.created)
			.param("updated", counts.updated)
			.param("closed", counts.closed)
			.param("failed", counts.failed)
			.param("error", error == null ? null : abbreviate(error, 2000))
			.update();
	}

	private @Nullable Imported imported(long sourceId, String externalId) {
		return jdbc.sql("""
				select id, external_id, job_id, content_hash, job_version, removed_at from imported_job
				where source_id = :source and external_id = :external""")
			.param("source", sourceId)
			.param("external", externalId)
			.query(Imported::of)
			.optional()
			.orElse(null);
	}

	private void remember(long importedId, long jobId, String hash, int jobVersion, String departments) {
		jdbc.sql("""
				update imported_job set job_id = :job, content_hash = :hash, job_version = :version,
				  departments = :departments, removed_at = null where id = :id""")
			.param("job", jobId)
			.param("hash", hash)
			.param("version", jobVersion)
			.param("departments", departments)
			.param("id", importedId)
			.update();
	}

	/** A job is renewed while its source lists it, before it could expire. */
	private static Duration renewWithin(ImportSource source) {
		Duration twoRounds = source.interval().multipliedBy(2);
		return twoRounds.compareTo(Duration.ofDays(3)) > 0 ? twoRounds : Duration.ofDays(3);
	}

	private static String hash(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String message(RuntimeException ex) {
		if (ex instanceof InvalidJob invalid) {
			return errors(invalid);
		}
		return ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
	}

	private static String errors(InvalidJob ex) {
		return ex.fieldErrors()
			.entrySet()
			.stream()
			.map(error -> error.getKey() + " " + error.getValue())
			.collect(Collectors.joining("; "));
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	@Override
	public void destroy() {
		rounds.close();
	}

	enum Outcome {

		CREATED, UPDATED, UNCHANGED

	}

	/** What a run did. */
	static final class Counts {

		final int listed;

		int created;

		int updated;

		int closed;

		int failed;

		final List<String> problems = new ArrayList<>();

		Counts(int listed) {
			this.listed = listed;
		}

		void count(Outcome outcome) {
			switch (outcome) {
				case CREATED -> created++;
				case UPDATED -> updated++;
				case UNCHANGED -> {
				}
			}
		}

		void fail(ExternalJob job, String why) {
			failed++;
			problem(job, why);
		}

		void problem(ExternalJob job, String why) {
			problems.add(job.externalId() + " (" + job.title() + "): " + why);
		}

	}

	/** A row of {@code imported_job}. */
	record Imported(long id, String externalId, long jobId, String hash, int jobVersion, @Nullable Instant removedAt) {

		static Imported of(java.sql.ResultSet row, int n) throws java.sql.SQLException {
			Timestamp removed = row.getTimestamp("removed_at");
			return new Imported(row.getLong("id"), row.getString("external_id"), row.getLong("job_id"),
					row.getString("content_hash"), row.getInt("job_version"),
					removed == null ? null : removed.toInstant());
		}

	}

}
