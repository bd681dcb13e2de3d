package dev.backboard.moderation;

import java.net.InetAddress;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.core.ratelimit.RateLimits;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.JobStatus;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.RawHttp;
import dev.backboard.support.SampleJobs;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

// The lifecycle context: the jobs these tests publish must not change what the shared
// sample searches find.
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=lifecycle")
class ReportIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	CompanyRepository companies;

	@Autowired
	JobService jobs;

	@Autowired
	RateLimits limits;

	@Autowired
	JdbcClient jdbc;

	@BeforeEach
	void forgetEarlierReports() {
		// Every test reports from this machine; each starts with a full allowance.
		for (String ip : List.of("127.0.0.1", "0:0:0:0:0:0:0:1")) {
			limits.reset(Reports.LIMIT, ip);
		}
	}

	@Test
	void anAnonymousReportIsStoredListedForModeratorsAndCanCloseTheJob() {
		Job job = publishedJob("Backend Engineer, Payouts");
		WebSession visitor = new WebSession(port);
		assertThat(visitor.page("/jobs/" + job.getSlug()).select("a[href=/jobs/" + job.getSlug() + "/report]"))
			.isNotEmpty();

		Api.Response reported = visitor.submit("/jobs/" + job.getSlug() + "/report", "form.report-form",
				Map.of("reason", "SCAM", "details", "Asks candidates for their bank details."));

		assertThat(reported.status()).isEqualTo(302);
		assertThat(reported.header("Location")).endsWith("/jobs/" + job.getSlug() + "?reported");
		assertThat(visitor.page("/jobs/" + job.getSlug() + "?reported").select(".report-job .notice").text())
			.contains("Thank you");
		Map<String, Object> row = jdbc
			.sql("select reason, details, reporter_account_id, ip_hash from job_report where job_id = :job")
			.param("job", job.getId())
			.query()
			.singleRow();
		assertThat(row).containsEntry("reason", "SCAM").containsEntry("reporter_account_id", null);
		assertThat((String) row.get("ip_hash")).hasSize(64).doesNotContain("127.0.0.1");

		UserAccount moderator = users.create("Mira", Role.MODERATOR);
		WebSession moderation = users.signIn(port, moderator);
		Element report = moderation.page("/moderation")
			.select(".reports li:contains(Asks candidates for their bank details.)")
			.first();
		assertThat(report).isNotNull();
		assertThat(report.text()).contains("A scam or fraud").contains("Backend Engineer, Payouts");

		Api.Response closed = moderation.submit("/moderation", "#" + report.id() + " form[action$=/close-job]",
				Map.of());

		assertThat(closed.status()).isEqualTo(302);
		assertThat(jobs.findForModeration(job.getId()).getStatus()).isEqualTo(JobStatus.CLOSED);
		assertThat(jobs.transitions(job.getId()).getLast().actorAccountId()).isEqualTo(moderator.getId());
		assertThat(moderation.page("/moderation").select("#" + report.id())).isEmpty();
		assertThat(jdbc.sql("select resolved_by, resolution from job_report where job_id = :job")
			.param("job", job.getId())
			.query()
			.singleRow()).containsEntry("resolved_by", moderator.getId()).containsEntry("resolution", "JOB_CLOSED");
	}

	@Test
	void aDismissedReportLeavesTheJobLive() {
		Job job = publishedJob("Platform Engineer, Billing");
		UserAccount reporter = users.create("Rita", Role.CANDIDATE);
		WebSession signedIn = users.signIn(port, reporter);
		signedIn.submit("/jobs/" + job.getSlug() + "/report", "form.report-form",
				Map.of("reason", "EXPIRED", "details", "Dismiss me " + job.getId()));
		assertThat(jdbc.sql("select reporter_account_id from job_report where job_id = :job")
			.param("job", job.getId())
			.query(Long.class)
			.single()).isEqualTo(reporter.getId());

		UserAccount moderator = users.create("Moe", Role.MODERATOR);
		WebSession moderation = users.signIn(port, moderator);
		Element report = moderation.page("/moderation")
			.select(".reports li:contains(Dismiss me " + job.getId() + ")")
			.first();
		assertThat(report).isNotNull();
		moderation.submit("/moderation", "#" + report.id() + " form[action$=/dismiss]", Map.of());

		assertThat(jobs.findForModeration(job.getId()).getStatus()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(jdbc.sql("select resolution from job_report where job_id = :job")
			.param("job", job.getId())
			.query(String.class)
			.single()).isEqualTo("DISMISSED");
	}

	@Test
	void reportsFromOneAddressAreLimited() {
		Job job = publishedJob("Data Engineer, Ledger");
		WebSession visitor = new WebSession(port);
		String token = visitor.csrfToken("/jobs/" + job.getSlug() + "/report");

		for (int i = 0; i < 5; i++) {
			Api.Response accepted = visitor.post("/jobs/" + job.getSlug() + "/report",
					Map.of("_csrf", token, "reason", "SPAM"));
			assertThat(accepted.status()).as("report " + (i + 1)).isEqualTo(302);
		}
		Api.Response refused = visitor.post("/jobs/" + job.getSlug() + "/report",
				Map.of("_csrf", token, "reason", "SPAM"));

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isNotBlank();
		assertThat(jdbc.sql("select count(*) from job_report where job_id = :job")
			.param("job", job.getId())
			.query(Long.class)
			.single()).isEqualTo(5);
	}

	@Test
	void anotherForwardedForDoesNotEscapeTheLimitOfAPeerThatIsNoProxy() {
		InetAddress network = RawHttp.nonLoopbackAddress().orElse(null);
		assumeTrue(network != null, "this machine has a network address besides loopback");
		limits.reset(Reports.LIMIT, network.getHostAddress());
		Job job = publishedJob("Platform Engineer, Ledger");
		WebSession visitor = WebSession.from(network, port);
		String token = visitor.csrfToken("/jobs/" + job.getSlug() + "/report");

		for (int i = 0; i < 6; i++) {
			visitor.header("X-Forwarded-For", "203.0.113." + (i + 1));
			Api.Response response = visitor.post("/jobs/" + job.getSlug() + "/report",
					Map.of("_csrf", token, "reason", "SPAM"));
			assertThat(response.status()).as("report " + (i + 1)).isEqualTo(i < 5 ? 302 : 429);
		}
	}

	@Test
	void behindTheConfiguredProxyEachForwardedClientHasItsOwnLimit() {
		Job job = publishedJob("Platform Engineer, Payouts");
		WebSession visitor = new WebSession(port);
		String token = visitor.csrfToken("/jobs/" + job.getSlug() + "/report");
		for (int i = 0; i < 5; i++) {
			visitor.post("/jobs/" + job.getSlug() + "/report", Map.of("_csrf", token, "reason", "SPAM"));
		}

		limits.reset(Reports.LIMIT, "203.0.113.250");
		visitor.header("X-Forwarded-For", "203.0.113.250");
		Api.Response sixth = visitor.post("/jobs/" + job.getSlug() + "/report",
				Map.of("_csrf", token, "reason", "SPAM"));

		assertThat(sixth.status()).isEqualTo(302);
	}

	@Test
	void aReportNeedsItsCsrfTokenAReasonAndShortDetails() {
		Job job = publishedJob("Search Engineer, Catalog");
		WebSession visitor = new WebSession(port);

		assertThat(visitor.post("/jobs/" + job.getSlug() + "/report", Map.of("reason", "SPAM")).status())
			.isEqualTo(403);
		Api.Response tooLong = visitor.submit("/jobs/" + job.getSlug() + "/report", "form.report-form",
				Map.of("reason", "OTHER", "details", "x".repeat(1001)));
		assertThat(tooLong.status()).isEqualTo(200);
		assertThat(tooLong.body()).contains("id=\"report-details-error\"");
		Api.Response noReason = visitor.submit("/jobs/" + job.getSlug() + "/report", "form.report-form",
				Map.of("reason", "BORED"));
		assertThat(noReason.body()).contains("id=\"reason-error\"");
		assertThat(jdbc.sql("select count(*) from job_report where job_id = :job")
			.param("job", job.getId())
			.query(Long.class)
			.single()).isZero();
	}

	private Job publishedJob(String title) {
		Company company = companies.save(new Company("Reported Co " + System.nanoTime(), null, null, Instant.now()));
		return jobs.publish(company.getId(),
				SampleJobs
					.job(title, "Services on PostgreSQL.", WorkplaceType.REMOTE, List.of(), Seniority.MID, null,
							List.of(new JobSkill("postgresql", true)))
					.build());
	}

}
