package dev.backboard.search;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.Lock;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.core.BackboardProperties;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.internal.SearchIndexInitializer;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.SampleJobs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=lifecycle")
class SearchIndexRebuildIntegrationTests {

	@Autowired
	SearchIndexInitializer initializer;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JobService jobs;

	@Autowired
	JobSearch search;

	@Autowired
	CompanyRepository companies;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	BackboardProperties properties;

	@Test
	void rebuildsAnIndexThatLostDocumentsFromTheDatabase() throws Exception {
		long published = jobs.countPublished();
		assertThat(published).isPositive();
		Search.mapping(entityManagerFactory.unwrap(SessionFactory.class)).scope(Job.class).workspace().purge();
		assertThat(search.search(JobQuery.empty()).total()).isZero();

		initializer.run(new DefaultApplicationArguments());

		assertThat(search.search(JobQuery.empty()).total()).isEqualTo(published);
		assertThat(initializer.isReady()).isTrue();
	}

	@Test
	void searchesDuringARebuildAreUnavailableAndLeaveTheRebuildAlone() throws Exception {
		long published = jobs.countPublished();
		Files.writeString(versionFile(), "1");
		AtomicBoolean rebuilding = new AtomicBoolean(true);
		List<Throwable> failures = new CopyOnWriteArrayList<>();
		AtomicInteger unavailable = new AtomicInteger();
		Thread searcher = Thread.ofPlatform().start(() -> {
			while (rebuilding.get()) {
				try {
					search.search(JobQuery.builder().q("engineer").build());
				}
				catch (SearchUnavailable ex) {
					unavailable.incrementAndGet();
				}
				catch (RuntimeException ex) {
					failures.add(ex);
				}
			}
		});
		try {
			// The searcher runs before, during and after the drop and refill.
			Thread.sleep(50);
			initializer.run(new DefaultApplicationArguments());
		}
		finally {
			rebuilding.set(false);
			searcher.join();
		}

		assertThat(failures).isEmpty();
		assertThat(unavailable).as("searches answered unavailable during the rebuild").hasPositiveValue();
		assertThat(search.search(JobQuery.empty()).total()).isEqualTo(published);
	}

	@Test
	void aRebuildWaitsForTheSearchesAlreadyReadingTheIndex() throws Exception {
		long published = jobs.countPublished();
		Path version = versionFile();
		Files.writeString(version, "1");
		List<Throwable> failures = new CopyOnWriteArrayList<>();
		Lock searching = initializer.searchLock();
		searching.lock();
		Thread rebuild;
		try {
			rebuild = Thread.ofPlatform().start(() -> {
				try {
					initializer.run(new DefaultApplicationArguments());
				}
				catch (Exception | AssertionError ex) {
					failures.add(ex);
				}
			});
			// Long enough for this small index to be rebuilt, were the rebuild not
			// waiting
			Instant until = Instant.now().plusSeconds(3);
			while (Instant.now().isBefore(until) && Files.readString(version).equals("1")) {
				Thread.sleep(20);
			}

			assertThat(initializer.isReady()).isFalse();
			assertThat(Files.readString(version)).as("nothing rebuilt yet").isEqualTo("1");
			assertThat(rebuild.isAlive()).as("the rebuild waits").isTrue();
		}
		finally {
			searching.unlock();
		}
		rebuild.join(Duration.ofSeconds(60));

		assertThat(failures).isEmpty();
		assertThat(Files.readString(version)).isNotEqualTo("1");
		assertThat(search.search(JobQuery.empty()).total()).isEqualTo(published);
	}

	@Test
	void rebuildsAnIndexWrittenByAnOlderMapping() throws Exception {
		Company company = companies.save(new Company("Marsupial Works", null, null, Instant.now()));
		Job job = jobs.publish(company.getId(),
				SampleJobs
					.job("Backend Engineer", "Services for wildlife parks.", WorkplaceType.REMOTE, List.of(),
							Seniority.MID, null, List.of(new JobSkill("java", true)))
					.build());
		// A change the index is not told of: only a rebuild can find the new title.
		jdbc.update("update job set title = ? where id = ?", "Quokka Whisperer", job.getId());
		Path version = versionFile();
		Files.writeString(version, "1");

		initializer.run(new DefaultApplicationArguments());

		assertThat(search.search(JobQuery.builder().q("quokka").build()).hits()).extracting(JobHit::slug)
			.containsExactly(job.getSlug());
		assertThat(Files.readString(version)).isNotEqualTo("1");
	}

	/** Where the embedded index records the mapping it was built with. */
	private Path versionFile() {
		return properties.dataDir().resolve("index").resolve("backboard-mapping.version");
	}

}
