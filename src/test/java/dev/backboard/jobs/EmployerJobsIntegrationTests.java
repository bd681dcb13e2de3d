package dev.backboard.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.companies.MemberRole;
import dev.backboard.core.Actor;
import dev.backboard.search.JobHit;
import dev.backboard.search.JobQuery;
import dev.backboard.search.JobSearch;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.MutableClock;
import dev.backboard.support.SampleJobs;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

// The lifecycle context: the jobs these tests publish must not change what the shared
// sample searches find.
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=lifecycle")
class EmployerJobsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	CompanyRepository companies;

	@Autowired
	CompanyMembers members;

	@Autowired
	JobService jobs;

	@Autowired
	JobSearch search;

	@Autowired
	Mailbox mailbox;

	@Autowired
	MutableClock clock;

	@Autowired
	ExpiryWarnings warnings;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void anEmployerWritesADraftSubmitsItAndAModeratorPublishesIt() {
		Employer employer = employer("Erin");
		WebSession session = employer.session();

		Api.Response created = session.submit("/employer/jobs/new", "form#job-form",
				Map.of("title", "Kotlin Backend Engineer", "description", "Ktor services on **PostgreSQL**.",
						"locations", "Berlin", "mustHaveSkills", "Kotlin, PostgreSQL", "niceToHaveSkills", "Kafka",
						"salaryMin", "70000", "salaryMax", "90000", "salaryCurrency", "EUR", "applyUrl",
						"https://jobs.example/kotlin", "intent", "draft"));

		assertThat(created.status()).isEqualTo(302);
		Job draft = onlyJob(employer);
		assertThat(draft.getStatus()).isEqualTo(JobStatus.DRAFT);
		assertThat(draft.getLocations()).extracting(JobLocation::countryCode).containsExactly("DE");
		assertThat(draft.getRequiredSkillSlugs()).containsExactlyInAnyOrder("kotlin", "postgresql");
		assertThat(session.page("/employer").select("#job-" + draft.getId() + " .status").text()).isEqualTo("Draft");
		assertThat(new WebSession(port).get("/jobs/" + draft.getSlug()).status()).isEqualTo(404);

		Api.Response submitted = session.submit("/employer", "form[action=/employer/jobs/" + draft.getId() + "/submit]",
				Map.of());

		assertThat(submitted.status()).isEqualTo(302);
		assertThat(jobs.findForCompany(employer.companyId(), draft.getId()).getStatus()).isEqualTo(JobStatus.IN_REVIEW);
		assertThat(searchByCompany(employer.company())).isEmpty();

		UserAccount moderator = users.create("Mo", Role.MODERATOR);
		WebSession moderation = users.signIn(port, moderator);
		assertThat(moderation.page("/moderation").select(".review-queue a").eachText())
			.contains("Kotlin Backend Engineer");
		Api.Response approved = moderation.submit("/moderation/jobs/" + draft.getId(), "form.approve-form", Map.of());

		assertThat(approved.status()).isEqualTo(302);
		Job live = jobs.findForCompany(employer.companyId(), draft.getId());
		assertThat(live.getStatus()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(live.getPostedAt()).isEqualTo(clock.instant());
		assertThat(live.getValidThrough()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
		assertThat(searchByCompany(employer.company())).containsExactly(live.getSlug());
		assertThat(new WebSession(port).get("/jobs/" + live.getSlug()).status()).isEqualTo(200);
		assertThat(mailbox.waitForSubject(employer.account().getEmail(), "is live").link("/employer/jobs/"))
			.endsWith("/employer/jobs/" + live.getId());
		assertThat(jobs.transitions(live.getId()))
			.extracting(JobTransition::from, JobTransition::to, JobTransition::actorAccountId)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(null, JobStatus.DRAFT, employer.account().getId()),
					org.assertj.core.groups.Tuple.tuple(JobStatus.DRAFT, JobStatus.PENDING_PAYMENT,
							employer.account().getId()),
					org.assertj.core.groups.Tuple.tuple(JobStatus.PENDING_PAYMENT, JobStatus.IN_REVIEW,
							employer.account().getId()),
					org.assertj.core.groups.Tuple.tuple(JobStatus.IN_REVIEW, JobStatus.PUBLISHED, moderator.getId()));
		assertThat(session.page("/employer/jobs/" + live.getId()).select(".transitions td").eachText())
			.contains("Mo (account " + moderator.getId() + ")");
	}

	@Test
	void thePreviewRendersMarkdownAndDisarmsScripts() {
		WebSession session = employer("Pia").session();
		String token = session.csrfToken("/employer/jobs/new");

		Api.Response preview = session.post("/employer/jobs/preview", Map.of("_csrf", token, "description",
				"We use **Go**.\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)> [a](javascript:alert(2))"));

		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.body()).contains("<strong>Go</strong>")
			.doesNotContain("<script")
			.doesNotContain("onerror")
			.doesNotContain("javascript:");
	}

	@Test
	void aRejectedJobMailsTheOwnerAndShowsTheReasonOnTheDashboard() {
		Employer employer = employer("Rhea");
		Job job = submittedJob(employer, "Scala Engineer");
		UserAccount moderator = users.create("Mod", Role.MODERATOR);
		WebSession moderation = users.signIn(port, moderator);

		Api.Response withoutReason = moderation.submit("/moderation/jobs/" + job.getId(), "form.reject-form",
				Map.of("reason", " "));
		assertThat(withoutReason.status()).isEqualTo(200);
		assertThat(withoutReason.body()).contains("id=\"reason-error\"");
		assertThat(jobs.findForModeration(job.getId()).getStatus()).isEqualTo(JobStatus.IN_REVIEW);

		moderation.submit("/moderation/jobs/" + job.getId(), "form.reject-form",
				Map.of("reason", "Please state the salary range."));

		Job rejected = jobs.findForModeration(job.getId());
		assertThat(rejected.getStatus()).isEqualTo(JobStatus.DRAFT);
		Mailbox.Received mail = mailbox.waitForSubject(employer.account().getEmail(), "needs changes");
		assertThat(mail.text()).contains("Please state the salary range.");
		assertThat(mail.link("/employer/jobs/")).endsWith("/employer/jobs/" + job.getId());
		assertThat(employer.session().page("/employer").select("#job-" + job.getId() + " .rejection").text())
			.contains("Please state the salary range.");
		assertThat(jobs.transitions(job.getId()).getLast().reason()).isEqualTo("Please state the salary range.");
	}

	@Test
	void anotherCompanysJobIsNotFoundOnAnyEmployerRoute() {
		Job foreign = submittedJob(employer("Owner"), "Elixir Engineer");
		WebSession intruder = employer("Intruder").session();
		long missing = Long.MAX_VALUE;

		for (String path : List.of("/employer/jobs/" + foreign.getId(),
				"/employer/jobs/" + foreign.getId() + "/edit")) {
			Api.Response get = intruder.get(path);
			assertThat(get.status()).as(path).isEqualTo(404);
			assertThat(intruder.head(path).status()).as("HEAD " + path).isEqualTo(404);
			assertThat(withoutToken(get.body()))
				.isEqualTo(withoutToken(intruder.get(path.replace(foreign.getId().toString(), "" + missing)).body()));
		}
		String token = intruder.csrfToken("/employer/jobs/new");
		for (String action : List.of("submit", "renew", "relist", "fill", "close", "edit")) {
			Api.Response post = intruder.post("/employer/jobs/" + foreign.getId() + "/" + action,
					Map.of("_csrf", token, "title", "Taken over", "description", "Mine now.", "applyUrl",
							"https://evil.example", "workplaceType", "REMOTE"));
			assertThat(post.status()).as(action).isEqualTo(404);
		}
		assertThat(jobs.findForModeration(foreign.getId()).getStatus()).isEqualTo(JobStatus.IN_REVIEW);
		assertThat(jobs.findForModeration(foreign.getId()).getTitle()).isEqualTo("Elixir Engineer");
	}

	@Test
	void formErrorsAreShownNextToTheirFieldsWithTheValuesKept() {
		Employer employer = employer("Fay");

		Api.Response response = employer.session()
			.submit("/employer/jobs/new", "form#job-form",
					Map.of("title", "Dev", "description", "Some text", "locations", "Atlantis", "salaryMin", "lots",
							"mustHaveSkills", "Go, Cobolt", "applyUrl", "ftp://files.example", "intent", "draft"));

		assertThat(response.status()).isEqualTo(200);
		Document page = org.jsoup.Jsoup.parse(response.body());
		assertThat(page.select("#title").attr("value")).isEqualTo("Dev");
		assertThat(page.select("#salaryMin").attr("value")).isEqualTo("lots");
		assertThat(page.select("#mustHaveSkills").attr("value")).isEqualTo("Go, Cobolt");
		assertThat(page.select("#locations").text()).isEqualTo("Atlantis");
		assertThat(page.select("#salaryMin").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#salaryMin").attr("aria-describedby")).isEqualTo("salaryMin-error");
		assertThat(page.select("#salaryMin-error").text()).contains("number");
		assertThat(page.select("#mustHaveSkills-error").text()).contains("Cobolt");
		assertThat(page.select("#locations-error").text()).contains("Atlantis");
		assertThat(jobs.listForCompany(employer.companyId(), org.springframework.data.domain.Pageable.ofSize(5)))
			.isEmpty();

		Api.Response invalid = employer.session()
			.submit("/employer/jobs/new", "form#job-form", Map.of("title", "Dev", "description", "Some text",
					"workplaceType", "REMOTE", "applyUrl", "ftp://files.example", "intent", "draft"));

		Document second = org.jsoup.Jsoup.parse(invalid.body());
		assertThat(second.select("#title-error").text()).isNotBlank();
		assertThat(second.select("#applyUrl-error").text()).contains("http");
		assertThat(second.select("#applyUrl").attr("value")).isEqualTo("ftp://files.example");
	}

	@Test
	void anEmployerWithAnUnverifiedEmailCannotSubmit() {
		Employer employer = employer("Uma");
		Job draft = jobs.createDraft(employer.companyId(), details("Haskell Engineer"), employer.actor());
		jdbc.sql("update user_account set email_verified_at = null where id = :id")
			.param("id", employer.account().getId())
			.update();

		employer.session().submit("/employer", "form[action=/employer/jobs/" + draft.getId() + "/submit]", Map.of());

		assertThat(jobs.findForCompany(employer.companyId(), draft.getId()).getStatus()).isEqualTo(JobStatus.DRAFT);
		assertThat(employer.session().page("/employer").select(".form-error").text()).contains("Confirm your email");
	}

	@Test
	void aJobAlreadyPastItsValidThroughIsLeftToTheExpiryTask() {
		Employer employer = employer("Ida");
		clock.set(clock.minus(Duration.ofDays(31)));
		Job overdue = jobs.publish(employer.companyId(), details("Erlang Engineer"));
		clock.reset();

		warnings.warnNextBatch();

		assertThat(jobs.findForCompany(employer.companyId(), overdue.getId()).getStatus())
			.isEqualTo(JobStatus.PUBLISHED);
		assertThat(mailbox.to(employer.account().getEmail())).noneMatch(mail -> mail.subject().contains("expires"));
	}

	@Test
	void ownersAreWarnedOnceBeforeAJobExpiresAndRenewWithOneClick() {
		Employer employer = employer("Wes");
		clock.set(clock.minus(Duration.ofDays(28)));
		Job job = jobs.publish(employer.companyId(), details("Clojure Engineer"));
		clock.reset();

		warnings.warnNextBatch();
		warnings.warnNextBatch();

		Mailbox.Received warning = mailbox.waitFor(employer.account().getEmail(), 1);
		assertThat(warning.subject()).contains("Clojure Engineer").contains("expires in 2 days");
		String link = warning.link("/employer/jobs/");
		assertThat(link).endsWith("/employer/jobs/" + job.getId());
		sleep(Duration.ofMillis(500));
		assertThat(mailbox.to(employer.account().getEmail())).hasSize(1);

		String path = link.substring(link.indexOf("/employer/"));
		Api.Response renewed = employer.session()
			.submit(path, "form[action=/employer/jobs/" + job.getId() + "/renew]", Map.of());

		assertThat(renewed.status()).isEqualTo(302);
		Job after = jobs.findForCompany(employer.companyId(), job.getId());
		assertThat(after.getValidThrough()).isEqualTo(clock.instant().plus(Duration.ofDays(30)));
		assertThat(after.getExpiryWarnedAt()).isNull();
		assertThat(after.getPostedAt()).isEqualTo(job.getPostedAt());
	}

	@Test
	void aRefusedTransitionIsAMessageNotAnError() {
		Employer employer = employer("Ida");
		Job draft = jobs.createDraft(employer.companyId(), details("Erlang Engineer"), employer.actor());
		String token = employer.session().csrfToken("/employer");

		Api.Response response = employer.session()
			.post("/employer/jobs/" + draft.getId() + "/renew", Map.of("_csrf", token));

		assertThat(response.status()).isEqualTo(302);
		assertThat(employer.session().page("/employer").select(".form-error").text()).contains("cannot be renewed");
	}

	@Test
	void anEmployerWithoutACompanyIsSentToCreateOne() {
		UserAccount loner = users.create("Lone", Role.EMPLOYER);
		WebSession session = users.signIn(port, loner);

		Api.Response response = session.get("/employer");

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/employer/company/new");
	}

	private Job submittedJob(Employer employer, String title) {
		Job draft = jobs.createDraft(employer.companyId(), details(title), employer.actor());
		return jobs.submit(employer.companyId(), draft.getId(), employer.actor());
	}

	private List<String> searchByCompany(Company company) {
		return search.search(JobQuery.builder().company(company.getSlug()).build())
			.hits()
			.stream()
			.map(JobHit::slug)
			.toList();
	}

	private Job onlyJob(Employer employer) {
		Job listed = jobs.listForCompany(employer.companyId(), org.springframework.data.domain.Pageable.ofSize(5))
			.getContent()
			.getFirst();
		return jobs.findForCompany(employer.companyId(), listed.getId());
	}

	/** The page without its CSRF token, which is masked afresh on every response. */
	private static String withoutToken(String body) {
		return body.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	private Employer employer(String name) {
		UserAccount account = users.create(name, Role.EMPLOYER);
		Company company = companies
			.save(new Company(name + " Works " + System.nanoTime(), "https://example.com", null, clock.instant()));
		members.add(company.getId(), account.getId(), MemberRole.OWNER);
		return new Employer(account, company, users.signIn(port, account));
	}

	static JobDetails details(String title) {
		return SampleJobs
			.job(title, "Functional services on PostgreSQL.", WorkplaceType.REMOTE, List.of(), Seniority.SENIOR, null,
					List.of(new JobSkill("postgresql", true)))
			.build();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	record Employer(UserAccount account, Company company, WebSession session) {

		long companyId() {
			return company.getId();
		}

		Actor actor() {
			return Actor.person(account.getId(), account.getDisplayName());
		}

	}

}
