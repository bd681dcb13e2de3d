package dev.backboard.demo;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import javax.sql.DataSource;

import dev.backboard.core.copy.CopyWriter;
import dev.backboard.geo.Gazetteer;
import dev.backboard.jobs.SalaryNormalizer;

import org.springframework.stereotype.Component;

/**
 * Fills an empty database with demo companies and jobs through PostgreSQL's COPY, in one
 * transaction: either all of it is there afterwards or none. Rows are generated batch by
 * batch on a second thread while the previous batch is sent, so memory stays flat and
 * both the generator and the database stay busy.
 */
@Component
public class DemoDataLoader {

	/** Jobs per COPY batch: a few megabytes of rows. */
	private static final int BATCH_SIZE = 2_000;

	/**
	 * Hibernate's pooled optimizer hands out ids up to one allocation below the sequence
	 * value, so the sequences must end one allocation above the highest id written.
	 */
	private static final int ALLOCATION_SIZE = 50;

	private static final List<String> TABLES = List.of("company", "job", "job_location", "job_skill");

	private final Gazetteer gazetteer;

	private final SalaryNormalizer normalizer;

	public DemoDataLoader(Gazetteer gazetteer, SalaryNormalizer normalizer) {
		this.gazetteer = gazetteer;
		this.normalizer = normalizer;
	}

	/**
	 * Writes {@code jobCount} jobs from {@link DemoDataGenerator#companyCountFor(int)}
	 * companies.
	 * @throws IllegalStateException if the database already has companies or jobs
	 */
	public LoadReport load(DataSource dataSource, int jobCount, long seed, Instant now) {
		long start = System.nanoTime();
		DemoDataGenerator generator = new DemoDataGenerator(seed, now, gazetteer.all(),
				DemoDataGenerator.companyCountFor(jobCount));
		try (Connection connection = dataSource.getConnection()) {
			boolean autoCommit = connection.getAutoCommit();
			connection.setAutoCommit(false);
			try {
				requireEmpty(connection);
				BulkLoadMode bulkLoad = BulkLoadMode.enter(connection, TABLES);
				long rows = copyCompanies(connection, generator, now) + copyJobs(connection, generator, jobCount);
				bulkLoad.leave(connection);
				advance(connection, "company_seq", generator.companyCount());
				advance(connection, "job_seq", jobCount);
				connection.commit();
				return new LoadReport(jobCount, generator.companyCount(), rows,
						Duration.ofNanos(System.nanoTime() - start));
			}
			catch (SQLException | IOException | RuntimeException ex) {
				connection.rollback();
				throw ex;
			}
			finally {
				connection.setAutoCommit(autoCommit);
			}
		}
		catch (SQLException | IOException ex) {
			throw new IllegalStateException("Could not load the demo data", ex);
		}
	}

	private static void requireEmpty(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement();
				ResultSet result = statement
					.executeQuery("select exists (select 1 from job) or exists (select 1 from company)")) {
			result.next();
			if (result.getBoolean(1)) {
				throw new IllegalStateException("Demo data goes into an empty database only, and this one has data");
			}
		}
	}

	private static long copyCompanies(Connection connection, DemoDataGenerator generator, Instant now)
			throws SQLException, IOException {
		CopyWriter writer = new CopyWriter(generator.companyCount() * 600);
		Instant createdAt = now.minus(Duration.ofDays(90));
		for (int index = 0; index < generator.companyCount(); index++) {
			DemoCompany company = generator.company(index);
			writer.number(companyId(index))
				.text(company.slug())
				.text(company.name())
				.text(company.website())
				.text(company.logoUrl())
				.instant(createdAt)
				.endRow();
		}
		writer.copyTo(connection, "company (id, slug, name, website, logo_url, created_at)");
		return generator.companyCount();
	}

	private long copyJobs(Connection connection, DemoDataGenerator generator, int jobCount)
			throws SQLException, IOException {
		long rows = 0;
		try (ExecutorService encoder = Executors
			.newSingleThreadExecutor(Thread.ofPlatform().name("demo-data-encoder").daemon().factory())) {
			CompletableFuture<JobRows.Batch> next = encode(encoder, generator, 0, jobCount);
			for (int from = 0; from < jobCount; from += BATCH_SIZE) {
				JobRows.Batch batch = next.join();
				if (from + BATCH_SIZE < jobCount) {
					next = encode(encoder, generator, from + BATCH_SIZE, jobCount);
				}
				send(connection, JobRows.JOB_COLUMNS, batch.jobRows());
				send(connection, JobRows.LOCATION_COLUMNS, batch.locationRows());
				send(connection, JobRows.SKILL_COLUMNS, batch.skillRows());
				rows += batch.rows();
			}
		}
		return rows;
	}

	private CompletableFuture<JobRows.Batch> encode(ExecutorService encoder, DemoDataGenerator generator, int from,
			int jobCount) {
		return CompletableFuture.supplyAsync(() -> {
			int to = Math.min(jobCount, from + BATCH_SIZE);
			JobRows rows = new JobRows(to - from);
			for (int index = from; index < to; index++) {
				DemoJob job = generator.job(index);
				rows.add(jobId(index), companyId(job.companyIndex()), job, normalizer);
			}
			return rows.toBatch();
		}, encoder);
	}

	private static void send(Connection connection, String table, byte[] rows) throws SQLException {
		CopyWriter.copy(connection, table, rows, rows.length);
	}

	private static void advance(Connection connection, String sequence, long maxId) throws SQLException {
		try (PreparedStatement statement = connection.prepareStatement("select setval(?::regclass, ?)")) {
			statement.setString(1, sequence);
			statement.setLong(2, maxId + ALLOCATION_SIZE);
			statement.executeQuery().close();
		}
	}

	private static long companyId(int index) {
		return index + 1L;
	}

	private static long jobId(int index) {
		return index + 1L;
	}

}
