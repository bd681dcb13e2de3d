package dev.backboard.applications;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.backboard.applications.ApplicationFixtures.Candidate;
import dev.backboard.applications.ApplicationFixtures.Employer;
import dev.backboard.candidates.CandidateProfiles;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.core.Actor;
import dev.backboard.jobs.ApplyMethod;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

// The lifecycle context: the jobs published here must not change what the shared sample
// searches find.
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=lifecycle")
class ApplyingIntegrationTests {

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
	CandidateProfiles profiles;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	ApplicationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ApplicationFixtures(port, users, companies, members, jobs, profiles);
	}

	@Test
	void aCandidateAppliesWithScreeningAnswersCheckedByKindAndIsKnockedOut() {
		Employer employer = fixtures.employer("Erin");
		Job job = fixtures.backboardJob(employer, "Payments Engineer");
		assertThat(ApplicationFixtures
			.addQuestion(employer, job, Map.of("kind", "YES_NO", "label", "May you work in the EU?", "required", "true",
					"knockoutAnswers", "no"))
			.status()).isEqualTo(302);
		ApplicationFixtures.addQuestion(employer, job,
				Map.of("kind", "NUMBER", "label", "Years of Go", "required", "true", "knockoutMin", "3"));
		ApplicationFixtures.addQuestion(employer, job, Map.of("kind", "SINGLE_CHOICE", "label", "Notice period",
				"options", "None\nOne month\nThree months", "knockoutAnswers", "Three months"));
		ApplicationFixtures.addQuestion(employer, job, Map.of("kind", "FREE_TEXT", "label", "Why us?"));
		var asked = new ScreeningQuestionsView(jdbc, job.getId());
		Candidate candidate = fixtures.candidate("Cara");

		Document form = candidate.session().page("/jobs/" + job.getSlug() + "/apply");
		assertThat(form.selectFirst("#name").val()).isEqualTo("Cara");
		assertThat(form.selectFirst("#headline").val()).isEqualTo("Backend engineer Cara");
		assertThat(form.selectFirst("#consent-text").text()).contains("180 days");
		assertThat(form.select("legend:contains(May you work in the EU?) .required")).hasSize(1);

		Api.Response invalid = ApplicationFixtures.apply(candidate, job, Map.of(asked.field("Years of Go"), "several",
				asked.field("Notice period"), "Next week", asked.field("Why us?"), "Your stack", "consent", "true"));
		assertThat(invalid.status()).isEqualTo(400);
		Document errors = Jsoup.parse(invalid.body());
		assertThat(errors.selectFirst("#" + asked.field("May you work in the EU?") + "-error").text())
			.isEqualTo("answer this question");
		assertThat(errors.selectFirst("#" + asked.field("Years of Go") + "-error").text()).contains("give a number");
		assertThat(errors.selectFirst("#" + asked.field("Notice period") + "-error").text())
			.contains("choose one of the options");
		assertThat(errors.selectFirst("#" + asked.field("Years of Go")).val()).isEqualTo("several");
		assertThat(errors.selectFirst("#" + asked.field("Why us?")).text()).isEqualTo("Your stack");
		assertThat(count(job)).isZero();

		Api.Response sent = ApplicationFixtures.apply(candidate, job,
				Map.of(asked.field("May you work in the EU?"), "YES", asked.field("Years of Go"), "2",
						asked.field("Notice period"), "One month", asked.field("Why us?"), "Your stack", "coverLetter",
						"I like payments.", "consent", "true"));

		assertThat(sent.status()).isEqualTo(302);
		assertThat(sent.header("Location")).contains("/candidate/applications?submitted=");
		Map<String, Object> row = jdbc.sql(
				"select knocked_out, cover_letter, consent_text, consent_given_at from application where job_id = :job")
			.param("job", job.getId())
			.query()
			.singleRow();
		assertThat(row.get("knocked_out")).as("two years of Go is below the three asked").isEqualTo(true);
		assertThat(row.get("cover_letter")).isEqualTo("I like payments.");
		assertThat((String) row.get("consent_text")).contains("180 days").contains(employer.company().getName());
		assertThat(row.get("consent_given_at")).isNotNull();
		assertThat(jdbc.sql("""
				select string_agg(label || '=' || coalesce(answer, '') || ':' || knocked_out, '|' order by position)
				from application_answer where application_id = (select id from application where job_id = :job)""")
			.param("job", job.getId())
			.query(String.class)
			.single()).isEqualTo(
					"May you work in the EU?=YES:false|Years of Go=2:true|Notice period=One month:false|Why us?=Your stack:false");
		Mailbox.Received confirmation = mailbox.waitForSubject(candidate.account().getEmail(), "Your application to");
		assertThat(confirmation.text()).contains("Payments Engineer").contains("/candidate/applications");
		assertThat(candidate.session().page("/candidate/applications").select(".application .status").text())
			.isEqualTo("Submitted");
	}

	@Test
	void aDoubleSubmitKeepsOneApplicationAndAnswersTheSameOne() {
		Job job = fixtures.backboardJob(fixtures.employer("Ezra"), "Platform Engineer");
		Candidate candidate = fixtures.candidate("Cleo");
		String token = candidate.session().csrfToken("/jobs/" + job.getSlug() + "/apply");
		Map<String, String> fields = new LinkedHashMap<>(Map.of("_csrf", token, "name", "Cleo", "headline", "",
				"coverLetter", "", "resume", "", "consent", "true"));

		Api.Response first = candidate.session().post("/jobs/" + job.getSlug() + "/apply", fields);
		Api.Response second = candidate.session().post("/jobs/" + job.getSlug() + "/apply", fields);

		assertThat(first.status()).isEqualTo(302);
		assertThat(second.status()).isEqualTo(302);
		assertThat(second.header("Location")).isEqualTo(first.header("Location"));
		assertThat(count(job)).isEqualTo(1);
		assertThat(candidate.session().get("/jobs/" + job.getSlug() + "/apply").header("Location"))
			.isEqualTo(first.header("Location"));
	}

	@Test
	void consentIsRequiredAndTheFormKeepsWhatWasTyped() {
		Job job = fixtures.backboardJob(fixtures.employer("Esme"), "Data Engineer");
		Candidate candidate = fixtures.candidate("Cyd");

		Api.Response refused = ApplicationFixtures.apply(candidate, job,
				Map.of("coverLetter", "Hello <b>team</b>", "name", "Cyd Charisse"));

		assertThat(refused.status()).isEqualTo(400);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.selectFirst("#consent-error").text()).contains("agree to the processing");
		assertThat(page.selectFirst("#coverLetter").text()).isEqualTo("Hello <b>team</b>");
		assertThat(page.selectFirst("#name").val()).isEqualTo("Cyd Charisse");
		assertThat(count(job)).isZero();
	}

	@Test
	void applyingIsRateLimitedPerAccount() {
		Job job = fixtures.backboardJob(fixtures.employer("Eli"), "Site Reliability Engineer");
		Candidate candidate = fixtures.candidate("Cole");
		String token = candidate.session().csrfToken("/jobs/" + job.getSlug() + "/apply");
		Map<String, String> withoutConsent = Map.of("_csrf", token, "name", "Cole");

		int last = 0;
		for (int i = 0; i < 21; i++) {
			Api.Response response = candidate.session().post("/jobs/" + job.getSlug() + "/apply", withoutConsent);
			last = response.status();
			if (i < 20) {
				assertThat(response.status()).isEqualTo(400);
			}
		}

		assertThat(last).isEqualTo(429);
	}

	@Test
	void onlyPublishedJobsThatTakeApplicationsHereHaveTheForm() {
		Employer employer = fixtures.employer("Eve");
		Job draft = jobs.createDraft(employer.companyId(),
				ApplicationFixtures.details("Draft Engineer", ApplyMethod.BACKBOARD, null),
				Actor.person(employer.account().getId(), "Eve"));
		Job external = fixtures.urlJob(employer, "Elsewhere Engineer", "https://careers.example/apply");
		Job closed = fixtures.backboardJob(employer, "Closed Engineer");
		jobs.close(employer.companyId(), closed.getId(), Actor.system());
		Candidate candidate = fixtures.candidate("Cass");

		for (Job job : java.util.List.of(draft, external, closed)) {
			assertThat(candidate.session().get("/jobs/" + job.getSlug() + "/apply").status()).as(job.getTitle())
				.isEqualTo(404);
			assertThat(candidate.session()
				.post("/jobs/" + job.getSlug() + "/apply",
						Map.of("_csrf", candidate.session().csrfToken("/candidate/applications"), "name", "Cass",
								"consent", "true"))
				.status()).as(job.getTitle()).isEqualTo(404);
		}
		Job open = fixtures.backboardJob(employer, "Open Engineer");
		Api.Response anonymous = new WebSession(port).get("/jobs/" + open.getSlug() + "/apply");
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.header("Location")).endsWith("/login");
		assertThat(employer.session().get("/jobs/" + open.getSlug() + "/apply").status()).isEqualTo(403);
		assertThat(count(draft) + count(external) + count(closed)).isZero();
	}

	@Test
	void clickOutsAreCountedAndGoOnlyToTheJobsOwnAddress() {
		Employer employer = fixtures.employer("Ezio");
		Job external = fixtures.urlJob(employer, "Outbound Engineer", "https://careers.example/jobs/42");
		Job byEmail = jobs.publish(employer.companyId(), ApplicationFixtures.details("Mail Engineer", null, null));
		WebSession visitor = new WebSession(port);

		Document page = visitor.page("/jobs/" + external.getSlug());
		assertThat(page.selectFirst("a.apply").attr("href")).isEqualTo("/jobs/" + external.getSlug() + "/apply-out");
		Api.Response out = visitor.get("/jobs/" + external.getSlug() + "/apply-out");
		Api.Response tampered = visitor
			.get("/jobs/" + external.getSlug() + "/apply-out?url=https://evil.example&next=//evil.example");
		Api.Response mail = visitor.get("/jobs/" + byEmail.getSlug() + "/apply-out");

		assertThat(out.status()).isEqualTo(302);
		assertThat(out.header("Location")).isEqualTo("https://careers.example/jobs/42");
		assertThat(tampered.header("Location")).isEqualTo("https://careers.example/jobs/42");
		assertThat(mail.header("Location")).startsWith("mailto:jobs@example.com?subject=Application%3A%20Mail");
		assertThat(visitor.get("/jobs/no-such-job/apply-out").status()).isEqualTo(404);
		visitor.get("/jobs/" + external.getSlug() + "/panel");
		assertThat(jdbc.sql("select views || '/' || apply_clicks from job_stat where job_id = :job")
			.param("job", external.getId())
			.query(String.class)
			.single()).isEqualTo("1/2");
	}

	@Test
	void savedJobsAreMarkedWhenTheyNoLongerTakeApplications() {
		Employer employer = fixtures.employer("Enzo");
		Job open = fixtures.backboardJob(employer, "Kept Engineer");
		Job closing = fixtures.backboardJob(employer, "Closing Engineer");
		Candidate candidate = fixtures.candidate("Cato");
		String token = candidate.session().csrfToken("/candidate/saved");

		assertThat(candidate.session().post("/jobs/" + open.getSlug() + "/save", Map.of("_csrf", token)).status())
			.isEqualTo(302);
		candidate.session().post("/jobs/" + closing.getSlug() + "/save", Map.of("_csrf", token));
		candidate.session().post("/jobs/" + closing.getSlug() + "/save", Map.of("_csrf", token));
		jobs.close(employer.companyId(), closing.getId(), Actor.system());

		Document saved = candidate.session().page("/candidate/saved");
		assertThat(saved.select(".saved-job")).hasSize(2);
		assertThat(saved.select("#saved-" + closing.getId() + " .expired-badge").text()).isEqualTo("Expired");
		assertThat(saved.select("#saved-" + open.getId() + " .expired-badge")).isEmpty();
		assertThat(employer.session()
			.post("/jobs/" + open.getSlug() + "/save", Map.of("_csrf", employer.session().csrfToken("/employer")))
			.status()).isEqualTo(403);
	}

	private long count(Job job) {
		return jdbc.sql("select count(*) from application where job_id = :job")
			.param("job", job.getId())
			.query(Long.class)
			.single();
	}

	/** The form fields of a job's questions, by their label. */
	record ScreeningQuestionsView(JdbcClient jdbc, long jobId) {

		String field(String label) {
			return "q" + jdbc.sql("select id from job_question where job_id = :job and label = :label")
				.param("job", jobId)
				.param("label", label)
				.query(Long.class)
				.single();
		}

	}

}
