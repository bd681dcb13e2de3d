package dev.backboard.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import dev.backboard.support.Api;
import dev.backboard.support.Api.Response;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * PostgreSQL stops under a running application: work that needs it answers 503 with
 * Retry-After at once, readiness says DOWN, searches keep working from the index, and
 * everything recovers when PostgreSQL comes back, without a restart.
 */
// Its own PostgreSQL, which it stops, and its own context, which no other test reuses.
@DirtiesContext
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backboard.data-dir=target/test-data/outage-${random.uuid}", "backboard.demo.enabled=true",
				"backboard.demo.jobs=20", "spring.main.banner-mode=off", "logging.level.root=error" })
class DatabaseOutageIntegrationTests {

	private static final Path DATA = Path.of("target/test-data/outage-postgres-" + UUID.randomUUID()).toAbsolutePath();

	/** Sessions are read in a filter; any well-formed cookie makes it look one up. */
	private static final Map<String, String> SESSION_COOKIE = Map.of("Cookie", "SESSION=YWJj");

	private static EmbeddedPostgres database = start(0);

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) {
		registry.add("BACKBOARD_DB_URL", () -> "jdbc:postgresql://localhost:" + database.getPort() + "/postgres");
		registry.add("BACKBOARD_DB_USERNAME", () -> "postgres");
	}

	@Test
	void answersServiceUnavailableWhileTheDatabaseIsDownAndRecoversWhenItIsBack() throws IOException {
		Api api = new Api(port);
		var job = api.get("/api/v1/jobs").json().get("results").get(0);
		String page = "/jobs/" + job.get("slug").asString();
		String apiJob = "/api/v1/jobs/" + job.get("id").asLong();
		assertThat(api.get(page).status()).isEqualTo(200);
		assertThat(api.get("/actuator/health/readiness").status()).isEqualTo(200);

		int databasePort = database.getPort();
		database.close();
		try {
			Response jobPage = timed(() -> api.get(page));
			assertThat(jobPage.status()).isEqualTo(503);
			assertThat(jobPage.header("Retry-After")).isEqualTo("5");
			assertThat(jobPage.header("Content-Type")).startsWith("text/html");
			assertThat(jobPage.header("Content-Security-Policy")).contains("object-src 'none'");
			assertThat(jobPage.body()).contains("Please try again in a few seconds").doesNotContain("Exception");

			Response apiAnswer = timed(() -> api.get(apiJob));
			assertThat(apiAnswer.status()).isEqualTo(503);
			assertThat(apiAnswer.header("Content-Type")).startsWith("application/problem+json");
			assertThat(apiAnswer.header("Retry-After")).isEqualTo("5");
			assertThat(apiAnswer.json().get("status").asInt()).isEqualTo(503);

			Response signedInPage = timed(() -> api.send("GET", "/account", SESSION_COOKIE));
			assertThat(signedInPage.status()).isEqualTo(503);
			assertThat(signedInPage.header("Retry-After")).isEqualTo("5");

			// A form's CSRF token lives in a new session, which is stored in PostgreSQL.
			Response signUp = timed(() -> api.get("/signup"));
			assertThat(signUp.status()).isEqualTo(503);
			assertThat(signUp.header("Retry-After")).isEqualTo("5");
			assertThat(signUp.header("Set-Cookie")).isNull();

			assertThat(timed(() -> api.get("/actuator/health/readiness")).status()).isEqualTo(503);
			assertThat(api.get("/actuator/health/liveness").status()).isEqualTo(200);

			assertThat(api.get("/jobs?q=engineer").status()).isEqualTo(200);
			Response searchWithSession = timed(() -> api.send("GET", "/jobs?q=engineer", SESSION_COOKIE));
			assertThat(searchWithSession.status()).isEqualTo(200);
			assertThat(searchWithSession.body()).contains("Sign in");
			assertThat(api.send("GET", "/", SESSION_COOKIE).status()).isEqualTo(200);
			assertThat(api.get("/api/v1/jobs").status()).isEqualTo(200);
		}
		finally {
			database = start(databasePort);
		}

		// The pool opens new connections in the background, retrying every few seconds.
		assertThat(firstAnswer(api, "/actuator/health/readiness", Duration.ofSeconds(30))).isEqualTo(200);
		assertThat(api.get(page).status()).isEqualTo(200);
		assertThat(api.get(apiJob).status()).isEqualTo(200);
		assertThat(api.send("GET", "/account", SESSION_COOKIE).status()).isEqualTo(302);
	}

	private static int firstAnswer(Api api, String path, Duration within) {
		long deadline = System.nanoTime() + within.toNanos();
		int status = api.get(path).status();
		while (status != 200 && System.nanoTime() < deadline) {
			pause();
			status = api.get(path).status();
		}
		return status;
	}

	private static void pause() {
		try {
			Thread.sleep(200);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Far below the pool's former 30 s wait, with room for a slow machine. */
	private static Response timed(Supplier<Response> request) {
		long start = System.nanoTime();
		Response response = request.get();
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
		return response;
	}

	/** The same data directory and port each time, as a restarted server would have. */
	private static EmbeddedPostgres start(int port) {
		try {
			Files.createDirectories(DATA);
			return EmbeddedPostgres.builder().setDataDirectory(DATA).setCleanDataDirectory(false).setPort(port).start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
