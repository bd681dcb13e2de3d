package dev.backboard.applications;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.candidates.CandidateProfiles;
import dev.backboard.candidates.ProfileInput;
import dev.backboard.candidates.RemotePreference;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.companies.MemberRole;
import dev.backboard.jobs.ApplyMethod;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.support.Api;
import dev.backboard.support.SampleJobs;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

/**
 * Companies, jobs and candidates for the applications' tests, each fresh, with sessions
 * from addresses of their own so that the per-IP limits of one test never meet another's.
 */
public final class ApplicationFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final int port;

	private final Users users;

	private final CompanyRepository companies;

	private final CompanyMembers members;

	private final JobService jobs;

	private final CandidateProfiles profiles;

	ApplicationFixtures(int port, Users users, CompanyRepository companies, CompanyMembers members, JobService jobs,
			CandidateProfiles profiles) {
		this.port = port;
		this.users = users;
		this.companies = companies;
		this.members = members;
		this.jobs = jobs;
		this.profiles = profiles;
	}

	Employer employer(String name) {
		UserAccount account = users.create(name, Role.EMPLOYER);
		Company company = companies
			.save(new Company(name + " Systems " + System.nanoTime(), "https://example.com", null, Instant.now()));
		members.add(company.getId(), account.getId(), MemberRole.OWNER);
		return new Employer(account, company, users.signIn(port, account).header("X-Forwarded-For", freshIp()));
	}

	/**
	 * A published job that takes applications on Backboard: Go and PostgreSQL, Kafka nice
	 * to have.
	 */
	Job backboardJob(Employer employer, String title) {
		return jobs.publish(employer.companyId(), details(title, ApplyMethod.BACKBOARD, null));
	}

	Job urlJob(Employer employer, String title, String url) {
		return jobs.publish(employer.companyId(), details(title, null, url));
	}

	public static JobDetails details(String title, ApplyMethod method, String url) {
		JobDetails base = SampleJobs
			.job(title, "Payment services in Go on PostgreSQL, events on Kafka.", WorkplaceType.REMOTE, List.of(),
					Seniority.SENIOR, null,
					List.of(new JobSkill("go", true), new JobSkill("postgresql", true), new JobSkill("kafka", false)))
			.build();
		return new JobDetails(base.title(), base.descriptionMarkdown(), base.locations(), base.workplaceType(),
				base.remoteCountries(), base.timezoneMin(), base.timezoneMax(), base.employmentType(), base.seniority(),
				base.salary(), base.visaSponsorship(), base.relocation(), base.skills(), url,
				method == null && url == null ? "jobs@example.com" : null, method);
	}

	/** A candidate with a profile: Go and Docker, headline "Backend engineer". */
	Candidate candidate(String name) {
		UserAccount account = users.create(name, Role.CANDIDATE);
		profiles.save(account.getId(), new ProfileInput("Backend engineer " + name, "", "Go, Docker", "6", "", "", "",
				false, RemotePreference.ANY.name(), "", "", "YEAR", "", "", ""));
		return new Candidate(account,
				WebSession.signedIn(port, account.getEmail(), Users.PASSWORD).header("X-Forwarded-For", freshIp()));
	}

	static String freshIp() {
		int n = SEQUENCE.incrementAndGet();
		return "198.18." + (n / 250 % 250) + "." + (n % 250 + 1);
	}

	/** The employer adds a question through the questions page. */
	static Api.Response addQuestion(Employer employer, Job job, Map<String, String> fields) {
		Map<String, String> values = new LinkedHashMap<>(Map.of("kind", "FREE_TEXT", "label", "", "options", "",
				"knockoutAnswers", "", "knockoutMin", "", "knockoutMax", ""));
		values.putAll(fields);
		return employer.session().submit("/employer/jobs/" + job.getId() + "/questions", "#question-form", values);
	}

	/**
	 * The apply form's own hidden fields, the defaults a person leaves, and the values.
	 */
	static Api.Response apply(Candidate candidate, Job job, Map<String, String> values) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("name", candidate.account().getDisplayName());
		fields.put("headline", "Backend engineer");
		fields.put("coverLetter", "");
		fields.put("resume", "");
		fields.putAll(values);
		return candidate.session().submit("/jobs/" + job.getSlug() + "/apply", "#apply-form", fields);
	}

	record Employer(UserAccount account, Company company, WebSession session) {

		long companyId() {
			return company.getId();
		}

	}

	record Candidate(UserAccount account, WebSession session) {

		long id() {
			return account.getId();
		}

	}

}
