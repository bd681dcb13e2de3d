package dev.backboard.search;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.core.Actor;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.internal.ResultCache;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;
import dev.backboard.support.SampleJobs;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers kept for repeated searches on the embedded index are the answers a new search
 * would give: any write to the index and every new minute make a new one.
 */
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=result-cache")
class ResultCacheIntegrationTests {

	@Autowired
	JobSearch search;

	@Autowired
	ResultCache cache;

	@Autowired
	JobService jobs;

	@Autowired
	CompanyRepository companies;

	@Autowired
	MutableClock clock;

	@AfterEach
	void cacheOnAndClockBack() {
		cache.enable(true);
		clock.reset();
	}

	@Test
	void aRepeatedSearchIsAnsweredFromMemory() {
		publish("Quetzal Backend Engineer");
		JobQuery query = query("quetzal");

		JobSearchResult first = search.search(query);

		assertThat(first.total()).isEqualTo(1);
		assertThat(search.search(query)).isSameAs(first);
	}

	@Test
	void aJobPublishedSinceIsInTheNextAnswer() {
		JobQuery query = query("axolotl");
		assertThat(search.search(query).total()).isZero();

		Job job = publish("Axolotl Platform Engineer");

		assertThat(search.search(query).hits()).extracting(JobHit::id).containsExactly(job.getId());
	}

	@Test
	void aJobClosedSinceLeavesTheNextAnswer() {
		Job job = publish("Pangolin Payments Engineer");
		JobQuery query = query("pangolin");
		assertThat(search.search(query).total()).isEqualTo(1);

		jobs.close(job.getCompany().getId(), job.getId(), Actor.system());

		assertThat(search.search(query).total()).isZero();
	}

	@Test
	void aNewMinuteMakesANewAnswer() {
		publish("Narwhal Data Engineer");
		JobQuery query = query("narwhal");
		Instant start = Instant.now().truncatedTo(ChronoUnit.MINUTES).plusSeconds(5);
		clock.set(start);
		JobSearchResult first = search.search(query);

		clock.set(start.plusSeconds(50));
		assertThat(search.search(query)).isSameAs(first);

		clock.set(start.plus(Duration.ofMinutes(1)));
		JobSearchResult next = search.search(query);
		assertThat(next).isNotSameAs(first);
		assertThat(next).isEqualTo(first);
	}

	@Test
	void otherPagesSortsAndFiltersAreOtherAnswers() {
		publish("Ocelot Go Engineer");
		publish("Ocelot Rust Engineer");
		JobQuery base = query("ocelot");
		JobSearchResult first = search.search(base);

		JobSearchResult secondPage = search.search(JobQuery.builder().q("ocelot").size(1).page(2).build());
		JobSearchResult newest = search.search(JobQuery.builder().q("ocelot").sort(SearchSort.NEWEST).build());
		JobSearchResult remote = search
			.search(JobQuery.builder().q("ocelot").workplace(List.of(WorkplaceType.ONSITE)).build());

		assertThat(first.total()).isEqualTo(2);
		assertThat(secondPage.hits()).hasSize(1);
		assertThat(newest).isNotSameAs(first);
		assertThat(remote.total()).isZero();
	}

	@Test
	void searchesComputedInFullWhenTheCacheIsOff() {
		publish("Wombat Search Engineer");
		JobQuery query = query("wombat");
		JobSearchResult first = search.search(query);

		cache.enable(false);

		JobSearchResult again = search.search(query);
		assertThat(again).isNotSameAs(first);
		assertThat(again).isEqualTo(first);
		assertThat(cache.size()).isZero();
	}

	private Job publish(String title) {
		Company company = companies.save(new Company(title + " Ltd", null, null, Instant.now()));
		return jobs.publish(company.getId(),
				SampleJobs
					.job(title, "Services in Go on PostgreSQL.", WorkplaceType.REMOTE, List.of(), Seniority.MID, null,
							List.of())
					.build());
	}

	private static JobQuery query(String q) {
		return JobQuery.builder().q(q).build();
	}

}
