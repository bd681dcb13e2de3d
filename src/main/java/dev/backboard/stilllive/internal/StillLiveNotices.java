package dev.backboard.stilllive.internal;

import java.util.Collection;
import java.util.List;

import dev.backboard.jobs.JobNotice;
import dev.backboard.jobs.JobNotices;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells an employer which of their published jobs have an apply page that answered
 * "gone", with a button to say the page is fine.
 */
@Component
class StillLiveNotices implements JobNotices {

	private final JdbcClient jdbc;

	StillLiveNotices(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public List<JobNotice> about(Collection<Long> jobIds) {
		if (jobIds.isEmpty()) {
			return List.of();
		}
		return jdbc
			.sql("""
					select s.job_id, s.flag_url, s.flag_status, s.flagged_at from still_live_job s join job j on j.id = s.job_id
					where s.job_id in (:jobs) and s.flagged_at is not null and j.status = 'PUBLISHED'""")
			.param("jobs", jobIds)
			.query((row, n) -> {
				long jobId = row.getLong("job_id");
				Integer status = (Integer) row.getObject("flag_status");
				String answered = status != null && (status / 100 == 3 || status == 404 || status == 410)
						? "answered HTTP " + status : "looked closed (the page or its job board said so)";
				String text = "Its apply page " + row.getString("flag_url") + " " + answered + " on "
						+ Urls.date(row.getTimestamp("flagged_at").toInstant())
						+ ". If it is still gone a day later, the job closes.";
				return new JobNotice(jobId, text, "/employer/jobs/" + jobId + "/still-live/dismiss",
						"The page is fine");
			})
			.list();
	}

}
