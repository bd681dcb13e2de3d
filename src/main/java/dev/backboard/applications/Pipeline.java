package dev.backboard.applications;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.backboard.candidates.ResumeFile;
import dev.backboard.candidates.Resumes;
import dev.backboard.core.Actor;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The employer's side: a job's applicants with their match, one application in full,
 * stage moves (one or many), notes and ratings, and the résumé. Every read and write is
 * scoped to the employer's company: another company's application or job is not found.
 */
@Service
public class Pipeline {

	/** The most applicants one list reads; a job's pipeline stays far below it. */
	static final int MAX_LISTED = 5000;

	private static final String COLUMNS = """
			id, job_id, candidate_name, candidate_email, headline, skills, stage, knocked_out, withdrawn_at,
			submitted_at, stage_changed_at""";

	private final JdbcClient jdbc;

	private final JobService jobs;

	private final Resumes resumes;

	private final ApplicationEvents events;

	private final StageEmails stageEmails;

	private final Clock clock;

	Pipeline(JdbcClient jdbc, JobService jobs, Resumes resumes, ApplicationEvents events, StageEmails stageEmails,
			Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.resumes = resumes;
		this.events = events;
		this.stageEmails = stageEmails;
		this.clock = clock;
	}

	/**
	 * The company's job's applicants, filtered and sorted.
	 * @throws dev.backboard.jobs.JobNotFound when the job is not the company's
	 */
	@Transactional(readOnly = true)
	public List<Applicant> applicants(long companyId, long jobId, ApplicantFilter filter) {
		Job job = jobs.findForCompany(companyId, jobId);
		List<Applicant> applicants = jdbc.sql("select " + COLUMNS + """
				 from application
				where job_id = :job and company_id = :company
				  and (cast(:stage as varchar) is null or stage = :stage)
				  and (cast(:knockedOut as boolean) is null or knocked_out = :knockedOut)
				order by submitted_at desc, id desc
				limit :limit""")
			.param("job", jobId)
			.param("company", companyId)
			.param("stage", filter.stage() == null ? null : filter.stage().name())
			.param("knockedOut", filter.knockedOut())
			.param("limit", MAX_LISTED)
			.query((row, n) -> applicant(row, job.getSkills()))
			.list();
		if (filter.sort() == ApplicantFilter.Sort.SCORE) {
			return applicants.stream()
				.sorted(Comparator.comparingInt((Applicant a) -> a.match().score())
					.reversed()
					.thenComparing(Applicant::submittedAt, Comparator.reverseOrder()))
				.toList();
		}
		return applicants;
	}

	/** How many applications each of the company's jobs has, by job id. */
	@Transactional(readOnly = true)
	public Map<Long, Long> counts(long companyId) {
		Map<Long, Long> counts = new LinkedHashMap<>();
		jdbc.sql("select job_id, count(*) from application where company_id = :company group by job_id")
			.param("company", companyId)
			.query((row, n) -> counts.put(row.getLong(1), row.getLong(2)))
			.list();
		return counts;
	}

	/**
	 * One of the company's applications in full.
	 * @throws ApplicationNotFound when it is not the company's
	 */
	@Transactional(readOnly = true)
	public ApplicationDetail detail(long companyId, long applicationId) {
		long jobId = jobOf(companyId, applicationId);
		Job job = jobs.findForCompany(companyId, jobId);
		return jdbc
			.sql("select " + COLUMNS + ", cover_letter, resume_id, consent_given_at from application where id = :id")
			.param("id", applicationId)
			.query((row, n) -> new ApplicationDetail(applicant(row, job.getSkills()), job.getTitle(),
					row.getString("cover_letter"), answers(applicationId), row.getObject("resume_id") != null,
					history(applicationId), notes(applicationId), row.getTimestamp("consent_given_at").toInstant()))
			.single();
	}

