package dev.backboard.support;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;

import dev.backboard.jobs.Job;
import dev.backboard.search.internal.SearchIndexInitializer;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Waits until every committed change is searchable: at once with the embedded Lucene
 * index, after the outbox is drained and the index refreshed with OpenSearch.
 */
public final class SearchIndexSync {

	private static final Duration TIMEOUT = Duration.ofSeconds(90);

	private SearchIndexSync() {
	}

	public static void awaitUpToDate(SearchIndexInitializer initializer, JdbcTemplate jdbc,
			EntityManagerFactory entityManagerFactory) {
		Instant deadline = Instant.now().plus(TIMEOUT);
		while (!initializer.isReady() || pendingIndexChanges(jdbc) > 0) {
			if (Instant.now().isAfter(deadline)) {
				throw new IllegalStateException("The search index did not catch up within " + TIMEOUT);
			}
			try {
				Thread.sleep(100);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				return;
			}
		}
		Search.mapping(entityManagerFactory.unwrap(SessionFactory.class)).scope(Job.class).workspace().refresh();
	}

	private static long pendingIndexChanges(JdbcTemplate jdbc) {
		Long pending = jdbc.queryForObject("select count(*) from hsearch_outbox_event", Long.class);
		return pending == null ? 0 : pending;
	}

}
