package dev.backboard.cluster;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.backboard.support.Api;
import dev.backboard.support.Links;
import dev.backboard.support.Mailbox;
import dev.backboard.support.WebSession;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two Backboard nodes in two JVMs behind no proxy, sharing one PostgreSQL, one OpenSearch
 * node and one SMTP server, exactly as {@code deploy/compose.yaml} runs them: whatever
 * one node does, the other sees, scheduled work runs once, and neither a killed node nor
 * a search outage loses an acknowledged write.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MultiNodeIntegrationTests {

	private static final Path DIRECTORY = Path.of("target/multinode").resolve(Long.toString(System.nanoTime()));

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private static EmbeddedPostgres postgres;

	private static GreenMail smtp;

	private static Mailbox mailbox;

	private static OpenSearchProcess opensearch;

	private static BackboardNode a;

	private static BackboardNode b;

	private static JdbcClient jdbc;

	private static Employer employer;

	@RegisterExtension
	static final TestWatcher LOGS_ON_FAILURE = new TestWatcher() {
		@Override
		public void testFailed(ExtensionContext context, Throwable cause) {
			System.err.println(logs());
		}
	};

	@BeforeAll
	static void startCluster() throws IOException {
		postgres = EmbeddedPostgres.builder().start();
		jdbc = JdbcClient.create(postgres.getPostgresDatabase());
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		mailbox = new Mailbox(smtp);
		opensearch = OpenSearchProcess.start(DIRECTORY.resolve("opensearch"));
		Map<String, String> cluster = new LinkedHashMap<>(ClusterSettings
			.of(postgres.getJdbcUrl("postgres", "postgres"), opensearch.uri(), smtp.getSmtp().getPort()));
		// Only for this test: jobs go live without a moderator.
		cluster.put("BACKBOARD_JOBS_MODERATION", "false");
		// Both at once, as compose starts them: they race to migrate the schema and to
		// create the index, and both must end up ready.
		a = BackboardNode.start("a", cluster, DIRECTORY);
		b = BackboardNode.start("b", cluster, DIRECTORY);
		a.awaitReady();
		b.awaitReady();
		employer = Employer.create(jdbc);
	}

	@AfterAll
	static void stopCluster() throws IOException {
		for (BackboardNode node : new BackboardNode[] { a, b }) {
			if (node != null) {
				node.stop();
			}
		}
		if (opensearch != null) {
			opensearch.kill();
		}
		if (smtp != null) {
			smtp.stop();
		}
		if (postgres != null) {
			postgres.close();
		}
	}

	@Test
	@Order(1)
	void aJobPostedOnOneNodeIsFoundOnTheOtherWithinTwoSeconds() {
		// Right after a node joins, the outbox agents share out the work again and pause
		// for a few seconds: the first job waits that out, the second is the measure.
		String first = Words.fresh();
		long warmUp = employer.post(a, first);
		Eventually.await("the first job on node b", Duration.ofSeconds(60), () -> found(b, first).contains(warmUp),
				MultiNodeIntegrationTests::logs);
		String word = Words.fresh();
		long id = employer.post(a, word);

		Duration visibleAfter = Eventually.await("the job on node b", Duration.ofSeconds(30),
				() -> found(b, word).contains(id), MultiNodeIntegrationTests::logs);

		assertThat(visibleAfter).isLessThan(Duration.ofSeconds(2));
	}

	@Test
	@Order(2)
	void aSessionSignedInOnOneNodeIsValidOnTheOther() {
		String email = "multi-" + Words.fresh() + "@example.com";
		String password = "correct horse battery staple 42";
		new WebSession(a.port()).submit("/signup", "form[action=/signup]",
				Map.of("displayName", "Sam", "email", email, "password", password, "role", "CANDIDATE"));
		String link = mailbox.waitForSubject(email, "Confirm your email").link("/verify-email");
		new WebSession(b.port()).submit(Links.path(link), "form[action=/verify-email]", Map.of());
		String sessionId = WebSession.signedIn(a.port(), email, password).cookie("SESSION").orElseThrow();

		HttpResponse<String> withSession = get(b, "/account", "SESSION=" + sessionId);
		HttpResponse<String> withoutSession = get(b, "/account", null);

		assertThat(withSession.statusCode()).isEqualTo(200);
		assertThat(withSession.body()).contains(email);
		assertThat(withoutSession.statusCode()).isEqualTo(302);
		assertThat(mailbox.to(email)).hasSize(1);
	}

	@Test
	@Order(3)
	void aRateLimitSpentOnOneNodeHoldsOnTheOther() {
		String email = "guess-" + Words.fresh() + "@example.com";
		Map<String, String> wrong = Map.of("username", email, "password", "not the password 1");
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(new WebSession(a.port()).submit("/login", "form[action=/login]", wrong).status())
				.as("attempt %d on node a", attempt)
				.isEqualTo(302);
		}

		Api.Response sixth = new WebSession(b.port()).submit("/login", "form[action=/login]", wrong);

		assertThat(sixth.status()).isEqualTo(429);
		assertThat(sixth.header("Retry-After")).isNotBlank();
	}

	@Test
	@Order(4)
	void scheduledWorkRunsOnceForTheClusterAndItsMailIsSentOnce() {
		String expiringWord = Words.fresh();
		String warnedWord = Words.fresh();
		long expiring = employer.post(a, expiringWord);
		long warned = employer.post(b, warnedWord);
		jdbc.sql("update job set valid_through = now() - interval '1 minute' where id = ?").param(expiring).update();
		jdbc.sql("update job set valid_through = now() + interval '36 hours' where id = ?").param(warned).update();

		makeDue("expire-jobs", "warn-of-expiring-jobs");
		Eventually.await("the job to expire", Duration.ofSeconds(60), () -> "EXPIRED".equals(status(expiring)),
				MultiNodeIntegrationTests::logs);
		Eventually.await("the expiry warning", Duration.ofSeconds(60), () -> !warnings(warnedWord).isEmpty(),
				MultiNodeIntegrationTests::logs);
		awaitRan("expire-jobs", "warn-of-expiring-jobs");
		// One more delivery round on whichever node picks it: a mail claimed twice would
		// go out again now.
		makeDue("deliver-mail");
		awaitRan("deliver-mail");

		assertThat(jdbc.sql("select count(*) from job_transition where job_id = ? and to_status = 'EXPIRED'")
			.param(expiring)
			.query(Long.class)
			.single()).isEqualTo(1);
		assertThat(a.logLinesContaining("Expired 1 jobs") + b.logLinesContaining("Expired 1 jobs")).isEqualTo(1);
		assertThat(a.logLinesContaining("Warned the owners of 1 jobs")
				+ b.logLinesContaining("Warned the owners of 1 jobs"))
			.isEqualTo(1);
		assertThat(warnings(warnedWord)).hasSize(1);
		Eventually.await("the expired job to leave the index", Duration.ofSeconds(60),
				() -> found(b, expiringWord).isEmpty(), MultiNodeIntegrationTests::logs);
	}

	@Test
	@Order(5)
	void whileOpenSearchIsDownSearchesAnswer503AndWritesReachTheIndexWhenItIsBack() {
		String before = Words.fresh();
		long indexedBefore = employer.post(a, before);
		Eventually.await("the first job on node b", Duration.ofSeconds(30),
				() -> found(b, before).contains(indexedBefore), MultiNodeIntegrationTests::logs);

		opensearch.stop();
		Set<Integer> statuses = ConcurrentHashMap.newKeySet();
		Eventually.await("a 503 from node b", Duration.ofSeconds(60), () -> {
			Api.Response response = b.api().get("/api/v1/jobs?q=" + before);
			statuses.add(response.status());
			return response.status() == 503 && response.header("Content-Type").startsWith("application/problem+json");
		}, MultiNodeIntegrationTests::logs);
		String during = Words.fresh();
		long writtenDuring = employer.post(a, during);
		Api.Response pageDuring = b.api().get("/jobs?q=" + during);
		opensearch.start();

		assertThat(statuses).doesNotContain(500);
		assertThat(pageDuring.status()).isEqualTo(503);
		assertThat(status(writtenDuring)).isEqualTo("PUBLISHED");
		Eventually.await("the job written during the outage on node b", Duration.ofSeconds(120),
				() -> found(b, during).contains(writtenDuring), MultiNodeIntegrationTests::logs);
		assertThat(found(a, before)).containsExactly(indexedBefore);
	}

	@Test
	@Order(6)
	void killingANodeMidWriteLosesNoAcknowledgedJobAndTheOtherKeepsServing() throws InterruptedException {
		String word = Words.fresh();
		List<Long> acknowledged = new CopyOnWriteArrayList<>();
		AtomicBoolean writing = new AtomicBoolean(true);
		Thread writer = Thread.ofVirtual().start(() -> {
			while (writing.get()) {
				try {
					acknowledged.add(employer.post(a, word));
				}
				catch (RuntimeException ex) {
					// node a is gone: what it acknowledged before is what counts
					writing.set(false);
				}
			}
		});
		Eventually.await("a few jobs written through node a", Duration.ofSeconds(60), () -> acknowledged.size() >= 5,
				MultiNodeIntegrationTests::logs);

		a.kill();
		writer.join(Duration.ofSeconds(30));
		List<Integer> searchesOnB = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			searchesOnB.add(b.api().get("/api/v1/jobs?q=" + word).status());
		}

		assertThat(writer.isAlive()).isFalse();
		assertThat(searchesOnB).containsOnly(200);
		List<Long> committed = jdbc.sql("select id from job where status = 'PUBLISHED' and id in (:ids)")
			.param("ids", acknowledged)
			.query(Long.class)
			.list();
		assertThat(committed).containsExactlyInAnyOrderElementsOf(acknowledged);
		// Node a's share of the index work passes to node b once a's outbox agent
		// expires.
		Eventually.await("every acknowledged job on node b", Duration.ofSeconds(120),
				() -> found(b, word).containsAll(acknowledged), MultiNodeIntegrationTests::logs);
		assertThat(b.api().get("/actuator/health/readiness").status()).isEqualTo(200);
	}

	private static List<Long> found(BackboardNode node, String word) {
		Api.Response response = node.api().get("/api/v1/jobs?size=100&q=" + word);
		if (response.status() != 200) {
			throw new IllegalStateException(
					"Search on node " + node.name() + " answered " + response.status() + ": " + response.body());
		}
		List<Long> ids = new ArrayList<>();
		response.json().get("results").forEach(hit -> ids.add(hit.get("id").asLong()));
		return ids;
	}

	private static List<Mailbox.Received> warnings(String word) {
		return mailbox.to(employer.email()).stream().filter(mail -> mail.subject().contains(word)).toList();
	}

	private static String status(long job) {
		return jdbc.sql("select status from job where id = ?").param(job).query(String.class).single();
	}

	private static void makeDue(String... tasks) {
		for (String task : tasks) {
			assertThat(jdbc.sql("update scheduled_tasks set execution_time = now() where task_name = ? and not picked")
				.param(task)
				.update()).as("task %s is scheduled and idle", task).isEqualTo(1);
		}
	}

	/** Waits until each task ran after being made due and is scheduled again later. */
	private static void awaitRan(String... tasks) {
		for (String task : tasks) {
			Eventually.await(task + " to run", Duration.ofSeconds(60), () -> jdbc.sql(
					"select count(*) from scheduled_tasks where task_name = ? and not picked and execution_time > now()")
				.param(task)
				.query(Long.class)
				.single() == 1, MultiNodeIntegrationTests::logs);
		}
	}

	private static HttpResponse<String> get(BackboardNode node, String path, String cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + node.port() + path))
			.timeout(Duration.ofSeconds(30));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		try {
			return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static String logs() {
		StringBuilder logs = new StringBuilder();
		for (BackboardNode node : new BackboardNode[] { a, b }) {
			if (node != null) {
				logs.append(node.log()).append('\n');
			}
		}
		if (opensearch != null) {
			logs.append(opensearch.log());
		}
		return logs.toString();
	}

	/**
	 * Made-up words that only one job's title holds, so a search finds exactly the jobs a
	 * test wrote.
	 */
	static final class Words {

		private Words() {
		}

		static String fresh() {
			StringBuilder word = new StringBuilder("zq");
			for (int i = 0; i < 10; i++) {
				word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
			}
			return word.toString();
		}

	}

	/**
	 * A company with an owner and an API token, written straight into the shared database
	 * (creating them through the pages needs two-factor enrollment, which is not what
	 * this test is about).
	 */
	record Employer(String email, String token) {

		static Employer create(JdbcClient jdbc) {
			String email = "owner-" + Words.fresh() + "@example.com";
			long owner = jdbc.sql("select nextval('user_account_seq')").query(Long.class).single();
			jdbc.sql("""
					insert into user_account (id, email, display_name, email_verified_at, created_at, updated_at)
					values (?, ?, 'Owner', now(), now(), now())""").params(owner, email).update();
			jdbc.sql("insert into user_role (user_id, role) values (?, 'EMPLOYER')").param(owner).update();
			long company = jdbc.sql("select nextval('company_seq')").query(Long.class).single();
			jdbc.sql(
					"insert into company (id, slug, name, website) values (?, ?, 'Multi Node Ltd', 'https://example.com')")
				.params(company, "multi-node-" + company)
				.update();
			jdbc.sql("insert into company_member (company_id, user_id, role, joined_at) values (?, ?, 'OWNER', now())")
				.params(company, owner)
				.update();
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			String token = "bb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
			jdbc.sql("""
					insert into api_token (company_id, name, token_hash, scopes, created_by, created_at)
					values (?, 'multi-node', ?, 'jobs:read jobs:write', ?, now())""")
				.params(company, sha256(token), owner)
				.update();
			return new Employer(email, token);
		}

		/** Posts a live job whose title holds the word, through that node's API. */
		long post(BackboardNode node, String word) {
			Map<String, Object> job = new LinkedHashMap<>();
			job.put("title", "Backend Engineer " + word);
			job.put("descriptionMarkdown", "Services on **PostgreSQL**, written in Kotlin.");
			job.put("workplaceType", "REMOTE");
			job.put("remoteCountries", List.of("DE", "NL"));
			job.put("employmentType", "FULL_TIME");
			job.put("seniority", "SENIOR");
			job.put("skills", List.of(Map.of("skill", "Kotlin"), Map.of("skill", "PostgreSQL")));
			job.put("applyUrl", "https://jobs.example/apply");
			job.put("submit", true);
			Api.Response response = node.api()
				.send("POST", "/api/v1/jobs",
						Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json"),
						JSON.writeValueAsString(job));
			if (response.status() != 201) {
				throw new IllegalStateException(
						"Not created on node " + node.name() + ": " + response.status() + " " + response.body());
			}
			JsonNode created = response.json();
			return created.get("id").asLong();
		}

		private static String sha256(String text) {
			try {
				return HexFormat.of()
					.formatHex(java.security.MessageDigest.getInstance("SHA-256")
						.digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
			}
			catch (java.security.NoSuchAlgorithmException ex) {
				throw new IllegalStateException(ex);
			}
		}

	}

}