	/**
	 * Moves the company's applications to a stage, recording each move and emailing the
	 * candidates when the company wants that for the stage. Withdrawn applications and
	 * those already in the stage stay as they are.
	 * @return how many moved
	 * @throws ApplicationNotFound when any of them is not the company's; none moves then
	 */
	@Transactional
	public int move(long companyId, List<Long> applicationIds, Stage to, Actor actor) {
		Set<Long> ids = new LinkedHashSet<>(applicationIds);
		if (ids.isEmpty()) {
			return 0;
		}
		List<Row> rows = jdbc.sql("""
				select id, job_id, stage, candidate_email, withdrawn_at is not null as withdrawn from application
				where id in (:ids) and company_id = :company order by id for update""")
			.param("ids", ids)
			.param("company", companyId)
			.query((row, n) -> new Row(row.getLong("id"), row.getLong("job_id"), Stage.valueOf(row.getString("stage")),
					row.getString("candidate_email"), row.getBoolean("withdrawn")))
			.list();
		if (rows.size() != ids.size()) {
			throw new ApplicationNotFound();
		}
		Instant now = clock.instant();
		Set<Stage> emailed = stageEmails.stages(companyId);
		int moved = 0;
		for (Row row : rows) {
			if (row.withdrawn() || row.stage() == to) {
				continue;
			}
			jdbc.sql("""
					update application set stage = :to, stage_changed_at = :now,
					    first_response_at = coalesce(first_response_at, :now),
					    rejected_at = case when :to = 'REJECTED' then cast(:now as timestamptz) end
					where id = :id""")
				.param("to", to.name())
				.param("now", Timestamp.from(now))
				.param("id", row.id())
				.update();
			events.record(row.id(), ApplicationEvents.STAGE, actor, row.stage(), to, null, now);
			if (emailed.contains(to) && row.email() != null) {
				stageEmails.send(row.email(), jobs.findForCompany(companyId, row.jobId()), to);
			}
			moved++;
		}
		return moved;
	}

	/**
	 * Adds a team member's note, rating or both.
	 * @return the note as recorded
	 * @throws InvalidInput when neither is given, the note is too long or the rating is
	 * not 1 to 5
	 */
	@Transactional
	public ApplicationDetail.Note addNote(long companyId, long applicationId, String body, String rating, Actor actor) {
		jobOf(companyId, applicationId);
		Map<String, String> errors = new LinkedHashMap<>();
		String note = body.strip();
		if (note.length() > 2000) {
			errors.put("body", "write at most 2000 characters");
		}
		Integer stars = null;
		if (!rating.isBlank()) {
			try {
				stars = Integer.valueOf(rating.strip());
			}
			catch (NumberFormatException ex) {
				stars = 0;
			}
			if (stars < 1 || stars > 5) {
				errors.put("rating", "rate from 1 to 5");
			}
		}
		if (note.isEmpty() && stars == null) {
			errors.put("body", "write a note or give a rating");
		}
		if (!errors.isEmpty()) {
			throw new InvalidInput(errors);
		}
		Instant now = clock.instant();
		jdbc.sql("""
				insert into application_note (application_id, author_account_id, author, body, rating, created_at)
				values (:application, :authorId, :author, :body, :rating, :now)""")
			.param("application", applicationId)
			.param("authorId", actor.accountId())
			.param("author", actor.description())
			.param("body", note.isEmpty() ? null : note)
			.param("rating", stars)
			.param("now", Timestamp.from(now))
			.update();
		events.record(applicationId, ApplicationEvents.NOTE, actor, null, null,
				stars == null ? "added a note" : note.isEmpty() ? "rated " + stars : "added a note and rated " + stars,
				now);
		return new ApplicationDetail.Note(now, actor.description(), note.isEmpty() ? null : note, stars);
	}

	/**
	 * Sets a team member's own rating: one per person, replacing the ones they gave
	 * before (a rating alone is replaced; a note keeps its text and loses its rating).
	 * Setting the rating a person already has changes nothing.
	 * @return the rating as recorded
	 * @throws InvalidInput when the rating is not 1 to 5
	 */
	@Transactional
	public ApplicationDetail.Note rate(long companyId, long applicationId, @Nullable Integer rating, Actor actor) {
		jobOf(companyId, applicationId);
		if (rating == null || rating < 1 || rating > 5) {
			throw new InvalidInput(Map.of("rating", "rate from 1 to 5"));
		}
		Long author = actor.accountId();
		if (author == null) {
			return addNote(companyId, applicationId, "", rating.toString(), actor);
		}
		// Two ratings sent at once by the same person wait for each other here.
		jdbc.sql("select id from application where id = :id for update")
			.param("id", applicationId)
			.query()
			.listOfRows();
		List<ApplicationDetail.Note> mine = jdbc.sql("""
				select created_at, author, body, rating from application_note
				where application_id = :application and author_account_id = :author and rating is not null
				order by created_at, id""")
			.param("application", applicationId)
			.param("author", author)
			.query((row, n) -> new ApplicationDetail.Note(row.getTimestamp(1).toInstant(), row.getString(2),
					row.getString(3), row.getObject(4, Integer.class)))
			.list();
		if (mine.size() == 1 && mine.get(0).body() == null && rating.equals(mine.get(0).rating())) {
			return mine.get(0);
		}
		jdbc.sql("""
				update application_note set rating = null
				where application_id = :application and author_account_id = :author and body is not null""")
			.param("application", applicationId)
			.param("author", author)
			.update();
		jdbc.sql("""
				delete from application_note
				where application_id = :application and author_account_id = :author and body is null""")
			.param("application", applicationId)
			.param("author", author)
			.update();
		return addNote(companyId, applicationId, "", rating.toString(), actor);
	}

