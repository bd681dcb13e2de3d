package dev.backboard.moderation;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.core.Actor;
import dev.backboard.core.BackboardProperties;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.notifications.Mail;
import dev.backboard.notifications.Mailer;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Moderators' decisions on jobs in review. The company's owners are mailed in the same
 * transaction as the decision, so they hear of every decision and only of real ones.
 */
@Service
public class Moderation {

	private final JobService jobs;

	private final CompanyMembers members;

	private final Accounts accounts;

	private final Mailer mailer;

	private final BackboardProperties board;

	Moderation(JobService jobs, CompanyMembers members, Accounts accounts, Mailer mailer, BackboardProperties board) {
		this.jobs = jobs;
		this.members = members;
		this.accounts = accounts;
		this.mailer = mailer;
		this.board = board;
	}

	@Transactional
	public Job approve(long jobId, Actor moderator) {
		Job job = jobs.approve(jobId, moderator);
		mailOwners(job, "Your job \"" + job.getTitle() + "\" is live",
				"A moderator approved \"" + job.getTitle() + "\". It is now on Backboard and in search.");
		return job;
	}

	@Transactional
	public Job reject(long jobId, String reason, Actor moderator) {
		Job job = jobs.reject(jobId, reason, moderator);
		mailOwners(job, "Your job \"" + job.getTitle() + "\" needs changes",
				"A moderator did not approve \"" + job.getTitle() + "\" and returned it to you as a draft.",
				"The reason given: " + job.getRejectionReason(), "Edit the job on your dashboard and submit it again.");
		return job;
	}

	private void mailOwners(Job job, String subject, String... paragraphs) {
		String link = board.baseUrl() + "/employer/jobs/" + job.getId();
		for (long owner : members.owners(job.getCompany().getId())) {
			accounts.findById(owner)
				.map(UserAccount::getEmail)
				.ifPresent(email -> mailer
					.send(Mail.to(email, subject, paragraphs).withAction("Open your dashboard", link)));
		}
	}

}
