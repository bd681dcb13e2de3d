package dev.backboard.search;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.internal.SearchIndexInitializer;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.OpenSearchNode;
import dev.backboard.support.SampleJobs;
import dev.backboard.support.SearchIndexSync;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Rebuilding the OpenSearch index beside the live one, through the operator endpoint. The
 * mass indexer is held back by a lock on the table of job locations, which it reads and
 * which a job without locations does not write: that is "during the rebuild".
 */
@IntegrationTest
class OpenSearchIndexRebuildIntegrationTests {

	private static final Duration TIMEOUT = Duration.ofSeconds(60);

	private static final HttpClient http = HttpClient.newHttpClient();

	private static final JsonMapper json = JsonMapper.builder().build();

	@DynamicPropertySource
	static void openSearch(DynamicPropertyRegistry registry) {
		OpenSearchNode.register(registry);
	}

	@LocalServerPort
	int port;

	@Value("${backboard.search.opensearch.index}")
	String index;

	@Autowired
	SearchIndexInitializer searchIndex;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Autowired
	JobService jobs;

	@Autowired
	CompanyRepository companies;

	Api api;

	@BeforeEach
	void indexIsUpToDate() {
		api = new Api(port);
		SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);
	}

	@Test
	void searchesReadTheOldIndexDuringARebuildAndChangesMadeMeanwhileAreFoundAfterIt() throws Exception {
		Job renamed = publish("Backend Engineer", "Services for wildlife parks.");
		SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);
		// A change the index is not told of: only a rebuild from the database finds it.
		jdbc.update("update job set title = ? where id = ?", "Quokka Whisperer", renamed.getId());
		long published = jobs.countPublished();
		Aliases before = aliases();
		assertThat(before.write()).isEqualTo(before.read());

		Job savedDuring;
		HeldTable locations = lock("job_location");
		try {
			Api.Response started = startRebuild();
			assertThat(started.status()).isEqualTo(202);
			assertThat(started.json().get("state").asString()).isEqualTo("RUNNING");
			await("the write alias to move", () -> !aliases().write().equals(before.write()));
			assertThat(aliases().read()).isEqualTo(before.read());

			assertThat(total("/api/v1/jobs")).isEqualTo(published);
			assertThat(total("/api/v1/jobs?q=quokka")).isZero();
			assertThat(api.get("/jobs?q=wildlife").status()).isEqualTo(200);
			savedDuring = publish("Wombat Wrangler", "Rescue work for wildlife parks.");
		}
		finally {
			locations.close();
		}
		await("the rebuild to end", () -> !state().equals("RUNNING"));
		assertThat(state()).isEqualTo("DONE");
		SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);

		Aliases after = aliases();
		assertThat(after.write()).isEqualTo(after.read()).isNotEqualTo(before.read());
		assertThat(api.get("/actuator/searchindex").json().get("index").asString()).isEqualTo(after.read());
		assertThat(openSearch("/" + before.read()).statusCode()).isEqualTo(404);
		assertThat(slugs("/api/v1/jobs?q=quokka")).containsExactly(renamed.getSlug());
		assertThat(slugs("/api/v1/jobs?q=wombat")).containsExactly(savedDuring.getSlug());
		assertThat(total("/api/v1/jobs")).isEqualTo(published + 1);
		JsonNode progress = api.get("/actuator/searchindex").json();
		assertThat(progress.get("total").asLong()).isEqualTo(published);
		assertThat(progress.get("documents").asLong()).isGreaterThanOrEqualTo(published);
	}

	@Test
	void aFailedRebuildLeavesSearchesAndWritesOnTheOldIndexAndDropsTheNewOne() throws Exception {
		Job unloadable = publish("Platypus Keeper", "Night shifts at the river.");
		SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);
		// A row the mass indexer cannot load fails the rebuild; it changed before the
		// rebuild, so nothing but the mass indexer reads it.
		jdbc.update("update job set workplace_type = 'NOWHERE', updated_at = updated_at - interval '1 day' "
				+ "where id = ?", unloadable.getId());
		try {
			long published = jobs.countPublished();
			Aliases before = aliases();
			Job savedDuring;
			HeldTable locations = lock("job_location");
			try {
				assertThat(startRebuild().status()).isEqualTo(202);
				await("the write alias to move", () -> !aliases().write().equals(before.write()));
				assertThat(startRebuild().status()).isEqualTo(409);
				savedDuring = publish("Echidna Groomer", "Spiky customers, gentle hands.");
			}
			finally {
				locations.close();
			}
			await("the rebuild to end", () -> !state().equals("RUNNING"));
			JsonNode progress = api.get("/actuator/searchindex").json();
			assertThat(progress.get("state").asString()).isEqualTo("FAILED");
			assertThat(progress.get("failure").asString()).isNotBlank();

			assertThat(aliases()).isEqualTo(before);
			assertThat(openSearch("/" + progress.get("index").asString()).statusCode()).isEqualTo(404);
			assertThat(slugs("/api/v1/jobs?q=platypus")).containsExactly(unloadable.getSlug());
			// Written to the new index while it was being filled, then again to the old
			// one once the rebuild gave up.
			SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);
			await("the job saved during the rebuild to be found",
					() -> slugs("/api/v1/jobs?q=echidna").contains(savedDuring.getSlug()));
			assertThat(total("/api/v1/jobs")).isEqualTo(published + 1);
		}
		finally {
			jdbc.update("update job set workplace_type = 'REMOTE' where id = ?", unloadable.getId());
		}
	}

	@Test
	void rebuildsAtStartAnIndexBuiltForAnOlderMapping() throws Exception {
		long published = jobs.countPublished();
		Aliases before = aliases();
		assertThat(
				openSearch("PUT", "/" + index + "-write/_mapping", "{\"_meta\":{\"backboard_mapping_version\":\"1\"}}")
					.statusCode())
			.isEqualTo(200);

		searchIndex.run(new DefaultApplicationArguments());

		await("the read alias to move", () -> !aliases().read().equals(before.read()));
		assertThat(aliases().write()).isEqualTo(aliases().read());
		assertThat(openSearch("GET", "/" + index + "-read/_mapping", null).body())
			.doesNotContain("\"backboard_mapping_version\":\"1\"")
			.contains("backboard_mapping_version");
		assertThat(searchIndex.isReady()).isTrue();
		assertThat(total("/api/v1/jobs")).isEqualTo(published);
	}

	@Test
	void rebuildsAtStartWhenTheNodeOfARebuildDiedBeforeItEnded() throws Exception {
		long published = jobs.countPublished();
		Aliases before = aliases();
		// What a node leaves when it dies while filling a new index: writes go there.
		String orphan = String.format("%s-%06d", index,
				Integer.parseInt(before.read().substring(index.length() + 1)) + 1);
		assertThat(openSearch("PUT", "/" + orphan, "{}").statusCode()).isEqualTo(200);
		assertThat(openSearch("POST", "/_aliases",
				"{\"actions\":[{\"remove\":{\"index\":\"" + before.write() + "\",\"alias\":\"" + index
						+ "-write\"}},{\"add\":{\"index\":\"" + orphan + "\",\"alias\":\"" + index
						+ "-write\",\"is_write_index\":true}}]}")
			.statusCode()).isEqualTo(200);

		searchIndex.run(new DefaultApplicationArguments());

		await("the read alias to move", () -> !aliases().read().equals(before.read()));
		assertThat(aliases().write()).isEqualTo(aliases().read());
		assertThat(openSearch("GET", "/" + orphan, null).statusCode()).isEqualTo(404);
		assertThat(total("/api/v1/jobs")).isEqualTo(published);
	}

	@Test
	void mendsAtStartAnIndexThatLostJobsOrHoldsStrayOnesWithoutEmptyingIt() throws Exception {
		Job kept = publish("Wallaby Walker", "Long walks with marsupials.");
		Job lost = publish("Koala Caretaker", "Eucalyptus logistics.");
		SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);
		long published = jobs.countPublished();
		Aliases before = aliases();
		JsonNode keptDocument = json.readTree(openSearch("/" + index + "-read/_doc/" + kept.getId()).body());
		// What a crash or a restored backup leaves: a job the index lost, and jobs it
		// should not hold
		assertThat(
				openSearch("DELETE", "/" + index + "-write/_doc/" + lost.getId() + "?refresh=true", null).statusCode())
			.isEqualTo(200);
		List<Long> strays = List.of(kept.getId() + 1_000_000, kept.getId() + 1_000_001);
		for (long stray : strays) {
			assertThat(openSearch("PUT", "/" + index + "-write/_doc/" + stray + "?refresh=true",
					keptDocument.get("_source").toString())
				.statusCode()).isEqualTo(201);
		}
		assertThat(total("/api/v1/jobs")).isEqualTo(published + 1);

		searchIndex.run(new DefaultApplicationArguments());

		// A document read by id sees a deletion at once; a search, after the index's next
		// refresh.
		await("the lost job to be indexed again and the stray ones removed",
				() -> slugs("/api/v1/jobs?q=koala").contains(lost.getSlug())
						&& strays.stream()
							.allMatch(stray -> openSearch("/" + index + "-read/_doc/" + stray).statusCode() == 404)
						&& total("/api/v1/jobs") == published);
		assertThat(searchIndex.isReady()).isTrue();
		assertThat(aliases()).isEqualTo(before);
		// Mended job by job: the jobs it rightly held were neither removed nor written
		// again
		assertThat(json.readTree(openSearch("/" + index + "-read/_doc/" + kept.getId()).body()).get("_seq_no").asLong())
			.isEqualTo(keptDocument.get("_seq_no").asLong());
	}

	@Test
	void createsTheIndexAtStartWhenAWriteBeforeItTookTheAliasName() throws Exception {
		long published = jobs.countPublished();
		Aliases before = aliases();
		assertThat(openSearch("DELETE", "/" + before.read(), null).statusCode()).isEqualTo(200);
		// What a write through the outbox does when no index has the alias yet
		assertThat(openSearch("PUT", "/" + index + "-write/_doc/1", "{\"title\":\"Stray\"}").statusCode())
			.isEqualTo(201);

		searchIndex.run(new DefaultApplicationArguments());

		await("the index to be created and filled", () -> {
			Aliases after = aliases();
			return after.read() != null && after.read().equals(after.write())
					&& api.get("/api/v1/jobs").json().path("total").asLong() == published;
		});
		assertThat(openSearch("GET", "/_cat/indices/" + index + "-write?format=json", null).body())
			.doesNotContain("\"index\":\"" + index + "-write\"");
	}

	@Test
	void startsARebuildOnlyForAJsonPostFromThisMachine() {
		Aliases before = aliases();
		String state = state();

		// What another site's page could send from a browser on this machine
		assertThat(api
			.send("POST", "/actuator/searchindex", Map.of("Content-Type", "application/x-www-form-urlencoded"), "")
			.status()).isEqualTo(403);
		// Relayed by the proxy for someone elsewhere
		assertThat(api
			.send("POST", "/actuator/searchindex",
					Map.of("Content-Type", "application/json", "X-Forwarded-For", "203.0.113.9"), "{}")
			.status()).isEqualTo(404);

		assertThat(state()).isEqualTo(state);
		assertThat(aliases()).isEqualTo(before);
	}

	private Job publish(String title, String description) {
		Company company = companies.save(new Company(title + " Ltd", null, null, Instant.now()));
		return jobs.publish(company.getId(),
				SampleJobs
					.job(title, description, WorkplaceType.REMOTE, List.of(), Seniority.MID, null,
							List.of(new JobSkill("java", true)))
					.build());
	}

	private Api.Response startRebuild() {
		return api.send("POST", "/actuator/searchindex", Map.of("Content-Type", "application/json"));
	}

	private String state() {
		return api.get("/actuator/searchindex").json().get("state").asString();
	}

	private long total(String path) {
		Api.Response response = api.get(path);
		assertThat(response.status()).isEqualTo(200);
		return response.json().get("total").asLong();
	}

	private List<String> slugs(String path) {
		Api.Response response = api.get(path);
		assertThat(response.status()).isEqualTo(200);
		return response.json().get("results").valueStream().map(hit -> hit.get("slug").asString()).toList();
	}

	/** Holds the table until closed; whoever reads it waits meanwhile. */
	private HeldTable lock(String table) throws SQLException {
		Connection connection = dataSource.getConnection();
		connection.setAutoCommit(false);
		try (Statement statement = connection.createStatement()) {
			statement.execute("lock table " + table + " in access exclusive mode");
		}
		return () -> {
			try (connection) {
				connection.rollback();
			}
		};
	}

	private Aliases aliases() {
		JsonNode rows = json
			.readTree(openSearch("/_cat/aliases/" + index + "-write," + index + "-read?format=json").body());
		String write = null;
		String read = null;
		for (JsonNode row : rows) {
			if (row.get("alias").asString().equals(index + "-write")) {
				write = row.get("index").asString();
			}
			else {
				read = row.get("index").asString();
			}
		}
		return new Aliases(write, read);
	}

	private static HttpResponse<String> openSearch(String path) {
		return openSearch("GET", path, null);
	}

	private static HttpResponse<String> openSearch(String method, String path, String body) {
		try {
			return http.send(HttpRequest.newBuilder(URI.create(OpenSearchNode.get().uri() + path))
				.header("Content-Type", "application/json")
				.method(method,
						body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
				.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static void await(String what, BooleanSupplier condition) throws InterruptedException {
		Instant deadline = Instant.now().plus(TIMEOUT);
		while (!condition.getAsBoolean()) {
			assertThat(Instant.now()).as("waiting for " + what).isBefore(deadline);
			Thread.sleep(100);
		}
	}

	record Aliases(String write, String read) {
	}

	interface HeldTable extends AutoCloseable {

		@Override
		void close() throws SQLException;

	}

}
