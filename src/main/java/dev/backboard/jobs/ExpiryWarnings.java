package dev.backboard.jobs;

import java.time.Clock;
import java.time.Instant;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.core.BackboardProperties;
import dev.backboard.notifications.Mail;
import dev.backboard.notifications.Mailer;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tells a company's owners that a job is about to expire, once per validity period, with
 * a link to the dashboard where renewing it is one click. The mark and the mail share a
 * transaction, so a crash sends neither or both.
 */
@Component
class ExpiryWarnings {

	private static final int BATCH = 200;

	private final JobRepository jobs;

	private final CompanyMembers members;

	private final Accounts accounts;

	private final Mailer mailer;

	private final JobsProperties properties;

	private final BackboardProperties board;

	private final Clock clock;

	ExpiryWarnings(JobRepository jobs, CompanyMembers members, Accounts accounts, Mailer mailer,
			JobsProperties properties, BackboardProperties board, Clock clock) {
		this.jobs = jobs;
		this.members = members;
		this.accounts = accounts;
		this.mailer = mailer;
		this.properties = properties;
		this.board = board;
		this.clock = clock;
	}

	/**
	 * Warns about the next batch of jobs that expire soon.
	 * @return how many jobs were warned about
	 */
	@Transactional
	public int warnNextBatch() {
		Instant now = clock.instant();
		int warned = 0;
		// A job already past its valid-through date is the expiry task's: both changing
		// it
		// at once fails one of them, and with it this whole batch of warnings.
		for (Job job : jobs.findByStatusAndValidThroughBetweenAndExpiryWarnedAtIsNullOrderByValidThroughAsc(
				JobStatus.PUBLISHED, now, now.plus(properties.expiryWarning()), Limit.of(BATCH))) {
			if (job.markExpiryWarned(now)) {
				mailOwners(job, now);
				warned++;
			}
		}
		return warned;
	}

	private void mailOwners(Job job, Instant now) {
		long days = job.daysLeft(now);
		String when = days <= 0 ? "today" : days == 1 ? "in 1 day" : "in " + days + " days";
		for (long owner : members.owners(job.getCompany().getId())) {
			accounts.findById(owner)
				.map(UserAccount::getEmail)
				.ifPresent(email -> mailer.send(Mail
					.to(email, "Your job \"" + job.getTitle() + "\" expires " + when,
							"Your job \"" + job.getTitle() + "\" at " + job.getCompany().getName() + " expires " + when
									+ ". After that it leaves search and stops taking applications.",
							"Renew it from your dashboard to keep it live for another " + properties.validity().toDays()
									+ " days.")
					.withAction("Renew the job", board.baseUrl() + "/employer/jobs/" + job.getId())));
		}
	}

}
