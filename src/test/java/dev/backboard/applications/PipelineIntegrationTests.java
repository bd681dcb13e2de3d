package dev.backboard.applications;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.backboard.applications.ApplicationFixtures.Candidate;
import dev.backboard.applications.ApplicationFixtures.Employer;
import dev.backboard.candidates.CandidateProfiles;
import dev.backboard.candidates.SampleDocuments;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.core.privacy.PersonalData;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.MutableClock;
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
class PipelineIntegrationTests {

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
	MutableClock clock;

	@Autowired
	ApplicationRetention retention;

	@Autowired
	List<PersonalData> personalData;

	@Autowired
	JdbcClient jdbc;

	ApplicationFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new ApplicationFixtures(port, users, companies, members, jobs, profiles);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theEmployerSeesTheMatchScoreWithItsExplanation() {
		Employer employer = fixtures.employer("Ember");
		Job job = fixtures.backboardJob(employer, "Ledger Engineer");
		Candidate candidate = fixtures.candidate("Corin");
		long id = applied(candidate, job, "Corin");

		Document list = employer.session().page("/employer/jobs/" + job.getId() + "/applicants");

		// Go (must have, 2) of Go, PostgreSQL (must have, 2) and Kafka (nice to have, 1).
		assertThat(list.select("#application-" + id + " .score").text()).isEqualTo("40%");
		assertThat(list.select("#application-" + id + " .matched").text()).isEqualTo("Has: Go");
		assertThat(list.select("#application-" + id + " .missing").text())
			.isEqualTo("Missing: PostgreSQL, Apache Kafka");
		assertThat(list.select("#application-" + id + " .extra").text()).isEqualTo("Also: Docker");
		assertThat(list.select("#application-" + id + " .knockout").text()).isEqualTo("Passed");
		assertThat(employer.session().get("/employer/jobs/" + job.getId() + "/applicants?sort=random").status())
			.isEqualTo(400);
		assertThat(employer.session()
			.page("/employer/jobs/" + job.getId() + "/applicants?stage=REJECTED")
			.select("#application-" + id)).isEmpty();
	}

	@Test
	void aStageMoveIsRecordedTheCandidateSeesItAndGetsAMail() {
		Employer employer = fixtures.employer("Elio");
		Job job = fixtures.backboardJob(employer, "Billing Engineer");
		Candidate candidate = fixtures.candidate("Cosmo");
		long id = applied(candidate, job, "Cosmo");

		Api.Response moved = employer.session()
			.submit("/employer/applications/" + id, "#stage-form", Map.of("stage", "INTERVIEW"));

		assertThat(moved.status()).isEqualTo(302);
		assertThat(jdbc
			.sql("select actor_account_id || ':' || from_stage || '>' || to_stage from application_event "
					+ "where application_id = :id and type = 'STAGE'")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo(employer.account().getId() + ":NEW>INTERVIEW");
		assertThat(candidate.session().page("/candidate/applications").select("#application-" + id + " .status").text())
			.isEqualTo("Interviewing");
		Mailbox.Received mail = mailbox.waitForSubject(candidate.account().getEmail(), "Interviewing");
		assertThat(mail.text()).contains("would like to interview you for Billing Engineer");
		assertThat(employer.session().page("/employer/applications/" + id).select(".history").text())
			.contains("moved it from New to Interview");
	}

	@Test
	void bulkMovesNotesRatingsAndTheResponseTime() {
		Employer employer = fixtures.employer("Edda");
		Job job = fixtures.backboardJob(employer, "Search Engineer");
		long first = applied(fixtures.candidate("Cai"), job, "Cai");
		long second = applied(fixtures.candidate("Coco"), job, "Coco");
		long third = applied(fixtures.candidate("Cyril"), job, "Cyril");
		String token = employer.session().csrfToken("/employer/jobs/" + job.getId() + "/applicants");

		Api.Response bulk = employer.session()
			.post("/employer/jobs/" + job.getId() + "/applicants/stage?ids=" + first + "&ids=" + second + "&ids="
					+ third, Map.of("_csrf", token, "stage", "REVIEWING"));

		assertThat(bulk.status()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from application where job_id = :job and stage = 'REVIEWING'")
			.param("job", job.getId())
			.query(Long.class)
			.single()).isEqualTo(3);
		assertThat(new WebSession(port).page("/jobs/" + job.getSlug() + "/panel").select(".response-time").text())
			.isEqualTo("Usually responds within 1 day");

		Api.Response note = employer.session()
			.submit("/employer/applications/" + first, "#note-form", Map.of("body", "Strong on Lucene", "rating", "4"));
		Api.Response badRating = employer.session()
			.submit("/employer/applications/" + first, "#note-form", Map.of("body", "", "rating", "9"));

		assertThat(note.status()).isEqualTo(302);
		assertThat(badRating.status()).isEqualTo(400);
		assertThat(badRating.body()).contains("id=\"rating-error\"").contains("rate from 1 to 5");
		Document detail = employer.session().page("/employer/applications/" + first);
		assertThat(detail.select(".notes").text()).contains("Edda (account " + employer.account().getId() + ")")
			.contains("rated 4 of 5")
			.contains("Strong on Lucene");
		assertThat(detail.select(".rating").text()).isEqualTo("4.0 of 5");
	}

	@Test
	void theCsvExportDefusesFormulas() {
		Employer employer = fixtures.employer("Edie");
		Job job = fixtures.backboardJob(employer, "Spreadsheet Engineer");
		applied(fixtures.candidate("Cal"), job, "=HYPERLINK(\"https://evil.example\",\"x\")");
		applied(fixtures.candidate("Cid"), job, "@SUM(1+1)");

		Api.Response csv = employer.session().get("/employer/jobs/" + job.getId() + "/applicants.csv");

		assertThat(csv.status()).isEqualTo(200);
		assertThat(csv.header("Content-Disposition")).startsWith("attachment;");
		assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"https://evil.example\"\",\"\"x\"\")\"")
			.contains("\"'@SUM(1+1)\"")
			.doesNotContain(",\"=")
			.doesNotContain(",\"@");
	}