	/**
	 * The team's notes and ratings on one of the company's applications, oldest first.
	 * @throws ApplicationNotFound when it is not the company's
	 */
	@Transactional(readOnly = true)
	public List<ApplicationDetail.Note> notes(long companyId, long applicationId) {
		jobOf(companyId, applicationId);
		return notes(applicationId);
	}

	/**
	 * The résumé sent with one of the company's applications.
	 * @throws ApplicationNotFound when the application is not the company's or has no
	 * résumé (any more)
	 */
	@Transactional(readOnly = true)
	public ResumeFile resume(long companyId, long applicationId) {
		jobOf(companyId, applicationId);
		record Link(@Nullable UUID resumeId, @Nullable Long candidate) {
		}
		Link link = jdbc.sql("select resume_id, candidate_account_id from application where id = :id")
			.param("id", applicationId)
			.query((row, n) -> new Link(row.getObject("resume_id", UUID.class),
					row.getObject("candidate_account_id", Long.class)))
			.single();
		if (link.resumeId() == null || link.candidate() == null) {
			throw new ApplicationNotFound();
		}
		return resumes.readForApplication(link.resumeId(), link.candidate());
	}

	/** The job of one of the company's applications. */
	private long jobOf(long companyId, long applicationId) {
		return jdbc.sql("select job_id from application where id = :id and company_id = :company")
			.param("id", applicationId)
			.param("company", companyId)
			.query(Long.class)
			.optional()
			.orElseThrow(ApplicationNotFound::new);
	}

	List<Answer> answers(long applicationId) {
		return jdbc
			.sql("select kind, label, answer, knocked_out from application_answer "
					+ "where application_id = :id order by position")
			.param("id", applicationId)
			.query((row, n) -> new Answer(QuestionKind.valueOf(row.getString(1)), row.getString(2), row.getString(3),
					row.getBoolean(4)))
			.list();
	}

	private List<ApplicationDetail.HistoryEntry> history(long applicationId) {
		return jdbc
			.sql("select occurred_at, type, actor, from_stage, to_stage, detail from application_event "
					+ "where application_id = :id order by occurred_at, id")
			.param("id", applicationId)
			.query((row, n) -> new ApplicationDetail.HistoryEntry(row.getTimestamp(1).toInstant(), row.getString(2),
					row.getString(3), stage(row.getString(4)), stage(row.getString(5)), row.getString(6)))
			.list();
	}

	private List<ApplicationDetail.Note> notes(long applicationId) {
		return jdbc
			.sql("select created_at, author, body, rating from application_note "
					+ "where application_id = :id order by created_at, id")
			.param("id", applicationId)
			.query((row, n) -> new ApplicationDetail.Note(row.getTimestamp(1).toInstant(), row.getString(2),
					row.getString(3), row.getObject(4, Integer.class)))
			.list();
	}

	private static @Nullable Stage stage(@Nullable String name) {
		return name == null ? null : Stage.valueOf(name);
	}

	private static Applicant applicant(ResultSet row, Set<JobSkill> jobSkills) throws SQLException {
		List<String> skills = ScreeningQuestions.strings(row.getArray("skills"));
		return new Applicant(row.getLong("id"), row.getLong("job_id"), row.getString("candidate_name"),
				row.getString("candidate_email"), row.getString("headline"), skills,
				Stage.valueOf(row.getString("stage")), row.getBoolean("knocked_out"),
				row.getTimestamp("withdrawn_at") != null, row.getTimestamp("submitted_at").toInstant(),
				row.getTimestamp("stage_changed_at").toInstant(), MatchScore.of(jobSkills, skills));
	}

	private record Row(long id, long jobId, Stage stage, @Nullable String email, boolean withdrawn) {
	}

}
