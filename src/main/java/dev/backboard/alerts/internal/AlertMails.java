package dev.backboard.alerts.internal;

import java.util.ArrayList;
import java.util.List;

import dev.backboard.core.BackboardProperties;
import dev.backboard.jobs.JobSummary;
import dev.backboard.notifications.Mail;
import dev.backboard.notifications.Mailer;

import org.springframework.stereotype.Component;

/**
 * The mails of job alerts: the double opt-in confirmation, instant alerts and digests.
 * Alerts carry the RFC 8058 one-click unsubscribe headers and the link to manage every
 * alert without signing in.
 */
@Component
public class AlertMails {

	private final Mailer mailer;

	private final BackboardProperties board;

	AlertMails(Mailer mailer, BackboardProperties board) {
		this.mailer = mailer;
		this.board = board;
	}

	/** The only mail an address gets before it is confirmed. */
	public void confirmation(String email, String token, String searchName) {
		mailer.send(Mail
			.to(email, "Confirm your job alert “" + searchName + "”",
					"Someone, hopefully you, asked Backboard to mail new jobs for the search “" + searchName
							+ "” to this address.",
					"Nothing will be sent until you confirm. If it was not you, ignore this mail.")
			.withAction("Confirm your job alerts", manageUrl(token)));
	}

	/** Queues the instant alerts of a matching round together. */
	void sendAll(List<Mail> instantAlerts) {
		mailer.sendAll(instantAlerts);
	}

	/** New jobs for one saved search, as soon as they are published. */
	Mail instant(String email, String token, long searchId, String searchName, String searchPath,
			List<JobSummary> jobs) {
		String subject = jobs.size() == 1 ? "New job for “" + searchName + "”: " + jobs.get(0).title()
				: jobs.size() + " new jobs for “" + searchName + "”";
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(jobs.size() == 1 ? "A new job matches your alert “" + searchName + "”:"
				: jobs.size() + " new jobs match your alert “" + searchName + "”:");
		jobs.forEach(job -> paragraphs.add(line(job)));
		String unsubscribe = board.baseUrl() + "/alerts/" + token + "/searches/" + searchId + "/unsubscribe";
		paragraphs.add(footer(token, "Stop this alert: " + unsubscribe));
		return new Mail(email, subject, paragraphs, null)
			.withAction("See every job for this search", board.baseUrl() + searchPath)
			.withUnsubscribe(unsubscribe);
	}

	/** One digest: each saved search with its count and newest jobs. */
	void digest(String email, String token, String frequency, List<DigestSection> sections) {
		int total = sections.stream().mapToInt(DigestSection::count).sum();
		List<String> paragraphs = new ArrayList<>();
		for (DigestSection section : sections) {
			paragraphs
				.add("“" + section.name() + "”: " + section.count() + (section.count() == 1 ? " new job" : " new jobs")
						+ " (all of them: " + board.baseUrl() + section.searchPath() + ")");
			section.newest().forEach(job -> paragraphs.add(line(job)));
		}
		String unsubscribe = board.baseUrl() + "/alerts/" + token + "/unsubscribe";
		paragraphs.add(footer(token, "Stop all your alerts: " + unsubscribe));
		mailer.send(
				new Mail(email, "Your " + frequency + " job alerts: " + total + (total == 1 ? " new job" : " new jobs"),
						paragraphs, null)
					.withAction("Manage your alerts", manageUrl(token))
					.withUnsubscribe(unsubscribe));
	}

	private String line(JobSummary job) {
		return job.title() + " at " + job.company() + ": " + board.baseUrl() + "/jobs/" + job.slug() + "?src=alert";
	}

	private String footer(String token, String stop) {
		return "You get this mail because you saved a search on Backboard. Manage your alerts: " + manageUrl(token)
				+ " · " + stop;
	}

	private String manageUrl(String token) {
		return board.baseUrl() + "/alerts/" + token;
	}

	/** One saved search's part of a digest. */
	record DigestSection(String name, String searchPath, int count, List<JobSummary> newest) {
	}

}
