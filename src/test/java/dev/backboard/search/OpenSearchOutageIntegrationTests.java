package dev.backboard.search;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.Test;

import dev.backboard.search.internal.SearchIndexInitializer;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.OpenSearchNode;
import dev.backboard.support.SearchIndexSync;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class OpenSearchOutageIntegrationTests {

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		OpenSearchNode.register(registry);
	}

	@LocalServerPort
	int port;

	@Autowired
	SearchIndexInitializer searchIndex;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void answersSearchesWith503AndReportsNotReadyWhileOpenSearchIsDownThenRecovers() {
		SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);
		Api api = new Api(port);
		assertThat(api.get("/api/v1/jobs?q=golang").status()).isEqualTo(200);
		OpenSearchNode.get().stop();
		try {
			Api.Response search = api.get("/api/v1/jobs?q=golang");
			assertThat(search.status()).isEqualTo(503);
			assertThat(search.header("Content-Type")).startsWith("application/problem+json");
			assertThat(search.header("Retry-After")).isEqualTo("5");
			assertThat(api.get("/jobs?q=golang").status()).isEqualTo(503);
			Api.Response readiness = api.get("/actuator/health/readiness");
			assertThat(readiness.status()).isEqualTo(503);
			assertThat(readiness.json().get("status").asString()).isEqualTo("DOWN");
		}
		finally {
			OpenSearchNode.get().start();
		}
		Instant deadline = Instant.now().plus(Duration.ofSeconds(60));
		while (api.get("/api/v1/jobs?q=golang").status() != 200 && Instant.now().isBefore(deadline)) {
			Thread.onSpinWait();
		}
		assertThat(api.get("/api/v1/jobs?q=golang").json().get("total").asLong()).isEqualTo(2);
		assertThat(api.get("/actuator/health/readiness").json().get("status").asString()).isEqualTo("UP");
	}

}