	@Test
	void theCompanyDownloadsTheResumeAndAnotherCompanySeesNothing() {
		Employer employer = fixtures.employer("Elke");
		Employer other = fixtures.employer("Otto");
		Job job = fixtures.backboardJob(employer, "Storage Engineer");
		Job othersJob = fixtures.backboardJob(other, "Other Engineer");
		Candidate candidate = fixtures.candidate("Cleon");
		byte[] pdf = SampleDocuments.pdf("Cleon builds storage engines");
		Api.Response sent = candidate.session()
			.postMultipart("/jobs/" + job.getSlug() + "/apply",
					Map.of("_csrf", candidate.session().csrfToken("/jobs/" + job.getSlug() + "/apply"), "name", "Cleon",
							"resume", "", "consent", "true"),
					"resumeFile", "cv.pdf", "application/pdf", pdf);
		assertThat(sent.status()).isEqualTo(302);
		long id = idOf(job);

		HttpResponse<byte[]> download = employer.session().download("/employer/applications/" + id + "/resume");
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;");
		assertThat(employer.session().head("/employer/applications/" + id + "/resume").status()).isEqualTo(200);

		String token = other.session().csrfToken("/employer/jobs/" + othersJob.getId() + "/applicants");
		Api.Response missing = other.session().get("/employer/applications/999999999/resume");
		for (String path : List.of("/employer/applications/" + id, "/employer/applications/" + id + "/resume",
				"/employer/jobs/" + job.getId() + "/applicants", "/employer/jobs/" + job.getId() + "/applicants.csv",
				"/employer/jobs/" + job.getId() + "/questions")) {
			Api.Response foreign = other.session().get(path);
			assertThat(foreign.status()).as(path).isEqualTo(404);
			assertThat(withoutToken(foreign.body())).as(path).isEqualTo(withoutToken(missing.body()));
			assertThat(other.session().head(path).status()).as("HEAD " + path).isEqualTo(404);
		}
		for (String path : List.of("/employer/applications/" + id + "/stage", "/employer/applications/" + id + "/notes",
				"/employer/jobs/" + job.getId() + "/applicants/stage",
				"/employer/jobs/" + job.getId() + "/questions")) {
			assertThat(other.session()
				.post(path,
						Map.of("_csrf", token, "stage", "REJECTED", "body", "x", "label", "Hacked?", "ids",
								Long.toString(id)))
				.status()).as("POST " + path).isEqualTo(404);
		}
		assertThat(other.session()
			.post("/employer/jobs/" + othersJob.getId() + "/applicants/stage",
					Map.of("_csrf", token, "stage", "REJECTED", "ids", Long.toString(id)))
			.status()).as("another job's application through one's own job").isEqualTo(404);
		assertThat(
				jdbc.sql("select stage from application where id = :id").param("id", id).query(String.class).single())
			.isEqualTo("NEW");
		assertThat(candidate.session().get("/employer/applications/" + id).status()).isEqualTo(403);
	}

	@Test
	void withdrawingAnonymizesAtOnceAndTheEmployerSeesAnAnonymizedCandidate() {
		Employer employer = fixtures.employer("Emil");
		Job job = fixtures.backboardJob(employer, "Withdrawn Engineer");
		Candidate candidate = fixtures.candidate("Cybil");
		long id = applied(candidate, job, "Cybil Shepherd");
		Candidate stranger = fixtures.candidate("Clay");

		assertThat(stranger.session()
			.post("/candidate/applications/" + id + "/withdraw",
					Map.of("_csrf", stranger.session().csrfToken("/candidate/applications")))
			.status()).isEqualTo(404);
		Api.Response withdrawn = candidate.session()
			.submit("/candidate/applications", "#application-" + id + " form", Map.of());

		assertThat(withdrawn.status()).isEqualTo(302);
		assertThat(candidate.session().page("/candidate/applications").select("#application-" + id + " .status").text())
			.isEqualTo("Withdrawn");
		Map<String, Object> row = jdbc.sql(
				"select candidate_name, candidate_email, cover_letter, consent_withdrawn_at from application where id = :id")
			.param("id", id)
			.query()
			.singleRow();
		assertThat(row.get("candidate_name")).isNull();
		assertThat(row.get("candidate_email")).isNull();
		assertThat(row.get("cover_letter")).isNull();
		assertThat(row.get("consent_withdrawn_at")).isNotNull();
		assertThat(employer.session().page("/employer/applications/" + id).select("h1").text())
			.isEqualTo("Anonymized candidate");
	}

