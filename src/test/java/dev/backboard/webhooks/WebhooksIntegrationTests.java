package dev.backboard.webhooks;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.applications.ApplicationForm;
import dev.backboard.applications.Applying;
import dev.backboard.applications.CandidateApplications;
import dev.backboard.applications.Pipeline;
import dev.backboard.applications.Stage;
import dev.backboard.billing.PaymentRefunded;
import dev.backboard.billing.PaymentSucceeded;
import dev.backboard.billing.PriceKind;
import dev.backboard.companies.ApiTokens;
import dev.backboard.companies.Companies;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyForm;
import dev.backboard.core.Actor;
import dev.backboard.jobs.ApplyMethod;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.MutableClock;
import dev.backboard.support.SampleJobs;
import dev.backboard.support.Users;
import dev.backboard.webhooks.internal.Dispatcher;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Webhooks end to end: endpoints made through the API, events from jobs and applications,
 * delivered over HTTP to a real local receiver that checks every signature with the
 * Standard Webhooks algorithm; retries on the schedule, disabling with a mail to the
 * owner, rotation, redelivery, and the refusal of private addresses and redirects. Only
 * 127.0.0.1 is allowed, for the receiver.
 */
@IntegrationTest
@TestPropertySource(
		properties = { "backboard.test.context=syndication-webhooks", "backboard.syndication.sitemap-file-size=3",
				"backboard.webhooks.allowed-addresses=127.0.0.1/32", "backboard.webhooks.require-https=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhooksIntegrationTests {

	static final JsonMapper JSON = JsonMapper.builder().build();

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Companies companies;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JobService jobs;

	@Autowired
	Applying applying;

	@Autowired
	Dispatcher dispatcher;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	Pipeline pipeline;

	@Autowired
	CandidateApplications candidateApplications;

	@Autowired
	MutableClock clock;

	@Autowired
	Mailbox mailbox;

	@Autowired
	WebhooksProperties properties;

	Receiver receiver;

	UserAccount owner;

	Company company;

	String token;

	@BeforeAll
	void companyWithAToken() {
		receiver = new Receiver();
		owner = users.create("hookowner", Role.EMPLOYER);
		company = companies.create(owner.getId(),
				new CompanyForm("Hooks " + System.nanoTime(), "https://example.com", "About us", null, null), null);
		token = tokens.create(company.getId(), owner.getId(), "hooks", List.of("jobs:read", "webhooks:write")).secret();
	}

	@AfterAll
	void stopReceiver() {
		receiver.close();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void deliversSignedJobEventsThatVerifyWithTheSpecsAlgorithm() {
		String secret = create("/jobs", List.of("job.published", "job.updated", "job.closed"));

		Job job = jobs.publish(company.getId(), details("Kotlin Engineer, Webhooks", ApplyMethod.URL));
		jobs.close(company.getId(), job.getId(), Actor.system());

		List<Receiver.Request> requests = receiver.await("/jobs", 2);
		for (Receiver.Request request : requests) {
			assertThat(StandardWebhooksVerifier.verifies(secret, request, clock.instant())).as(request.body()).isTrue();
			assertThat(request.header("webhook-id")).startsWith("msg_");
			assertThat(request.header("content-type")).startsWith("application/json");
		}
		// Delivered in no set order: the published one first here.
		requests = requests.stream()
			.sorted(java.util.Comparator.comparing(request -> !request.body().contains("\"job.published\"")))
			.toList();
		JsonNode published = JSON.readTree(requests.get(0).body());
		assertThat(published.get("type").asString()).isEqualTo("job.published");
		assertThat(published.get("version").asInt()).isEqualTo(1);
		assertThat(published.get("timestamp").asString()).isNotBlank();
		assertThat(published.get("data").get("job").get("id").asLong()).isEqualTo(job.getId());
		assertThat(published.get("data").get("job").get("url").asString()).endsWith("/jobs/" + job.getSlug());
		assertThat(JSON.readTree(requests.get(1).body()).get("type").asString()).isEqualTo("job.closed");
		assertThat(requests.get(0).header("webhook-id")).isNotEqualTo(requests.get(1).header("webhook-id"));

		Receiver.Request forged = new Receiver.Request("/jobs", requests.get(0).headers(),
				requests.get(0).body().replace("Webhooks", "Forged"));
		assertThat(StandardWebhooksVerifier.verifies(secret, forged, clock.instant())).isFalse();
	}

	@Test
	void tellsTheCompanyOfItsPaymentsAndRefunds() {
		String secret = create("/payments", List.of("payment.succeeded", "payment.refunded"));
		Instant now = clock.instant();

		transactions.executeWithoutResult(status -> {
			events.publishEvent(new PaymentSucceeded(41, company.getId(), null, PriceKind.PACKAGE, 39_900, "usd", now));
			events.publishEvent(
					new PaymentRefunded(41, company.getId(), null, PriceKind.PACKAGE, 39_900, "usd", true, now));
		});

		List<Receiver.Request> requests = receiver.await("/payments", 2);
		for (Receiver.Request request : requests) {
			assertThat(StandardWebhooksVerifier.verifies(secret, request, clock.instant())).as(request.body()).isTrue();
		}
		// Two events of one transaction: each is delivered on its own, in no set order.
		Map<String, JsonNode> byType = requests.stream()
			.map(request -> JSON.readTree(request.body()))
			.collect(Collectors.toMap(payload -> payload.get("type").asString(), payload -> payload.get("data")));
		assertThat(byType).containsOnlyKeys("payment.succeeded", "payment.refunded");
		JsonNode paid = byType.get("payment.succeeded").get("payment");
		assertThat(paid.get("orderId").asLong()).isEqualTo(41);
		assertThat(paid.get("amount").asLong()).isEqualTo(39_900);
		assertThat(paid.get("kind").asString()).isEqualTo("PACKAGE");
		assertThat(byType.get("payment.refunded").get("payment").get("full").asBoolean()).isTrue();
	}

	@Test
	void sendsApplicationEventsOnlyToEndpointsThatChoseThem() {
		String secret = create("/applications", List.of("application.created"));
		create("/published-only", List.of("job.published"));
		int publishedBefore = receiver.at("/published-only").size();
		Job job = jobs.publish(company.getId(), details("Kotlin Engineer", ApplyMethod.BACKBOARD));
		receiver.await("/published-only", publishedBefore + 1);
		UserAccount candidate = users.create("applicant", Role.CANDIDATE);

		long application = applying
			.submit(job, candidate.getId(), candidate.getEmail(),
					new ApplicationForm("Applicant", "", null, "", Map.of(), true))
			.applicationId();

		Receiver.Request request = receiver.await("/applications", 1).get(0);
		assertThat(StandardWebhooksVerifier.verifies(secret, request, clock.instant())).isTrue();
		JsonNode payload = JSON.readTree(request.body());
		assertThat(payload.get("type").asString()).isEqualTo("application.created");
		assertThat(payload.get("data").get("application").get("id").asLong()).isEqualTo(application);
		assertThat(payload.get("data").get("application").get("stage").asString()).isEqualTo("NEW");
		assertThat(request.body()).doesNotContain(candidate.getEmail());
		assertThat(receiver.at("/published-only")).hasSize(publishedBefore + 1);
	}

	@Test
	void sendsEveryKindOfJobAndApplicationEvent() {
		String secret = create("/all", WebhookEvent.subscribable().stream().map(WebhookEvent::type).toList());
		// Published long enough ago that it is the only job the expiry below takes down.
		clock.set(clock.instant().minus(Duration.ofDays(60)));
		Job job = jobs.publish(company.getId(), details("Kotlin Engineer, Events", ApplyMethod.BACKBOARD));
		clock.reset();
		jobs.revise(job.getId(), details("Kotlin Engineer, Events and Streams", ApplyMethod.BACKBOARD));
		UserAccount candidate = users.create("eventsapplicant", Role.CANDIDATE);
		long application = applying
			.submit(jobs.findForCompany(company.getId(), job.getId()), candidate.getId(), candidate.getEmail(),
					new ApplicationForm("Applicant", "", null, "", Map.of(), true))
			.applicationId();
		pipeline.move(company.getId(), List.of(application), Stage.INTERVIEW, Actor.system());
		candidateApplications.withdraw(candidate.getId(), application);
		assertThat(jobs.expireDue()).isEqualTo(1);

		List<Receiver.Request> requests = receiver.await("/all", 6);
		assertThat(requests).allSatisfy(request -> assertThat(StandardWebhooksVerifier.verifies(secret, request,
				java.time.Instant.ofEpochSecond(Long.parseLong(request.header("webhook-timestamp")))))
			.isTrue());
		// Each event is delivered on its own, in no set order (receivers order by
		// timestamp).
		Map<String, JsonNode> byType = requests.stream()
			.map(request -> JSON.readTree(request.body()))
			.collect(Collectors.toMap(payload -> payload.get("type").asString(), payload -> payload.get("data")));
		assertThat(byType).containsOnlyKeys("job.published", "job.updated", "application.created",
				"application.stage_changed", "application.withdrawn", "job.expired");
		assertThat(byType.get("job.updated").get("job").get("title").asString())
			.isEqualTo("Kotlin Engineer, Events and Streams");
		JsonNode moved = byType.get("application.stage_changed").get("application");
		assertThat(moved.get("stage").asString()).isEqualTo("INTERVIEW");
		assertThat(moved.get("previousStage").asString()).isEqualTo("NEW");
		assertThat(byType.get("job.expired").get("job").get("status").asString()).isEqualTo("EXPIRED");
	}

	@Test
	void retriesOnTheScheduleThenDisablesTheEndpointAndMailsTheOwner() {
		receiver.answer("/down", 503);
		String secret = create("/down", List.of("job.expired"));
		long endpoint = endpointId("/down");
		long delivery = api("POST", "/api/v1/webhooks/" + endpoint + "/test", null).json().get("deliveryId").asLong();
		receiver.await("/down", 1);

		List<Duration> schedule = properties.retrySchedule();
		for (int attempt = 0; attempt < schedule.size(); attempt++) {
			settled(endpoint);
			clock.set(clock.instant().plus(schedule.get(attempt)).minusSeconds(1));
			dispatcher.deliverPending();
			assertThat(receiver.at("/down")).as("not yet due").hasSize(attempt + 1);
			clock.set(clock.instant().plusSeconds(1));
			dispatcher.deliverPending();
			receiver.await("/down", attempt + 2);
		}

		assertThat(receiver.at("/down")).hasSize(schedule.size() + 1)
			.allSatisfy(
					// Each attempt is signed at its own time, which the clock has left
					// behind.
					request -> assertThat(StandardWebhooksVerifier.verifies(secret, request,
							java.time.Instant.ofEpochSecond(Long.parseLong(request.header("webhook-timestamp")))))
						.isTrue())
			.extracting(request -> request.header("webhook-id"))
			.containsOnly(receiver.at("/down").get(0).header("webhook-id"));
		JsonNode endpointNow = eventually(() -> api("GET", "/api/v1/webhooks/" + endpoint, null).json(),
				node -> !node.get("enabled").asBoolean());
		assertThat(endpointNow.get("disabledReason").asString()).contains("503");
		JsonNode log = eventually(() -> deliveries(endpoint),
				node -> node.get(0).get("state").asString().equals("FAILED"));
		assertThat(log.get(0).get("id").asLong()).isEqualTo(delivery);
		assertThat(log.get(0).get("state").asString()).isEqualTo("FAILED");
		assertThat(log.get(0).get("lastStatus").asInt()).isEqualTo(503);
		assertThat(log.get(0).get("attempts").asInt()).isEqualTo(schedule.size() + 1);
		assertThat(mailbox
			.waitForSubject(owner.getEmail(), "Webhook endpoint disabled: " + receiver.url("127.0.0.1", "/down"))
			.text()).contains("503").contains("/employer/webhooks/" + endpoint);

		clock.set(clock.instant().plus(Duration.ofDays(1)));
		dispatcher.deliverPending();
		assertThat(receiver.at("/down")).as("nothing goes to a disabled endpoint").hasSize(schedule.size() + 1);
		receiver.answer("/down", 200);
		api("POST", "/api/v1/webhooks/" + endpoint + "/enable", null);
		api("POST", "/api/v1/webhooks/" + endpoint + "/deliveries/" + delivery + "/redeliver", null);
		receiver.await("/down", schedule.size() + 2);
	}

	@Test
	void signsWithBothSecretsWhileARotationOverlapsAndRedeliversWithTheSameId() {
		String old = create("/rotating", List.of("job.published"));
		long endpoint = endpointId("/rotating");

		Api.Response rotated = api("POST", "/api/v1/webhooks/" + endpoint + "/rotate-secret", null);
		String fresh = rotated.json().get("secret").asString();
		assertThat(fresh).startsWith("whsec_").isNotEqualTo(old);
		api("POST", "/api/v1/webhooks/" + endpoint + "/test", null);
		Receiver.Request during = receiver.await("/rotating", 1).get(0);

		assertThat(during.header("webhook-signature").split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
		assertThat(StandardWebhooksVerifier.verifies(old, during, clock.instant())).isTrue();
		assertThat(StandardWebhooksVerifier.verifies(fresh, during, clock.instant())).isTrue();
		assertThat(JSON.readTree(during.body()).get("type").asString()).isEqualTo("webhook.test");

		clock.set(clock.instant().plus(properties.rotationOverlap()).plusSeconds(1));
		long delivery = eventually(() -> deliveries(endpoint),
				node -> node.get(0).get("state").asString().equals("DELIVERED"))
			.get(0)
			.get("id")
			.asLong();
		api("POST", "/api/v1/webhooks/" + endpoint + "/deliveries/" + delivery + "/redeliver", null);
		Receiver.Request after = receiver.await("/rotating", 2).get(1);

		assertThat(after.header("webhook-id")).isEqualTo(during.header("webhook-id"));
		assertThat(after.header("webhook-signature").split(" ")).hasSize(1);
		assertThat(StandardWebhooksVerifier.verifies(fresh, after, clock.instant())).isTrue();
		assertThat(StandardWebhooksVerifier.verifies(old, after, clock.instant())).isFalse();
	}

	@Test
	void refusesPrivateLoopbackLinkLocalAndMetadataAddresses() {
		for (String url : List.of("http://127.0.0.2:" + receiver.port() + "/x",
				"http://169.254.169.254/latest/meta-data/", "http://10.0.0.8/hook", "http://192.168.1.1/hook",
				"http://172.16.0.1/hook", "http://100.64.0.1/hook", "http://0.0.0.0:" + receiver.port() + "/x",
				"http://[::1]:" + receiver.port() + "/x", "http://[::ffff:169.254.169.254]/x",
				"http://[fd00:ec2::254]/x", "http://[fe80::1]/x", "http://localhost:" + receiver.port() + "/x")) {
			Api.Response response = api("POST", "/api/v1/webhooks", body(url, List.of("job.published")));
			assertThat(response.status()).as(url).isEqualTo(400);
			assertThat(response.json().get("errors").get(0).get("parameter").asString()).as(url).isEqualTo("url");
		}
		assertThat(receiver.at("/x")).isEmpty();
	}

	@Test
	void doesNotFollowARedirectToAPrivateAddress() {
		receiver.redirect("/redirecting", receiver.url("127.0.0.2", "/inside"));
		create("/redirecting", List.of("job.published"));
		long endpoint = endpointId("/redirecting");

		api("POST", "/api/v1/webhooks/" + endpoint + "/test", null);
		receiver.await("/redirecting", 1);
		dispatcher.deliverPending();

		JsonNode log = eventually(() -> deliveries(endpoint), node -> node.get(0).get("lastStatus").isNumber());
		assertThat(log.get(0).get("state").asString()).isEqualTo("PENDING");
		assertThat(log.get(0).get("lastStatus").asInt()).isEqualTo(302);
		assertThat(log.get(0).get("lastError").asString()).contains("redirects are not followed");
		assertThat(receiver.at("/inside")).isEmpty();
	}

	@Test
	void refusesBadInputNamingTheFieldAndAnotherCompanysEndpointIsNotFound() {
		Api.Response noEvents = api("POST", "/api/v1/webhooks", body(receiver.url("127.0.0.1", "/n"), List.of()));
		assertThat(noEvents.status()).isEqualTo(400);
		assertThat(noEvents.json().get("errors").get(0).get("parameter").asString()).isEqualTo("events");
		Api.Response unknown = api("POST", "/api/v1/webhooks",
				body(receiver.url("127.0.0.1", "/n"), List.of("job.exploded")));
		assertThat(unknown.status()).isEqualTo(400);
		assertThat(api("POST", "/api/v1/webhooks", "{not json").status()).isEqualTo(400);

		create("/mine", List.of("job.published"));
		long mine = endpointId("/mine");
		UserAccount other = users.create("otherowner", Role.EMPLOYER);
		Company otherCompany = companies.create(other.getId(),
				new CompanyForm("Other " + System.nanoTime(), "https://example.org", "About", null, null), null);
		String otherToken = tokens.create(otherCompany.getId(), other.getId(), "o", List.of("webhooks:write")).secret();
		Api.Response foreign = new Api(port).send("GET", "/api/v1/webhooks/" + mine,
				Map.of("Authorization", "Bearer " + otherToken));
		assertThat(foreign.status()).isEqualTo(404);
		String jobsOnly = tokens.create(company.getId(), owner.getId(), "jobs", List.of("jobs:read")).secret();
		assertThat(
				new Api(port).send("GET", "/api/v1/webhooks", Map.of("Authorization", "Bearer " + jobsOnly)).status())
			.isEqualTo(403);
	}

	/** Waits until the latest attempt is written down: retried later, or given up. */
	private void settled(long endpoint) {
		eventually(() -> deliveries(endpoint).get(0), delivery -> !delivery.get("state").asString().equals("PENDING")
				|| java.time.Instant.parse(delivery.get("nextAttemptAt").asString()).isAfter(clock.instant()));
	}

	private JsonNode deliveries(long endpoint) {
		return api("GET", "/api/v1/webhooks/" + endpoint + "/deliveries", null).json().get("deliveries");
	}

	/** Waits until the delivery side has written down what the receiver saw. */
	private static <T> T eventually(java.util.function.Supplier<T> read, java.util.function.Predicate<T> done) {
		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		T value = read.get();
		while (!done.test(value)) {
			if (System.nanoTime() > deadline) {
				throw new AssertionError("Still " + value);
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError(ex);
			}
			value = read.get();
		}
		return value;
	}

	private String create(String path, List<String> events) {
		Api.Response response = api("POST", "/api/v1/webhooks", body(receiver.url("127.0.0.1", path), events));
		assertThat(response.status()).as(response.body()).isEqualTo(201);
		assertThat(response.header("Location")).startsWith("/api/v1/webhooks/");
		return response.json().get("secret").asString();
	}

	private long endpointId(String path) {
		for (JsonNode endpoint : api("GET", "/api/v1/webhooks", null).json().get("endpoints")) {
			if (endpoint.get("url").asString().endsWith(path)) {
				return endpoint.get("id").asLong();
			}
		}
		throw new AssertionError("No endpoint for " + path);
	}

	private static String body(String url, List<String> events) {
		return JSON.writeValueAsString(Map.of("url", url, "description", "test", "events", events));
	}

	private Api.Response api(String method, String path, String body) {
		Map<String, String> headers = body == null ? Map.of("Authorization", "Bearer " + token)
				: Map.of("Authorization", "Bearer " + token, "Content-Type", "application/json");
		return new Api(port).send(method, path, headers, body);
	}

	private static JobDetails details(String title, ApplyMethod apply) {
		JobDetails details = SampleJobs
			.job(title, "Services in Kotlin.", WorkplaceType.REMOTE, List.of(), Seniority.SENIOR, null,
					List.of(new JobSkill("kotlin", true)))
			.build();
		return new JobDetails(details.title(), details.descriptionMarkdown(), details.locations(),
				details.workplaceType(), details.remoteCountries(), details.timezoneMin(), details.timezoneMax(),
				details.employmentType(), details.seniority(), details.salary(), details.visaSponsorship(),
				details.relocation(), details.skills(), "https://example.com/apply", null, apply);
	}

}
