package dev.backboard.applications;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import dev.backboard.candidates.CandidateProfile;
import dev.backboard.candidates.CandidateProfiles;
import dev.backboard.candidates.Resumes;
import dev.backboard.core.Actor;
import dev.backboard.core.BackboardProperties;
import dev.backboard.jobs.ApplyMethod;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobNotFound;
import dev.backboard.jobs.JobService;
import dev.backboard.notifications.Mail;
import dev.backboard.notifications.Mailer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applying on Backboard: one application per candidate and job, with the screening
 * answers checked and the knock-out decided, the consent recorded as it was shown, and a
 * confirmation mail.
 */
@Service
public class Applying {

	private final JdbcClient jdbc;

	private final JobService jobs;

	private final ScreeningQuestions questions;

	private final CandidateProfiles profiles;

	private final Resumes resumes;

	private final ApplicationEvents events;

	private final Mailer mailer;

	private final BackboardProperties board;

	private final ApplicationsProperties properties;

	private final Clock clock;

	Applying(JdbcClient jdbc, JobService jobs, ScreeningQuestions questions, CandidateProfiles profiles,
			Resumes resumes, ApplicationEvents events, Mailer mailer, BackboardProperties board,
			ApplicationsProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.questions = questions;
		this.profiles = profiles;
		this.resumes = resumes;
		this.events = events;
		this.mailer = mailer;
		this.board = board;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * A job that takes applications on Backboard now.
	 * @throws JobNotFound when there is none by that slug, it is not published or it
	 * takes applications elsewhere
	 */
	@Transactional(readOnly = true)
	public Job openJob(String slug) {
		return jobs.findBySlug(slug)
			.filter(Job::isPublished)
			.filter(job -> job.getApplyMethod() == ApplyMethod.BACKBOARD)
			.orElseThrow(() -> new JobNotFound(slug));
	}

	/** The form filled from the candidate's profile. */
	@Transactional(readOnly = true)
	public ApplicationForm prefilled(long accountId, String displayName) {
		String headline = profiles.find(accountId).map(CandidateProfile::headline).orElse("");
		return new ApplicationForm(displayName, headline, null, "", Map.of(), false);
	}

	/** What the candidate agrees to, shown on the form and kept with the application. */
	public String consentText(Job job) {
		return "I agree that " + job.getCompany().getName()
				+ " and Backboard process the personal data in this application to consider me for this job. "
				+ "It is anonymized " + properties.retentionDays()
				+ " days after the job closes or after I am not selected, and I can withdraw it at any time.";
	}

	/** The candidate's application to the job, if they sent one. */
	@Transactional(readOnly = true)
	public Optional<Long> existing(long jobId, long accountId) {
		return jdbc.sql("select id from application where job_id = :job and candidate_account_id = :account")
			.param("job", jobId)
			.param("account", accountId)
			.query(Long.class)
			.optional();
	}

	/**
	 * The errors that keep the form from being sent, by field; empty when it may be.
	 */
	@Transactional(readOnly = true)
	public Map<String, String> check(Job job, long accountId, ApplicationForm form) {
		Map<String, String> errors = new LinkedHashMap<>();
		checkAnswers(job, form, errors);
		if (form.resumeId() != null && resumes.find(accountId, form.resumeId()).isEmpty()) {
			errors.put("resume", "choose one of your résumés");
		}
		return errors;
	}

	/**
	 * Sends the application, or answers the one already sent to that job.
	 * @throws InvalidInput with a message per field; nothing is saved then
	 */
	@Transactional
	public Submitted submit(Job job, long accountId, String email, ApplicationForm form) {
		Optional<Long> existing = existing(job.getId(), accountId);
		if (existing.isPresent()) {
			return new Submitted(existing.get(), false);
		}
		Map<String, String> errors = new LinkedHashMap<>();
		List<Answer> answers = checkAnswers(job, form, errors);
		if (form.resumeId() != null && resumes.find(accountId, form.resumeId()).isEmpty()) {
			errors.put("resume", "choose one of your résumés");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		Instant now = clock.instant();
		boolean knockedOut = answers.stream().anyMatch(Answer::knockedOut);
		List<String> skills = profiles.find(accountId).map(CandidateProfile::skills).orElse(List.of());
		// A second submit racing this one inserts nothing and finds the first.
		Optional<Long> inserted = jdbc.sql("""
				insert into application (job_id, company_id, candidate_account_id, candidate_name, candidate_email,
				    headline, skills, resume_id, cover_letter, stage, knocked_out, submitted_at, stage_changed_at,
				    consent_text, consent_given_at)
				values (:job, :company, :account, :name, :email, :headline, string_to_array(:skills, ','), :resume,
				    :letter, 'NEW', :knockedOut, :now, :now, :consent, :now)
				on conflict on constraint application_once do nothing
				returning id""")
			.param("job", job.getId())
			.param("company", job.getCompany().getId())
			.param("account", accountId)
			.param("name", form.name().strip())
			.param("email", email)
			.param("headline", form.headline().strip())
			.param("skills", String.join(",", skills))
			.param("resume", form.resumeId())
			.param("letter", form.coverLetter().isBlank() ? null : form.coverLetter().strip())
			.param("knockedOut", knockedOut)
			.param("now", Timestamp.from(now))
			.param("consent", consentText(job))
			.query(Long.class)
			.optional();
		if (inserted.isEmpty()) {
			return new Submitted(existing(job.getId(), accountId).orElseThrow(), false);
		}
		long id = inserted.get();
		List<Long> questionIds = questionIds(job);
		for (int i = 0; i < answers.size(); i++) {
			Answer answer = answers.get(i);
			jdbc.sql("""
					insert into application_answer (application_id, position, question_id, kind, label, answer,
					    knocked_out)
					values (:application, :position, :question, :kind, :label, :answer, :knockedOut)""")
				.param("application", id)
				.param("position", i)
				.param("question", questionIds.get(i))
				.param("kind", answer.kind().name())
				.param("label", answer.label())
				.param("answer", answer.answer())
				.param("knockedOut", answer.knockedOut())
				.update();
		}
		events.record(id, ApplicationEvents.SUBMITTED, candidate(accountId), null, Stage.NEW,
				knockedOut ? "knocked out by a screening answer" : null, now);
		mailer.send(Mail
			.to(email, "Your application to " + job.getTitle() + " at " + job.getCompany().getName(),
					"Thank you for applying to " + job.getTitle() + " at " + job.getCompany().getName() + ".",
					"We sent your application to the company. You will see where it stands under My applications, "
							+ "and you can withdraw it there at any time.")
			.withAction("See your applications", board.baseUrl() + "/candidate/applications"));
		return new Submitted(id, true);
	}

	/** The candidate as application records name them: never by name. */
	static Actor candidate(long accountId) {
		return new Actor(accountId, "Candidate");
	}

	private List<Long> questionIds(Job job) {
		return questions.forJob(job.getId()).stream().map(Question::id).toList();
	}

	private List<Answer> checkAnswers(Job job, ApplicationForm form, Map<String, String> errors) {
		String name = form.name().strip();
		if (name.isEmpty() || name.length() > 200) {
			errors.put("name", "give your name, up to 200 characters");
		}
		if (form.headline().strip().length() > 200) {
			errors.put("headline", "keep it to 200 characters");
		}
		if (form.coverLetter().length() > ApplicationForm.MAX_COVER_LETTER) {
			errors.put("coverLetter", "write at most " + ApplicationForm.MAX_COVER_LETTER + " characters");
		}
		List<Answer> answers = Answers.check(questions.forJob(job.getId()), form.answers(), errors);
		if (!form.consent()) {
			errors.put("consent", "agree to the processing of your application to send it");
		}
		return answers;
	}

}
