package dev.backboard.webhooks;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.Companies;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyForm;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.MemberRole;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dashboard's webhook pages over HTTP: an owner adds an endpoint, copies its secret,
 * sends a test event and reads the result in the delivery log; bad input is shown next to
 * its field; recruiters are refused.
 */
@IntegrationTest
@TestPropertySource(
		properties = { "backboard.test.context=syndication-webhooks", "backboard.syndication.sitemap-file-size=3",
				"backboard.webhooks.allowed-addresses=127.0.0.1/32", "backboard.webhooks.require-https=false" })
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WebhookPagesIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Companies companies;

	@Autowired
	CompanyMembers members;

	@Autowired
	MutableClock clock;

	Receiver receiver;

	WebSession owner;

	UserAccount recruiter;

	@BeforeAll
	void ownerSignedIn() {
		receiver = new Receiver();
		UserAccount account = users.create("pageowner", Role.EMPLOYER);
		Company company = companies.create(account.getId(),
				new CompanyForm("Pages " + System.nanoTime(), "https://example.com", "About us", null, null), null);
		recruiter = users.create("pagerecruiter", Role.EMPLOYER);
		members.add(company.getId(), recruiter.getId(), MemberRole.RECRUITER);
		owner = users.signIn(port, account);
	}

	@AfterAll
	void stopReceiver() {
		receiver.close();
	}

	@Test
	void anOwnerAddsAnEndpointSendsATestEventAndSeesItDelivered() {
		String url = receiver.url("127.0.0.1", "/page");
		Api.Response created = owner.submit("/employer/webhooks", "#webhook-form",
				Map.of("url", url, "description", "ATS", "events", "job.published"));

		assertThat(created.status()).isEqualTo(200);
		Document page = org.jsoup.Jsoup.parse(created.body());
		String secret = page.select("#new-secret code").text();
		assertThat(secret).startsWith("whsec_");
		String endpointPath = page.select("#send-test").attr("action").replace("/test", "");
		assertThat(owner.get(endpointPath).body()).doesNotContain(secret).contains(url);

		assertThat(owner.submit(endpointPath, "#send-test", Map.of()).status()).isEqualTo(302);
		Receiver.Request request = receiver.await("/page", 1).get(0);
		assertThat(StandardWebhooksVerifier.verifies(secret, request, clock.instant())).isTrue();

		long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
		String log;
		do {
			log = owner.page(endpointPath).select("table.deliveries").text();
		}
		while (!log.contains("Delivered") && System.nanoTime() < deadline);
		assertThat(log).contains("webhook.test")
			.contains("HTTP 204")
			.contains("Delivered")
			.contains(request.header("webhook-id"));
		assertThat(owner.page("/employer/webhooks").text()).contains(url);
	}

	@Test
	void showsWhyAnEndpointIsRefusedNextToTheField() {
		Api.Response refused = owner.submit("/employer/webhooks", "#webhook-form",
				Map.of("url", "http://169.254.169.254/latest/meta-data/", "events", "job.published"));

		assertThat(refused.status()).isEqualTo(400);
		Document page = org.jsoup.Jsoup.parse(refused.body());
		assertThat(page.select("#url-error").text()).contains("private");
		assertThat(page.select("#url").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#url").attr("value")).isEqualTo("http://169.254.169.254/latest/meta-data/");

		Api.Response noEvents = owner.submit("/employer/webhooks", "#webhook-form",
				Map.of("url", receiver.url("127.0.0.1", "/none")));
		assertThat(noEvents.status()).isEqualTo(400);
		assertThat(org.jsoup.Jsoup.parse(noEvents.body()).select("#events-error").text()).contains("at least one");
	}

	@Test
	void recruitersCannotManageWebhooks() {
		WebSession session = users.signIn(port, recruiter);

		assertThat(session.get("/employer/webhooks").status()).isEqualTo(403);
		assertThat(List.of(
				session
					.post("/employer/webhooks", Map.of("_csrf", session.csrfToken("/account"), "url",
							receiver.url("127.0.0.1", "/r"), "events", "job.published"))
					.status()))
			.containsExactly(403);
	}

}
