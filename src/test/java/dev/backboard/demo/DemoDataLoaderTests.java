package dev.backboard.demo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import javax.sql.DataSource;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.postgresql.PGConnection;

import dev.backboard.core.copy.CopyWriter;
import dev.backboard.geo.Gazetteer;
import dev.backboard.jobs.AnnualSalary;
import dev.backboard.jobs.SalaryNormalizer;

import org.springframework.boot.DefaultApplicationArguments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class DemoDataLoaderTests {

	static final int JOBS = 3_000;

	static final long SEED = 42;

	static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");

	@TempDir
	static Path directory;

	static EmbeddedPostgres postgres;

	static DataSource dataSource;

	static SalaryNormalizer normalizer = DemoFixtures.normalizer();

	static DemoDataGenerator generator;

	static LoadReport report;

	static List<String> schemaBefore;

	@BeforeAll
	static void loadIntoAFreshDatabase() throws IOException, SQLException {
		postgres = EmbeddedPostgres.builder()
			.setDataDirectory(directory.resolve("postgres"))
			.setCleanDataDirectory(true)
			.start();
		dataSource = postgres.getPostgresDatabase();
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		schemaBefore = schema();
		report = new DemoDataLoader(new Gazetteer(), normalizer).load(dataSource, JOBS, SEED, NOW);
		generator = new DemoDataGenerator(SEED, NOW, new Gazetteer().all(), DemoDataGenerator.companyCountFor(JOBS));
	}

	@AfterAll
	static void stopDatabase() throws IOException {
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	void writesEveryJobWithItsLocationsAndSkills() throws SQLException {
		List<DemoJob> jobs = IntStream.range(0, JOBS).mapToObj(generator::job).toList();
		long locations = jobs.stream().mapToLong(job -> job.locations().size()).sum();
		long skills = jobs.stream().mapToLong(job -> job.skills().size()).sum();
		assertThat(count("select count(*) from job")).isEqualTo(JOBS);
		assertThat(count("select count(*) from company")).isEqualTo(300);
		assertThat(count("select count(*) from job_location")).isEqualTo(locations);
		assertThat(count("select count(*) from job_skill")).isEqualTo(skills);
		assertThat(count("select count(*) from job where status = 'PUBLISHED'")).isEqualTo(JOBS);
		assertThat(report.jobs()).isEqualTo(JOBS);
		assertThat(report.companies()).isEqualTo(300);
		assertThat(report.rows()).isEqualTo(300 + JOBS + locations + skills);
		assertThat(report.rowsPerSecond()).isPositive();
	}

	@Test
	void storesEachJobAsGenerated() throws SQLException {
		for (int index : new int[] { 0, 1, 17, 999, JOBS - 1 }) {
			DemoJob job = generator.job(index);
			try (Connection connection = dataSource.getConnection();
					PreparedStatement statement = connection.prepareStatement(
							"""
									select j.title, j.description_md, j.workplace_type, j.remote_countries, j.apply_url,
									       j.apply_email, j.posted_at, j.salary_annual_max, c.name,
									       (select string_agg(s.skill, ',' order by s.skill) from job_skill s where s.job_id = j.id),
									       (select string_agg(l.city, ',' order by l.position) from job_location l where l.job_id = j.id)
									from job j join company c on c.id = j.company_id where j.slug = ?""")) {
				statement.setString(1, job.slug());
				try (ResultSet row = statement.executeQuery()) {
					assertThat(row.next()).isTrue();
					assertThat(row.getString(1)).isEqualTo(job.title());
					assertThat(row.getString(2)).isEqualTo(job.descriptionMarkdown());
					assertThat(row.getString(3)).isEqualTo(job.workplaceType().name());
					assertThat((String[]) row.getArray(4).getArray()).containsExactlyElementsOf(job.remoteCountries());
					assertThat(row.getString(5)).isEqualTo(job.applyUrl());
					assertThat(row.getString(6)).isEqualTo(job.applyEmail());
					assertThat(row.getTimestamp(7).toInstant()).isEqualTo(job.postedAt());
					AnnualSalary annual = normalizer.annualize(job.salary());
					BigDecimal max = row.getBigDecimal(8);
					if (annual == null || annual.max() == null) {
						assertThat(max).isNull();
					}
					else {
						assertThat(max).isEqualByComparingTo(annual.max());
					}
					assertThat(row.getString(9)).isEqualTo(generator.company(job.companyIndex()).name());
					assertThat(row.getString(10)).isEqualTo(job.skills()
						.stream()
						.map(skill -> skill.skill())
						.sorted()
						.reduce((a, b) -> a + "," + b)
						.orElseThrow());
					assertThat(row.getString(11)).isEqualTo(job.locations().isEmpty() ? null
							: String.join(",", job.locations().stream().map(location -> location.city()).toList()));
				}
			}
		}
	}

	@Test
	void sequencesContinueAboveTheLoadedIdsForPooledAllocation() throws SQLException {
		long maxJob = count("select max(id) from job");
		long maxCompany = count("select max(id) from company");
		// Hibernate's pooled optimizer uses the ids from (value - 49) to value.
		assertThat(count("select nextval('job_seq')") - 49).isGreaterThan(maxJob);
		assertThat(count("select nextval('company_seq')") - 49).isGreaterThan(maxCompany);
	}

	@Test
	void leavesConstraintsIndexesAndStorageAsTheMigrationsMadeThem() throws SQLException {
		assertThat(schema()).isEqualTo(schemaBefore).anyMatch(line -> line.contains("FOREIGN KEY"));
	}

	@Test
	void startupLeavesADatabaseWithJobsAlone() throws SQLException {
		DemoDataInitializer initializer = new DemoDataInitializer(new DemoProperties(true, 50, SEED),
				new DemoDataLoader(new Gazetteer(), normalizer), dataSource, Clock.systemUTC(), "",
				new io.micrometer.core.instrument.simple.SimpleMeterRegistry());
		initializer.run(new DefaultApplicationArguments());
		assertThat(count("select count(*) from job")).isEqualTo(JOBS);
	}

	@Test
	void refusesADatabaseThatHasData() {
		DemoDataLoader loader = new DemoDataLoader(new Gazetteer(), normalizer);
		assertThatIllegalStateException().isThrownBy(() -> loader.load(dataSource, 10, SEED, NOW))
			.withMessageContaining("empty database");
	}

	@Test
	void textWithTabsNewlinesBackslashesAndQuotesSurvivesCopy() throws SQLException, IOException {
		List<String> texts = List.of("tab\there", "line\nbreak\r\nand return\r", "back\\slash \\N \\t \\\\",
				"quotes \"double\" and 'single'", "\\N", "", "ümlaut – dash, emoji 🚀", "comma, {brace} \"quoted\"");
		CopyWriter writer = new CopyWriter(16);
		for (int i = 0; i < texts.size(); i++) {
			writer.number(i).text(texts.get(i)).array(List.of(texts.get(i), "DE")).endRow();
		}
		writer.number(texts.size()).text(null).array(List.of()).endRow();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create temporary table copied (id int, value text, items text[])");
			assertThat(writer.copyTo(connection, "copied")).isEqualTo(texts.size() + 1);
			try (ResultSet result = statement.executeQuery("select value, items from copied order by id")) {
				for (String text : texts) {
					assertThat(result.next()).isTrue();
					assertThat(result.getString(1)).isEqualTo(text);
					assertThat((String[]) result.getArray(2).getArray()).containsExactly(text, "DE");
				}
				assertThat(result.next()).isTrue();
				assertThat(result.getString(1)).isNull();
				assertThat((String[]) result.getArray(2).getArray()).isEmpty();
			}
		}
	}

	private static List<String> schema() throws SQLException {
		List<String> lines = new ArrayList<>();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			for (String query : List.of(
					"select conname || ' ' || pg_get_constraintdef(oid) from pg_constraint"
							+ " where conrelid in ('company'::regclass, 'job'::regclass, 'job_location'::regclass,"
							+ " 'job_skill'::regclass) order by 1",
					"select indexdef from pg_indexes where tablename in ('company', 'job', 'job_location', 'job_skill')"
							+ " order by 1",
					"select attrelid::regclass || '.' || attname || ' ' || attstorage::text from pg_attribute"
							+ " where attrelid in ('job'::regclass, 'company'::regclass) and attnum > 0 order by 1")) {
				try (ResultSet result = statement.executeQuery(query)) {
					while (result.next()) {
						lines.add(result.getString(1));
					}
				}
			}
		}
		return lines;
	}

	private static long count(String sql) throws SQLException {
		try (Connection connection = dataSource.getConnection();
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getLong(1);
		}
	}

}
