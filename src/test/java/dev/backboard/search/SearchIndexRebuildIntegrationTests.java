package dev.backboard.search;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.junit.jupiter.api.Test;

import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.search.internal.SearchIndexInitializer;
import dev.backboard.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.DefaultApplicationArguments;
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

}
