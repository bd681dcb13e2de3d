package dev.backboard.stilllive;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.Companies;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyForm;
import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.JobStatus;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.imports.AtsStandIn;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.MutableClock;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.head;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The still-live check against a local stand-in for an employer's careers site (WireMock)
 * with a real SMTP server: 404 or 410 flags a job for its employer and moderators and
 * mails the owners once; gone again a day later closes it; a later live answer clears the
 * flag; the employer's "the page is fine" stops the flags until the URL changes. Server
 * errors, time-outs, a redirect to a private address and a page robots.txt disallows
 * never flag, and imported jobs are not asked at all. Postings on Greenhouse, Lever and
 * Ashby boards are asked of the vendor's API (a local stand-in in the documented shapes);
 * a page answering 200 that says the job is closed flags, and closes when it says so
 * again a day later.
 */
@IntegrationTest
@TestPropertySource(properties = { "backboard.test.context=still-live",
		"backboard.still-live.allowed-addresses=127.0.0.1/32", "backboard.still-live.per-host-delay=0s",
		"backboard.still-live.response-timeout=3s", "backboard.still-live.batch-size=1000" })
@ContextConfiguration(initializers = AtsStandIn.Initializer.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class StillLiveIntegrationTests {

	final WireMockServer site = new WireMockServer(options().dynamicPort());

	final AtsStandIn ats = AtsStandIn.shared();

	@LocalServerPort
	int port;

	@Autowired
	StillLive stillLive;

	@Autowired
	JobService jobs;

	@Autowired
	Users users;

	@Autowired
	Companies companies;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@BeforeAll
	void aCareersSite() {
		site.start();
		site.stubFor(get("/robots.txt").willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/plain")
			.withBody("User-agent: *\nDisallow: /private/\n")));
	}

	@AfterAll
	void stop() {
		site.stop();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void aPageGoneTwiceADayApartFlagsThenClosesTheJob() {
		Employer employer = employer();
		Job job = published(employer, "/careers/closing");
		site.stubFor(head(urlPathEqualTo("/careers/closing")).willReturn(aResponse().withStatus(404)));

		stillLive.checkDue();

		assertThat(lastCheck(job)).containsEntry("verdict", "GONE").containsEntry("http_status", 404);
		assertThat(flagStatus(job)).isEqualTo(404);
		Mailbox.Received mail = mailbox.waitForSubject(employer.owner().getEmail(), "seems to be gone");
		assertThat(mail.text()).contains(url("/careers/closing"), "HTTP 404");
		Document dashboard = users.signIn(port, employer.owner()).page("/employer");
		assertThat(dashboard.select("#job-" + job.getId() + " .job-notice").text()).contains(url("/careers/closing"),
				"HTTP 404");
		WebSession moderator = users.signIn(port, users.create("Moderator", Role.MODERATOR));
		assertThat(moderator.page("/moderation").select("#gone-" + job.getId()).text()).contains(job.getTitle(),
				url("/careers/closing"), "404");

		clock.set(clock.instant().plus(Duration.ofHours(12)));
		stillLive.checkDue();
		assertThat(status(job)).isEqualTo(JobStatus.PUBLISHED);
		assertThat(mailbox.to(employer.owner().getEmail())).hasSize(1);

		clock.set(clock.instant().plus(Duration.ofHours(13)));
		stillLive.checkDue();

		assertThat(status(job)).isEqualTo(JobStatus.CLOSED);
		assertThat(jobs.transitions(job.getId()).getLast().reason()).contains("gone", url("/careers/closing"));
		assertThat(jobs.transitions(job.getId()).getLast().actor()).isEqualTo("Backboard");
		assertThat(mailbox.waitForSubject(employer.owner().getEmail(), "We closed").text())
			.contains(url("/careers/closing"));
	}

	@Test
	void aPageAnswering410IsGone() {
		Employer employer = employer();
		Job job = published(employer, "/careers/gone-410");
		site.stubFor(head(urlPathEqualTo("/careers/gone-410")).willReturn(aResponse().withStatus(410)));

		stillLive.checkDue();

		assertThat(flagStatus(job)).isEqualTo(410);
	}

	@Test
	void serverErrorsAndTimeOutsNeverFlagNorClose() {
		Employer employer = employer();
		Job failing = published(employer, "/careers/error");
		Job slow = published(employer, "/careers/slow");
		site.stubFor(head(urlPathEqualTo("/careers/error")).willReturn(aResponse().withStatus(500)));
		site.stubFor(
				head(urlPathEqualTo("/careers/slow")).willReturn(aResponse().withStatus(404).withFixedDelay(8000)));

		stillLive.checkDue();
		clock.set(clock.instant().plus(Duration.ofHours(25)));
		stillLive.checkDue();

		assertThat(lastCheck(failing)).containsEntry("verdict", "UNKNOWN").containsEntry("http_status", 500);
		assertThat(lastCheck(slow)).containsEntry("verdict", "UNKNOWN").containsEntry("http_status", null);
		assertThat((String) lastCheck(slow).get("detail")).contains("no answer in time");
		assertThat(flagStatus(failing)).isNull();
		assertThat(flagStatus(slow)).isNull();
		assertThat(status(failing)).isEqualTo(JobStatus.PUBLISHED);
		assertThat(status(slow)).isEqualTo(JobStatus.PUBLISHED);
		assertThat(mailbox.to(employer.owner().getEmail())).isEmpty();
	}

	@Test
	void aPageRobotsTxtDisallowsIsNotAsked() {
		Employer employer = employer();
		Job job = published(employer, "/private/job-1");
		site.stubFor(any(urlPathEqualTo("/private/job-1")).willReturn(aResponse().withStatus(404)));

		stillLive.checkDue();

		assertThat(lastCheck(job)).containsEntry("verdict", "DISALLOWED");
		assertThat(flagStatus(job)).isNull();
		site.verify(0, anyRequestedFor(urlPathEqualTo("/private/job-1")));
	}

	@Test
	void aSiteRefusingHeadIsAskedWithGet() {
		Employer employer = employer();
		Job job = published(employer, "/careers/no-head");
		site.stubFor(head(urlPathEqualTo("/careers/no-head")).willReturn(aResponse().withStatus(405)));
		site.stubFor(get(urlPathEqualTo("/careers/no-head")).willReturn(aResponse().withStatus(404)));

		stillLive.checkDue();

		assertThat(lastCheck(job)).containsEntry("verdict", "GONE").containsEntry("http_status", 404);
		assertThat(flagStatus(job)).isEqualTo(404);
		site.verify(getRequestedFor(urlPathEqualTo("/careers/no-head")));
	}

	@Test
	void aPageThatSendsVisitorsOnToTheBoardsListIsGoneLikeAClosedGreenhousePosting() {
		Employer employer = employer();
		Job job = published(employer, "/acme/jobs/4242");
		site.stubFor(head(urlPathEqualTo("/acme/jobs/4242"))
			.willReturn(aResponse().withStatus(302).withHeader("Location", url("/acme?error=true"))));
		site.stubFor(head(urlPathEqualTo("/acme")).willReturn(aResponse().withStatus(200)));

		stillLive.checkDue();

		assertThat(lastCheck(job)).containsEntry("verdict", "GONE").containsEntry("http_status", 302);
		assertThat((String) lastCheck(job).get("detail")).contains(url("/acme?error=true"), "list of jobs");
		assertThat(flagStatus(job)).isEqualTo(302);
		assertThat(mailbox.waitForSubject(employer.owner().getEmail(), "seems to be gone").text())
			.contains(url("/acme/jobs/4242"), "HTTP 302", "sends visitors on to");
	}

	@Test
	void aRedirectToTheSamePageElsewhereOrDeeperIsLive() {
		Employer employer = employer();
		Job slash = published(employer, "/careers/7");
		Job moved = published(employer, "/old/careers/8");
		site.stubFor(head(urlPathEqualTo("/careers/7"))
			.willReturn(aResponse().withStatus(301).withHeader("Location", url("/careers/7/"))));
		site.stubFor(any(urlPathEqualTo("/careers/7/")).willReturn(aResponse().withStatus(200)));
		site.stubFor(head(urlPathEqualTo("/old/careers/8"))
			.willReturn(aResponse().withStatus(301).withHeader("Location", url("/careers/8"))));
		site.stubFor(any(urlPathEqualTo("/careers/8")).willReturn(aResponse().withStatus(200)));

		stillLive.checkDue();

		assertThat(lastCheck(slash)).containsEntry("verdict", "LIVE");
		assertThat(lastCheck(moved)).containsEntry("verdict", "LIVE");
		assertThat(flagStatus(slash)).isNull();
		assertThat(flagStatus(moved)).isNull();
	}

	@Test
	void aRedirectToAPrivateAddressIsRefusedAndSaysNothing() {
		Employer employer = employer();
		Job job = published(employer, "/careers/moved");
		site.stubFor(head(urlPathEqualTo("/careers/moved")).willReturn(
				aResponse().withStatus(302).withHeader("Location", "http://169.254.169.254/latest/meta-data/")));

		stillLive.checkDue();

		assertThat(lastCheck(job)).containsEntry("verdict", "UNKNOWN");
		assertThat((String) lastCheck(job).get("detail")).contains("refused", "169.254.169.254");
		assertThat(flagStatus(job)).isNull();
	}

	@Test
	void aRedirectToAPageThatIsGoneFlags() {
		Employer employer = employer();
		Job job = published(employer, "/careers/old");
		site.stubFor(head(urlPathEqualTo("/careers/old"))
			.willReturn(aResponse().withStatus(301).withHeader("Location", "/careers/new")));
		site.stubFor(head(urlPathEqualTo("/careers/new")).willReturn(aResponse().withStatus(404)));

		stillLive.checkDue();

		assertThat(flagStatus(job)).isEqualTo(404);
	}

	@Test
	void aLaterLiveAnswerClearsTheFlag() {
		Employer employer = employer();
		Job job = published(employer, "/careers/flaky");
		site.stubFor(head(urlPathEqualTo("/careers/flaky")).willReturn(aResponse().withStatus(404)));
		stillLive.checkDue();
		assertThat(flagStatus(job)).isEqualTo(404);

		site.stubFor(any(urlPathEqualTo("/careers/flaky")).willReturn(aResponse().withStatus(200)));
		clock.set(clock.instant().plus(Duration.ofHours(25)));
		stillLive.checkDue();

		assertThat(lastCheck(job)).containsEntry("verdict", "LIVE");
		assertThat(flagStatus(job)).isNull();
		assertThat(status(job)).isEqualTo(JobStatus.PUBLISHED);
		assertThat(stillLive.flagged(org.springframework.data.domain.PageRequest.of(0, 1000)).getContent())
			.noneMatch(flagged -> flagged.jobId() == job.getId());
	}

	@Test
	void theEmployerSaysThePageIsFineUntilItsUrlChanges() {
		Employer employer = employer();
		Job job = published(employer, "/careers/fine");
		site.stubFor(head(urlPathEqualTo("/careers/fine")).willReturn(aResponse().withStatus(404)));
		site.stubFor(head(urlPathEqualTo("/careers/fine-2")).willReturn(aResponse().withStatus(404)));
		stillLive.checkDue();
		assertThat(flagStatus(job)).isEqualTo(404);

		WebSession owner = users.signIn(port, employer.owner());
		Api.Response dismissed = owner.submit("/employer/jobs/" + job.getId(),
				"form[action=\"/employer/jobs/" + job.getId() + "/still-live/dismiss\"]", Map.of());

		assertThat(dismissed.status()).isEqualTo(302);
		assertThat(flagStatus(job)).isNull();
		assertThat(owner.page("/employer/jobs/" + job.getId()).select(".job-notice")).isEmpty();

		clock.set(clock.instant().plus(Duration.ofHours(25)));
		stillLive.checkDue();
		assertThat(lastCheck(job)).containsEntry("verdict", "GONE");
		assertThat(flagStatus(job)).isNull();
		assertThat(status(job)).isEqualTo(JobStatus.PUBLISHED);
		assertThat(mailbox.to(employer.owner().getEmail())).hasSize(1);

		jobs.revise(job.getId(), details("Backend Engineer " + job.getId(), url("/careers/fine-2")));
		stillLive.checkDue();
		assertThat(flagStatus(job)).isEqualTo(404);
	}

	@Test
	void anotherCompanyCannotDismissAFlag() {
		Employer employer = employer();
		Job job = published(employer, "/careers/theirs");
		site.stubFor(head(urlPathEqualTo("/careers/theirs")).willReturn(aResponse().withStatus(404)));
		stillLive.checkDue();
		WebSession other = users.signIn(port, employer().owner());

		Api.Response refused = other.post("/employer/jobs/" + job.getId() + "/still-live/dismiss",
				Map.of("_csrf", other.csrfToken("/employer")));

		assertThat(refused.status()).isEqualTo(404);
		assertThat(flagStatus(job)).isEqualTo(404);
	}

	@Test
	void importedJobsAreNotAsked() {
		Employer employer = employer();
		Job job = published(employer, "/careers/imported");
		site.stubFor(any(urlPathEqualTo("/careers/imported")).willReturn(aResponse().withStatus(404)));
		long source = jdbc.sql("""
				insert into import_source (company_id, vendor, reference, edit_policy, interval_minutes, next_sync_at,
				  created_at)
				values (:company, 'GREENHOUSE', :reference, 'REFUSE', 30, :later, now()) returning id""")
			.param("company", employer.company().getId())
			.param("reference", "still-live-" + job.getId())
			.param("later", java.sql.Timestamp.from(Instant.now().plus(Duration.ofDays(365))))
			.query(Long.class)
			.single();
		jdbc.sql("""
				insert into imported_job (source_id, external_id, job_id, content_hash, job_version)
				values (:source, '1', :job, 'x', 0)""").param("source", source).param("job", job.getId()).update();

		stillLive.checkDue();

		assertThat(jdbc.sql("select count(*) from still_live_check where job_id = :job")
			.param("job", job.getId())
			.query(Long.class)
			.single()).isZero();
		site.verify(0, anyRequestedFor(urlPathEqualTo("/careers/imported")));
	}

	@Test
	void aClosedGreenhousePostingIsFlaggedThenClosedOnTheWordOfGreenhousesApi() {
		Employer employer = employer();
		String board = "acme" + System.nanoTime();
		Job gone = published(employer.company(), "https://boards.greenhouse.io/" + board + "/jobs/4001");
		Job open = published(employer.company(), "https://job-boards.greenhouse.io/" + board + "/jobs/4002");
		Job embedded = published(employer.company(),
				"https://boards.greenhouse.io/embed/job_app?for=" + board + "&token=4003");
		ats.greenhouseJobGone(board, 4001);
		ats.greenhouseJob(board,
				AtsStandIn.greenhouseJob(4002, "Backend Engineer", "<p>Go</p>", "Berlin", null, null, null));
		ats.greenhouseJobGone(board, 4003);

		stillLive.checkDue();

		assertThat(lastCheck(gone)).containsEntry("verdict", "GONE").containsEntry("http_status", 404);
		assertThat((String) lastCheck(gone).get("detail")).contains("Greenhouse", "closed");
		assertThat(lastCheck(open)).containsEntry("verdict", "LIVE");
		assertThat(lastCheck(embedded)).containsEntry("verdict", "GONE");
		assertThat(mailbox.waitForSubject(employer.owner().getEmail(), "seems to be gone").text())
			.contains("Greenhouse");
		assertThat(ats.requests("/v1/boards/" + board + "/jobs/4001")).isEqualTo(1);

		clock.set(clock.instant().plus(Duration.ofHours(25)));
		stillLive.checkDue();

		assertThat(status(gone)).isEqualTo(JobStatus.CLOSED);
		assertThat(status(open)).isEqualTo(JobStatus.PUBLISHED);
	}

	@Test
	void aClosedLeverPostingIsGoneAndAnOpenOneLive() {
		Employer employer = employer();
		String site = "lever" + System.nanoTime();
		String goneId = java.util.UUID.randomUUID().toString();
		String openId = java.util.UUID.randomUUID().toString();
		Job gone = published(employer.company(), "https://jobs.lever.co/" + site + "/" + goneId + "/apply");
		Job open = published(employer.company(), "https://jobs.lever.co/" + site + "/" + openId);
		ats.leverPostingGone(site, goneId);
		ats.leverPostingAt(site, AtsStandIn.leverPosting(openId, "Backend Engineer", "<p>Go</p>", "Berlin", "Full-time",
				"remote", null));

		stillLive.checkDue();

		assertThat(lastCheck(gone)).containsEntry("verdict", "GONE").containsEntry("http_status", 404);
		assertThat((String) lastCheck(gone).get("detail")).contains("Lever");
		assertThat(flagStatus(gone)).isEqualTo(404);
		assertThat(lastCheck(open)).containsEntry("verdict", "LIVE");
		assertThat(flagStatus(open)).isNull();
	}

	@Test
	void anAshbyPostingItsBoardNoLongerListsIsGone() {
		Employer employer = employer();
		String board = "ashby" + System.nanoTime();
		String listed = java.util.UUID.randomUUID().toString();
		String unlisted = java.util.UUID.randomUUID().toString();
		String removed = java.util.UUID.randomUUID().toString();
		Job open = published(employer.company(), "https://jobs.ashbyhq.com/" + board + "/" + listed);
		Job hidden = published(employer.company(), "https://jobs.ashbyhq.com/" + board + "/" + unlisted);
		Job gone = published(employer.company(), "https://jobs.ashbyhq.com/" + board + "/" + removed + "/application");
		ats.ashby(board,
				List.of(AtsStandIn.ashbyJob(listed, "Data Engineer", "<p>Spark</p>", "Berlin", "FullTime", "Remote",
						true, null, null, null),
						AtsStandIn.ashbyJob(unlisted, "Data Engineer", "<p>Spark</p>", "Berlin", "FullTime", "Remote",
								false, null, null, null)));

		stillLive.checkDue();

		assertThat(lastCheck(open)).containsEntry("verdict", "LIVE");
		assertThat(lastCheck(hidden)).containsEntry("verdict", "GONE");
		assertThat(lastCheck(gone)).containsEntry("verdict", "GONE");
		assertThat((String) lastCheck(gone).get("detail")).contains("Ashby", "no longer lists");
		assertThat(ats.requests("/posting-api/job-board/" + board)).isEqualTo(3);
	}

	@Test
	void aVendorApiThatFailsOrIsSlowIsCouldNotAskNeverGone() {
		Employer employer = employer();
		String board = "failing" + System.nanoTime();
		Job failing = published(employer.company(), "https://boards.greenhouse.io/" + board + "/jobs/1");
		Job slow = published(employer.company(), "https://boards.greenhouse.io/" + board + "/jobs/2");
		ats.fails("/v1/boards/" + board + "/jobs/1", 503);
		ats.slow("/v1/boards/" + board + "/jobs/2", 5000);

		stillLive.checkDue();
		clock.set(clock.instant().plus(Duration.ofHours(25)));
		stillLive.checkDue();

		assertThat(lastCheck(failing)).containsEntry("verdict", "UNKNOWN").containsEntry("http_status", 503);
		assertThat(lastCheck(slow)).containsEntry("verdict", "UNKNOWN").containsEntry("http_status", null);
		assertThat(flagStatus(failing)).isNull();
		assertThat(flagStatus(slow)).isNull();
		assertThat(status(failing)).isEqualTo(JobStatus.PUBLISHED);
		assertThat(status(slow)).isEqualTo(JobStatus.PUBLISHED);
	}

	@Test
	void aPageWhoseJobPostingExpiredIsFlaggedThenClosedWhenItStillSaysSoADayLater() {
		Employer employer = employer();
		Job job = published(employer, "/careers/expired");
		site.stubFor(any(urlPathEqualTo("/careers/expired")).willReturn(aResponse().withStatus(200)
			.withHeader("Content-Type", "text/html")
			.withBody("<html><head><title>Backend Engineer</title><script type=\"application/ld+json\">"
					+ "{\"@context\":\"https://schema.org\",\"@type\":\"JobPosting\",\"title\":\"Backend Engineer\","
					+ "\"datePosted\":\"2026-01-02\",\"validThrough\":\"2026-02-01T00:00:00Z\"}"
					+ "</script></head><body><h1>Backend Engineer</h1><p>Apply now.</p></body></html>")));

		stillLive.checkDue();

		assertThat(lastCheck(job)).containsEntry("verdict", "GONE").containsEntry("http_status", 200);
		assertThat((String) lastCheck(job).get("detail")).contains("validThrough", "which has passed");
		assertThat(status(job)).isEqualTo(JobStatus.PUBLISHED);
		assertThat(mailbox.waitForSubject(employer.owner().getEmail(), "seems to be gone").text())
			.contains("looks closed");
		assertThat(users.signIn(port, employer.owner())
			.page("/employer")
			.select("#job-" + job.getId() + " .job-notice")
			.text()).contains("looked closed");

		clock.set(clock.instant().plus(Duration.ofHours(25)));
		stillLive.checkDue();

		assertThat(status(job)).isEqualTo(JobStatus.CLOSED);
	}

	@Test
	void aPageWhoseHeadingSaysTheJobIsClosedIsFlaggedButWordsInTheTextAreNot() {
		Employer employer = employer();
		Job closed = published(employer, "/careers/closed-heading");
		Job prose = published(employer, "/careers/prose");
		Job valid = published(employer, "/careers/valid");
		site.stubFor(any(urlPathEqualTo("/careers/closed-heading")).willReturn(aResponse().withStatus(200)
			.withBody("<html><body><h1>This job is no longer available</h1><a href=\"/careers\">All jobs</a>"
					+ "</body></html>")));
		site.stubFor(any(urlPathEqualTo("/careers/prose")).willReturn(aResponse().withStatus(200)
			.withBody("<html><body><h1>Backend Engineer</h1><p>Our Berlin office is no longer accepting "
					+ "applications; this role is remote.</p></body></html>")));
		site.stubFor(any(urlPathEqualTo("/careers/valid")).willReturn(aResponse().withStatus(200)
			.withBody("<html><head><script type=\"application/ld+json\">[{\"@type\":\"JobPosting\","
					+ "\"validThrough\":\"2099-01-01\"}]</script></head>"
					+ "<body><h1>Position closed</h1></body></html>")));

		stillLive.checkDue();

		assertThat(lastCheck(closed)).containsEntry("verdict", "GONE");
		assertThat((String) lastCheck(closed).get("detail")).contains("This job is no longer available");
		assertThat(lastCheck(prose)).containsEntry("verdict", "LIVE");
		assertThat(lastCheck(valid)).containsEntry("verdict", "LIVE");
	}

	private Job published(Company company, String applyUrl) {
		return jobs.publish(company.getId(), details("Backend Engineer " + System.nanoTime(), applyUrl));
	}

	private Employer employer() {
		UserAccount owner = users.create("Owner", Role.EMPLOYER);
		Company company = companies.create(owner.getId(),
				new CompanyForm("Still live " + System.nanoTime(), "https://acme.example", "We hire.", null, null),
				null);
		return new Employer(owner, company);
	}

	private Job published(Employer employer, String path) {
		return jobs.publish(employer.company().getId(), details("Backend Engineer " + System.nanoTime(), url(path)));
	}

	private static JobDetails details(String title, String applyUrl) {
		return new JobDetails(title, "Go services on PostgreSQL.", List.of(), WorkplaceType.REMOTE, List.of(), null,
				null, EmploymentType.FULL_TIME, Seniority.MID, null, false, false, List.of(new JobSkill("go", true)),
				applyUrl, null);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + site.port() + path;
	}

	private Map<String, Object> lastCheck(Job job) {
		return jdbc
			.sql("""
					select verdict, http_status, detail from still_live_check where job_id = :job order by id desc limit 1""")
			.param("job", job.getId())
			.query()
			.singleRow();
	}

	private Integer flagStatus(Job job) {
		return jdbc.sql("select flag_status from still_live_job where job_id = :job and flagged_at is not null")
			.param("job", job.getId())
			.query(Integer.class)
			.optional()
			.orElse(null);
	}

	private JobStatus status(Job job) {
		return jobs.findForModeration(job.getId()).getStatus();
	}

	record Employer(UserAccount owner, Company company) {
	}

}