	@Test
	void retentionAnonymizesRejectedApplicationsAfterThePeriodAndKeepsTheirHistory() {
		Employer employer = fixtures.employer("Esra");
		Job job = fixtures.backboardJob(employer, "Retention Engineer");
		Candidate candidate = fixtures.candidate("Ciro");
		long id = applied(candidate, job, "Ciro");
		employer.session().submit("/employer/applications/" + id, "#stage-form", Map.of("stage", "REJECTED"));
		mailbox.waitForSubject(candidate.account().getEmail(), "Not selected");

		clock.set(clock.instant().plus(Duration.ofDays(179)));
		retention.anonymizeDue();
		assertThat(nameOf(id)).isEqualTo("Ciro");

		clock.set(clock.instant().plus(Duration.ofDays(2)));
		retention.anonymizeDue();

		assertThat(nameOf(id)).isNull();
		assertThat(jdbc.sql("select candidate_account_id from application where id = :id")
			.param("id", id)
			.query(Long.class)
			.optional()).isEmpty();
		assertThat(jdbc
			.sql("select string_agg(type, ',' order by occurred_at, id) from application_event "
					+ "where application_id = :id")
			.param("id", id)
			.query(String.class)
			.single()).isEqualTo("SUBMITTED,STAGE,ANONYMIZED");
		assertThat(employer.session().page("/employer/applications/" + id).select("h1").text())
			.isEqualTo("Anonymized candidate");
	}

	@Test
	void personalDataExportsTheCandidatesApplicationsAndErasesThem() {
		Employer employer = fixtures.employer("Etta");
		Job job = fixtures.backboardJob(employer, "Privacy Engineer");
		Candidate candidate = fixtures.candidate("Cora");
		long id = applied(candidate, job, "Cora Privacy");
		String token = candidate.session().csrfToken("/candidate/applications");
		candidate.session().post("/jobs/" + job.getSlug() + "/save", Map.of("_csrf", token));
		candidate.session().post("/jobs/" + job.getSlug() + "/hide", Map.of("_csrf", token));
		applied(fixtures.candidate("Chet"), job, "Chet Other");
		PersonalData applications = personalData.stream()
			.filter(data -> data.section().equals("applications"))
			.findFirst()
			.orElseThrow();

		ApplicationsPersonalData.Export export = (ApplicationsPersonalData.Export) applications.export(candidate.id());

		assertThat(export.applications()).hasSize(1);
		assertThat(export.applications().getFirst().name()).isEqualTo("Cora Privacy");
		assertThat(export.applications().getFirst().consent().text()).contains("180 days");
		assertThat(export.applications().getFirst().status()).isEqualTo("Submitted");
		assertThat(export.savedJobs()).extracting(SavedJob::jobId).containsExactly(job.getId());
		assertThat(export.hiddenJobs()).extracting(HiddenJobs.HiddenJob::slug).containsExactly(job.getSlug());

		applications.erase(candidate.id());

		assertThat(nameOf(id)).isNull();
		assertThat(jdbc.sql("select count(*) from application where candidate_account_id = :account")
			.param("account", candidate.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from saved_job where account_id = :account")
			.param("account", candidate.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(jdbc.sql("select count(*) from hidden_job where account_id = :account")
			.param("account", candidate.id())
			.query(Long.class)
			.single()).isZero();
		assertThat(((ApplicationsPersonalData.Export) applications.export(candidate.id())).applications()).isEmpty();
		assertThat(employer.session().page("/employer/jobs/" + job.getId() + "/applicants").text())
			.contains("Anonymized candidate")
			.contains("Chet Other")
			.doesNotContain("Cora Privacy");
	}

	private long applied(Candidate candidate, Job job, String name) {
		Map<String, String> values = new LinkedHashMap<>(
				Map.of("name", name, "consent", "true", "coverLetter", "Dear team"));
		Api.Response sent = ApplicationFixtures.apply(candidate, job, values);
		assertThat(sent.status()).as(sent.body()).isEqualTo(302);
		return Long.parseLong(sent.header("Location").replaceAll(".*submitted=", ""));
	}

	private long idOf(Job job) {
		return jdbc.sql("select id from application where job_id = :job")
			.param("job", job.getId())
			.query(Long.class)
			.single();
	}

	private @org.jspecify.annotations.Nullable String nameOf(long id) {
		return jdbc.sql("select candidate_name from application where id = :id")
			.param("id", id)
			.query((row, n) -> java.util.Optional.ofNullable(row.getString(1)))
			.single()
			.orElse(null);
	}

	/** The page without its CSRF token, which is masked afresh on every response. */
	private static String withoutToken(String body) {
		return body.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

}
