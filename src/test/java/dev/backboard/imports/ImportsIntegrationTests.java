package dev.backboard.imports;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.persistence.EntityManagerFactory;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyForm;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.Companies;
import dev.backboard.companies.MemberRole;
import dev.backboard.core.Actor;
import dev.backboard.jobs.ApplyMethod;
import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.InvalidJob;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobStatus;
import dev.backboard.jobs.SalaryPeriod;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.internal.SearchIndexInitializer;
import dev.backboard.support.Api;
import dev.backboard.support.Mailbox;
import dev.backboard.support.SearchIndexSync;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.backboard.imports.AtsStandIn.ashbyJob;
import static dev.backboard.imports.AtsStandIn.greenhouseJob;
import static dev.backboard.imports.AtsStandIn.leverPosting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imports from local stand-ins that answer in each vendor's documented shapes: jobs are
 * published through the jobs module with their HTML sanitized, places from the gazetteer,
 * pay ranges and extracted skills, they become searchable, and they close when a complete
 * listing no longer has them. A failed or partial read (HTTP 500, a time-out, a cut
 * connection, a body that is not JSON, a page of a paginated listing that fails, a total
 * that does not match) closes nothing, is retried later and mails the owners after
 * repeated failures.
 */
@ImportBoard
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ImportsIntegrationTests {

	static final AtsStandIn ats = AtsStandIn.shared();

	@LocalServerPort
	int port;

	@Autowired
	ImportSources sources;

	@Autowired
	JobService jobs;

	@Autowired
	Users users;

	@Autowired
	Companies companies;

	@Autowired
	CompanyMembers members;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JdbcTemplate jdbcTemplate;

	@Autowired
	SearchIndexInitializer searchIndex;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	UserAccount owner;

	Company company;

	@BeforeAll
	void aCompany() {
		owner = users.create("Importer", Role.EMPLOYER);
		company = companies.create(owner.getId(),
				new CompanyForm("Imports " + System.nanoTime(), "https://acme.example", "We sync.", null, null), null);
	}

	@Test
	void greenhouseJobsArePublishedSearchableAndClosedWhenTheSourceDropsThem() {
		String token = board("gh");
		String word = "Zephyrine" + token.substring(token.length() - 4);
		ats.greenhouse(token, List.of(
				greenhouseJob(101, "Senior Go Engineer " + word,
						"<h2>About</h2><p>Build services in Go on PostgreSQL.</p><script>alert('x')</script>"
								+ "<p><a href=\"javascript:alert(1)\">click</a><img src=x onerror=alert(2)></p>",
						"Berlin, Germany", 8_000_000L, 9_500_000L, "EUR"),
				greenhouseJob(102, "Backend Engineer, Payments", "<p>Kotlin and Kafka.</p>", "Remote", null, null,
						null)));
		ImportSource source = connect(Vendor.GREENHOUSE, token, EditPolicy.REFUSE);

		ImportRun first = firstRun(source);

		assertThat(first.succeeded()).isTrue();
		assertThat(first.listed()).isEqualTo(2);
		assertThat(first.created()).isEqualTo(2);
		Job go = job(source, "101");
		assertThat(go.getStatus()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(go.getTitle()).isEqualTo("Senior Go Engineer " + word);
		assertThat(go.getSeniority()).isEqualTo(Seniority.SENIOR);
		assertThat(go.getWorkplaceType()).isEqualTo(WorkplaceType.ONSITE);
		assertThat(go.getLocations()).singleElement()
			.satisfies(place -> assertThat(place.label()).isEqualTo("Berlin, DE"));
		assertThat(go.getSalary()).hasValueSatisfying(salary -> {
			assertThat(salary.min()).isEqualByComparingTo(new BigDecimal("80000"));
			assertThat(salary.max()).isEqualByComparingTo(new BigDecimal("95000"));
			assertThat(salary.currency()).isEqualTo("EUR");
			assertThat(salary.period()).isEqualTo(SalaryPeriod.YEAR);
		});
		assertThat(go.getSkillSlugs()).contains("go", "postgresql");
		assertThat(go.getDescriptionMarkdown()).contains("Build services in Go")
			.doesNotContain("<script", "javascript:", "onerror");
		assertThat(go.getApplyMethod()).isEqualTo(ApplyMethod.URL);
		assertThat(go.getApplyUrl()).isEqualTo("https://boards.greenhouse.io/acme/jobs/101");
		assertThat(job(source, "102").getWorkplaceType()).isEqualTo(WorkplaceType.REMOTE);
		SearchIndexSync.awaitUpToDate(searchIndex, jdbcTemplate, entityManagerFactory);
		assertThat(new WebSession(port).page("/jobs?q=" + word).select(".job-card").text()).contains(word);
		String jobPage = new WebSession(port).get("/jobs/" + go.getSlug()).body();
		assertThat(jobPage).contains("Build services in Go").doesNotContain("alert('x')", "javascript:alert");

		ImportRun unchanged = sources.syncNow(company.getId(), source.id());
		assertThat(unchanged.created() + unchanged.updated() + unchanged.closed()).isZero();

		ats.greenhouse(token, List.of(greenhouseJob(102, "Backend Engineer, Payments (Kotlin)",
				"<p>Kotlin and Kafka.</p>", "Remote", null, null, null)));
		ImportRun second = sources.syncNow(company.getId(), source.id());

		assertThat(second.succeeded()).isTrue();
		assertThat(second.closed()).isEqualTo(1);
		assertThat(second.updated()).isEqualTo(1);
		assertThat(job(source, "101").getStatus()).isEqualTo(JobStatus.CLOSED);
		assertThat(job(source, "102").getTitle()).isEqualTo("Backend Engineer, Payments (Kotlin)");
		SearchIndexSync.awaitUpToDate(searchIndex, jdbcTemplate, entityManagerFactory);
		assertThat(new WebSession(port).page("/jobs?q=" + word).select(".job-card").text()).doesNotContain(word);
	}

	@Test
	void leverIsReadPageByPageWithItsSalaryRangeAndWorkplaceType() {
		String site = board("lever");
		Map<String, Object> yearly = Map.of("currency", "EUR", "interval", "per-year-salary", "min", 70000, "max",
				85000);
		ats.lever(site, List.of(
				leverPosting("a-1", "Staff Java Engineer", "<p>Java and Spring.</p>", "Berlin", "Full-time", "hybrid",
						yearly),
				leverPosting("a-2", "Python Developer", "<p>Django.</p>", "Munich", "Contract", "on-site", null),
				leverPosting("a-3", "Remote Rust Engineer", "<p>Rust.</p>", "Remote", "Part-time", "remote",
						Map.of("currency", "EUR", "interval", "per-hour-wage", "min", 60, "max", 80))),
				2);
		ImportSource source = connect(Vendor.LEVER, site, EditPolicy.REFUSE);

		ImportRun run = firstRun(source);

		assertThat(run.succeeded()).as(String.valueOf(run.error())).isTrue();
		assertThat(run.listed()).isEqualTo(3);
		assertThat(run.created()).isEqualTo(3);
		Job java = job(source, "a-1");
		assertThat(java.getWorkplaceType()).isEqualTo(WorkplaceType.HYBRID);
		assertThat(java.getSeniority()).isEqualTo(Seniority.STAFF);
		assertThat(java.getSalary()).hasValueSatisfying(s -> assertThat(s.max()).isEqualByComparingTo("85000"));
		assertThat(java.getDescriptionMarkdown()).contains("Kafka in production", "We pay relocation");
		assertThat(java.getApplyUrl()).isEqualTo("https://jobs.lever.co/acme/a-1/apply");
		assertThat(job(source, "a-2").getEmploymentType()).isEqualTo(EmploymentType.CONTRACTOR);
		Job rust = job(source, "a-3");
		assertThat(rust.getWorkplaceType()).isEqualTo(WorkplaceType.REMOTE);
		assertThat(rust.getRemoteCountries()).containsExactly("DE");
		assertThat(rust.getSalary()).hasValueSatisfying(s -> assertThat(s.period()).isEqualTo(SalaryPeriod.HOUR));
	}

	@Test
	void aFailingPageOfLeversListingClosesNothing() {
		String site = board("leverfail");
		ats.lever(site,
				List.of(leverPosting("b-1", "Go Engineer", "<p>Go.</p>", "Berlin", "Full-time", "on-site", null),
						leverPosting("b-2", "Java Engineer", "<p>Java.</p>", "Berlin", "Full-time", "on-site", null),
						leverPosting("b-3", "Ruby Engineer", "<p>Ruby.</p>", "Berlin", "Full-time", "on-site", null)),
				2);
		ImportSource source = connect(Vendor.LEVER, site, EditPolicy.REFUSE);
		assertThat(firstRun(source).created()).isEqualTo(3);

		ats.leverPageFails(site, 2);
		ImportRun failed = sources.syncNow(company.getId(), source.id());

		assertThat(failed.succeeded()).isFalse();
		assertThat(failed.closed()).isZero();
		assertThat(failed.error()).contains("HTTP 500");
		assertThat(List.of("b-1", "b-2", "b-3"))
			.allSatisfy(id -> assertThat(job(source, id).getStatus()).isEqualTo(JobStatus.PUBLISHED));
	}

	@Test
	void ashbyMapsCompensationAndLeavesUnlistedPostingsOut() {
		String name = board("ashby");
		ats.ashby(name,
				List.of(ashbyJob("c-1", "Senior Data Engineer", "<p>Python, Airflow and Snowflake.</p>", "Berlin",
						"FullTime", "Hybrid", true, 90000, 110000, "EUR"),
						ashbyJob("c-2", "Hidden Role", "<p>Not public.</p>", "Berlin", "FullTime", "OnSite", false,
								null, null, null),
						ashbyJob("c-3", "Engineering Intern", "<p>Java.</p>", "Remote", "Intern", "Remote", true, null,
								null, null)));
		ImportSource source = connect(Vendor.ASHBY, name, EditPolicy.REFUSE);

		ImportRun run = firstRun(source);

		assertThat(run.succeeded()).isTrue();
		assertThat(run.created()).isEqualTo(2);
		Job data = job(source, "c-1");
		assertThat(data.getWorkplaceType()).isEqualTo(WorkplaceType.HYBRID);
		assertThat(data.getSalary()).hasValueSatisfying(s -> {
			assertThat(s.min()).isEqualByComparingTo("90000");
			assertThat(s.currency()).isEqualTo("EUR");
		});
		assertThat(data.getApplyUrl()).isEqualTo("https://jobs.ashbyhq.com/acme/c-1/application");
		assertThat(job(source, "c-3").getEmploymentType()).isEqualTo(EmploymentType.INTERN);
		assertThat(importedIds(source)).containsExactlyInAnyOrder("c-1", "c-3");
	}

	@Test
	void anXmlFeedInTheAggregatorFormatIsImportedAndOneWithADtdIsRefused() {
		String path = "/feeds/" + board("feed") + ".xml";
		String url = ats.feed(path,
				"""
						<?xml version="1.0" encoding="UTF-8"?>
						<source><publisher>Elsewhere</publisher><publisherurl>https://elsewhere.example</publisherurl>
						<job><title><![CDATA[Platform Engineer (Kubernetes)]]></title><referencenumber><![CDATA[77]]></referencenumber>
						<url><![CDATA[https://elsewhere.example/jobs/77]]></url><company><![CDATA[Acme]]></company>
						<city><![CDATA[Amsterdam]]></city><country><![CDATA[NL]]></country>
						<description><![CDATA[<p>Kubernetes and Terraform on AWS.</p>]]></description>
						<jobtype><![CDATA[FULL_TIME]]></jobtype><remotetype><![CDATA[ONSITE]]></remotetype></job>
						</source>""");
		ImportSource source = connect(Vendor.XML_FEED, url, EditPolicy.REFUSE);

		ImportRun run = firstRun(source);

		assertThat(run.succeeded()).as(String.valueOf(run.error())).isTrue();
		Job platform = job(source, "77");
		assertThat(platform.getLocations()).singleElement()
			.satisfies(place -> assertThat(place.label()).isEqualTo("Amsterdam, NL"));
		assertThat(platform.getSkillSlugs()).contains("kubernetes");

		ats.feed(path, """
				<?xml version="1.0"?>
				<!DOCTYPE source [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
				<source><job><title>&xxe;</title><referencenumber>78</referencenumber></job></source>""");
		ImportRun refused = sources.syncNow(company.getId(), source.id());

		assertThat(refused.succeeded()).isFalse();
		assertThat(refused.error()).containsAnyOf("DTD", "entity");
		assertThat(job(source, "77").getStatus()).isEqualTo(JobStatus.PUBLISHED);
	}

	@Test
	void failedReadsCloseNothingAreRetriedLaterAndMailTheOwners() {
		String token = board("flaky");
		String path = "/v1/boards/" + token + "/jobs";
		ats.greenhouse(token, List.of(greenhouseJob(201, "Go Engineer", "<p>Go.</p>", "Berlin", null, null, null),
				greenhouseJob(202, "Java Engineer", "<p>Java.</p>", "Berlin", null, null, null)));
		ImportSource source = connect(Vendor.GREENHOUSE, token, EditPolicy.REFUSE);
		assertThat(firstRun(source).created()).isEqualTo(2);

		ats.fails(path, 500);
		ImportRun serverError = sources.syncNow(company.getId(), source.id());
		ats.slow(path, 8000);
		ImportRun timeOut = sources.syncNow(company.getId(), source.id());
		ats.cut(path);
		ImportRun cut = sources.syncNow(company.getId(), source.id());
		ats.garbage(path);
		ImportRun notJson = sources.syncNow(company.getId(), source.id());
		ats.greenhouse(token, List.of(greenhouseJob(201, "Go Engineer", "<p>Go.</p>", "Berlin", null, null, null)), 2);
		ImportRun partial = sources.syncNow(company.getId(), source.id());

		assertThat(List.of(serverError, timeOut, cut, notJson, partial)).allSatisfy(run -> {
			assertThat(run.succeeded()).isFalse();
			assertThat(run.closed()).isZero();
		});
		assertThat(serverError.error()).contains("HTTP 500");
		assertThat(timeOut.error()).containsIgnoringCase("timed out");
		assertThat(notJson.error()).contains("not answer with valid JSON");
		assertThat(partial.error()).contains("incomplete");
		assertThat(List.of("201", "202"))
			.allSatisfy(id -> assertThat(job(source, id).getStatus()).isEqualTo(JobStatus.PUBLISHED));
		ImportSource failing = sources.get(company.getId(), source.id());
		assertThat(failing.consecutiveFailures()).isEqualTo(5);
		assertThat(failing.nextSyncAt()).isAfter(partial.finishedAt().plusSeconds(60));
		assertThat(mailbox.waitForSubject(owner.getEmail(), "Job import failing").text())
			.contains("nothing is closed while the source cannot be read");
		assertThat(mailbox.to(owner.getEmail()).stream().filter(m -> m.subject().contains(token))).hasSize(1);

		ats.greenhouse(token, List.of(greenhouseJob(201, "Go Engineer", "<p>Go.</p>", "Berlin", null, null, null)));
		ImportRun recovered = sources.syncNow(company.getId(), source.id());
		assertThat(recovered.succeeded()).isTrue();
		assertThat(recovered.closed()).isEqualTo(1);
		assertThat(sources.get(company.getId(), source.id()).consecutiveFailures()).isZero();
	}

	@Test
	void jobsThatCannotBeImportedAreCountedAndNamedWhileTheRestGoIn() {
		String token = board("partial");
		ats.greenhouse(token,
				List.of(greenhouseJob(301, "Go Engineer", "<p>Go.</p>", "Berlin", null, null, null),
						greenhouseJob(302, "Java Engineer", "<p>Java.</p>", "Atlantis", null, null, null),
						greenhouseJob(303, "Ruby Engineer", "<p>Ruby.</p>", "Berlin", 100L, 200L, "XYZ"),
						greenhouseJob(304, "", "", "Berlin", null, null, null)));
		ImportSource source = connect(Vendor.GREENHOUSE, token, EditPolicy.REFUSE);

		ImportRun run = firstRun(source);

		assertThat(run.succeeded()).isTrue();
		assertThat(run.created()).isEqualTo(2);
		assertThat(run.failed()).isEqualTo(2);
		assertThat(run.error()).contains("302", "Atlantis", "304", "title", "303", "without its pay range");
		assertThat(job(source, "303").getSalary()).isEmpty();
	}

	@Test
	void editsAreRefusedOrOverwrittenAsTheCompanyChose() {
		String refusing = board("refuse");
		ats.greenhouse(refusing, List.of(greenhouseJob(401, "Go Engineer", "<p>Go.</p>", "Berlin", null, null, null)));
		ImportSource locked = connect(Vendor.GREENHOUSE, refusing, EditPolicy.REFUSE);
		firstRun(locked);
		Job lockedJob = job(locked, "401");
		Actor person = Actor.person(owner.getId(), owner.getDisplayName());

		assertThatThrownBy(() -> jobs.update(company.getId(), lockedJob.getId(), renamed(lockedJob), person))
			.isInstanceOf(InvalidJob.class)
			.hasMessageContaining("imported from Greenhouse");

		String overwriting = board("overwrite");
		ats.greenhouse(overwriting,
				List.of(greenhouseJob(402, "Java Engineer", "<p>Java.</p>", "Berlin", null, null, null)));
		ImportSource open = connect(Vendor.GREENHOUSE, overwriting, EditPolicy.OVERWRITE);
		firstRun(open);
		Job openJob = job(open, "402");
		jobs.update(company.getId(), openJob.getId(), renamed(openJob), person);
		assertThat(job(open, "402").getTitle()).isEqualTo("Renamed by hand");

		ImportRun run = sources.syncNow(company.getId(), open.id());

		assertThat(run.updated()).isEqualTo(1);
		assertThat(job(open, "402").getTitle()).isEqualTo("Java Engineer");
	}

	@Test
	void ownersConnectASourceOnTheirPagesAndSeeItsHistoryWhileRecruitersAreRefused() {
		String token = board("page");
		ats.greenhouse(token,
				List.of(greenhouseJob(501, "Elixir Engineer", "<p>Elixir.</p>", "Berlin", null, null, null)));
		UserAccount pageOwner = users.create("Page owner", Role.EMPLOYER);
		Company pageCompany = companies.create(pageOwner.getId(),
				new CompanyForm("Import pages " + System.nanoTime(), "https://acme.example", "Pages.", null, null),
				null);
		UserAccount recruiter = users.create("Page recruiter", Role.EMPLOYER);
		members.add(pageCompany.getId(), recruiter.getId(), MemberRole.RECRUITER);
		WebSession session = users.signIn(port, pageOwner);

		Api.Response refused = session.submit("/employer/imports", "#import-form",
				Map.of("vendor", "GREENHOUSE", "reference", "not a token!", "intervalMinutes", "30"));
		assertThat(refused.status()).isEqualTo(400);
		Document form = org.jsoup.Jsoup.parse(refused.body());
		assertThat(form.select("#reference-error").text()).contains("letters, digits");
		assertThat(form.select("#reference").attr("value")).isEqualTo("not a token!");
		Api.Response tooOften = session.submit("/employer/imports", "#import-form",
				Map.of("vendor", "GREENHOUSE", "reference", token, "intervalMinutes", "1"));
		assertThat(org.jsoup.Jsoup.parse(tooOften.body()).select("#intervalMinutes-error").text())
			.contains("between 5 minutes");

		Api.Response created = session.submit("/employer/imports", "#import-form",
				Map.of("vendor", "GREENHOUSE", "reference", token, "intervalMinutes", "30"));
		assertThat(created.status()).isEqualTo(302);
		String sourcePath = created.header("Location").replaceAll("\\?.*", "").replaceAll("^https?://[^/]+", "");
		long id = Long.parseLong(sourcePath.substring(sourcePath.lastIndexOf('/') + 1));
		awaitRun(pageCompany.getId(), id);
		Document page = session.page(sourcePath);
		assertThat(page.select("table.import-runs").text()).contains("Succeeded");
		assertThat(page.select("table.imported-jobs").text()).contains("Elixir Engineer", "501", "Engineering");
		assertThat(session.post(sourcePath + "/sync", Map.of("_csrf", session.csrfToken(sourcePath))).status())
			.isEqualTo(302);

		WebSession recruiterSession = users.signIn(port, recruiter);
		assertThat(recruiterSession.get("/employer/imports").status()).isEqualTo(403);
		assertThat(users.signIn(port, owner).get(sourcePath).status()).isEqualTo(404);
	}

	@Test
	void aFeedUrlIntoAPrivateNetworkIsRefused() {
		assertThatThrownBy(() -> sources.create(company.getId(),
				new SourceInput("XML_FEED", "http://169.254.169.254/latest/meta-data/", false, "REFUSE", null)))
			.isInstanceOf(InvalidSource.class)
			.satisfies(ex -> assertThat(((InvalidSource) ex).fieldErrors()).containsKey("reference"));
	}

	private ImportSource connect(Vendor vendor, String reference, EditPolicy policy) {
		return sources.create(company.getId(), new SourceInput(vendor.name(), reference, false, policy.name(), 30));
	}

	/**
	 * The first sync, which starts in the background as soon as a source is connected.
	 */
	private ImportRun firstRun(ImportSource source) {
		return awaitRun(company.getId(), source.id());
	}

	private ImportRun awaitRun(long companyId, long sourceId) {
		long deadline = System.nanoTime() + 20_000_000_000L;
		List<ImportRun> runs = sources.runs(companyId, sourceId, 10);
		while (runs.isEmpty() && System.nanoTime() < deadline) {
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				break;
			}
			runs = sources.runs(companyId, sourceId, 10);
		}
		assertThat(runs).as("a first sync").isNotEmpty();
		return runs.get(runs.size() - 1);
	}

	private Job job(ImportSource source, String externalId) {
		long jobId = jdbc.sql("select job_id from imported_job where source_id = :source and external_id = :external")
			.param("source", source.id())
			.param("external", externalId)
			.query(Long.class)
			.single();
		return jobs.findForCompany(company.getId(), jobId);
	}

	private List<String> importedIds(ImportSource source) {
		return jdbc.sql("select external_id from imported_job where source_id = :source")
			.param("source", source.id())
			.query(String.class)
			.list();
	}

	private static String board(String prefix) {
		return prefix + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
	}

	private static JobDetails renamed(Job job) {
		return new JobDetails("Renamed by hand", job.getDescriptionMarkdown(), job.getLocations(),
				job.getWorkplaceType(), job.getRemoteCountries(), null, null, job.getEmploymentType(),
				job.getSeniority(), job.getSalary().orElse(null), false, false, List.of(), job.getApplyUrl(), null,
				job.getApplyMethod());
	}

}
