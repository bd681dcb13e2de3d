package dev.backboard.stilllive.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.core.Actor;
import dev.backboard.core.BackboardProperties;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobAction;
import dev.backboard.jobs.JobService;
import dev.backboard.notifications.Mail;
import dev.backboard.notifications.Mailer;
import dev.backboard.stilllive.StillLiveProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a check changes, in one transaction with its record: a live page clears the flag;
 * a gone page (404, 410, a redirect to the list above it, a page or an ATS saying the job
 * is closed) flags the job and mails its company's owners once; gone again at least
 * {@code close-after} later closes the job and tells them. A page its employer said is
 * fine is not flagged again until the job's URL changes. Nothing else (time-outs, server
 * errors, refusals) changes anything.
 */
@Component
class Flags {

	private final JdbcClient jdbc;

	private final JobService jobs;

	private final CompanyMembers members;

	private final Accounts accounts;

	private final Mailer mailer;

	private final BackboardProperties board;

	private final StillLiveProperties properties;

	private final Clock clock;

	Flags(JdbcClient jdbc, JobService jobs, CompanyMembers members, Accounts accounts, Mailer mailer,
			BackboardProperties board, StillLiveProperties properties, Clock clock) {
		this.jdbc = jdbc;
		this.jobs = jobs;
		this.members = members;
		this.accounts = accounts;
		this.mailer = mailer;
		this.board = board;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public void record(Due due, Answer answer) {
		Instant now = clock.instant();
		jdbc.sql("""
				insert into still_live_check (job_id, url, checked_at, http_status, verdict, detail)
				values (:job, :url, :now, :status, :verdict, :detail)""")
			.param("job", due.jobId())
			.param("url", abbreviate(due.url(), 1000))
			.param("now", Timestamp.from(now))
			.param("status", answer.status())
			.param("verdict", answer.verdict().name())
			.param("detail", abbreviate(answer.detail(), 500))
			.update();
		State state = jdbc.sql("""
				insert into still_live_job (job_id, last_checked_at) values (:job, :now)
				on conflict (job_id) do update set last_checked_at = excluded.last_checked_at
				returning flag_url, flagged_at, dismissed_url""")
			.param("job", due.jobId())
			.param("now", Timestamp.from(now))
			.query((row, n) -> new State(row.getString("flag_url"), instant(row.getTimestamp("flagged_at")),
					row.getString("dismissed_url")))
			.single();
		switch (answer.verdict()) {
			case LIVE -> clear(due);
			case GONE -> gone(due, answer, state, now);
			case UNKNOWN, DISALLOWED -> {
			}
		}
	}

	private void gone(Due due, Answer answer, State state, Instant now) {
		if (due.url().equals(state.dismissedUrl())) {
			return;
		}
		Instant flaggedAt = state.flaggedAt();
		if (flaggedAt == null || !due.url().equals(state.flagUrl())) {
			jdbc.sql("""
					update still_live_job set flag_url = :url, flag_status = :status, flagged_at = :now,
					  dismissed_url = null, dismissed_at = null
					where job_id = :job""")
				.param("url", abbreviate(due.url(), 1000))
				.param("status", answer.status())
				.param("now", Timestamp.from(now))
				.param("job", due.jobId())
				.update();
			mailOwners(due, "The apply page of \"" + due.title() + "\" seems to be gone",
					"Backboard checked where candidates apply for \"" + due.title() + "\", " + due.url()
							+ ", and the page " + answered(answer) + " (" + Urls.date(now) + ").",
					"If the page is still gone when we look again in a day or more, the job closes on its own. "
							+ "If the job is still open, give it a working apply URL; if the page is fine, "
							+ "say so on your dashboard and we stop flagging it.");
			return;
		}
		if (now.isBefore(flaggedAt.plus(properties.closeAfter()))) {
			return;
		}
		Job job = jobs.findForCompany(due.companyId(), due.jobId());
		if (!job.can(JobAction.CLOSE)) {
			return;
		}
		jobs.close(due.companyId(), due.jobId(),
				"The apply page " + abbreviate(due.url(), 300) + " " + abbreviate(answered(answer), 300)
						+ " on two checks since " + Urls.date(flaggedAt) + ": the job is gone",
				Actor.system());
		mailOwners(due, "We closed \"" + due.title() + "\": its apply page is gone",
				"The apply page of \"" + due.title() + "\", " + due.url() + ", " + answered(answer)
						+ " again, more than a day after it first did, so Backboard closed the job.",
				"If the job is still open, relist it with a working apply URL.");
	}

	/**
	 * "answered HTTP 404"; for a page that sends visitors on, where to; for a page or an
	 * ATS that says the job is closed, what it said.
	 */
	private static String answered(Answer answer) {
		Integer status = answer.status();
		if (status != null && status / 100 == 3) {
			return "answered HTTP " + status + ": " + answer.detail();
		}
		if (answer.detail().equals("the page answered HTTP " + status)) {
			return "answered HTTP " + status;
		}
		return "looks closed: " + answer.detail();
	}

	private void clear(Due due) {
		jdbc.sql("update still_live_job set flag_url = null, flag_status = null, flagged_at = null where job_id = :job")
			.param("job", due.jobId())
			.update();
	}

	private void mailOwners(Due due, String subject, String... paragraphs) {
		String link = board.baseUrl() + "/employer/jobs/" + due.jobId();
		for (long owner : members.owners(due.companyId())) {
			accounts.findById(owner)
				.map(UserAccount::getEmail)
				.ifPresent(email -> mailer.send(Mail.to(email, subject, paragraphs).withAction("Open the job", link)));
		}
	}

	private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
		return timestamp == null ? null : timestamp.toInstant();
	}

	static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}

	private record State(@Nullable String flagUrl, @Nullable Instant flaggedAt, @Nullable String dismissedUrl) {
	}

}
