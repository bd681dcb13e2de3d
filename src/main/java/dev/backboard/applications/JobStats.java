package dev.backboard.applications;

import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Per-job counters: page views, click-outs to the employer's URL or email, applications;
 * and how fast a company answers applications. A view or a click is one upsert of the
 * job's counter row: cheap enough for every page view, and it keeps no visitor data.
 */
@Service
public class JobStats {

	/** Fewer first responses than this say too little to show. */
	static final int MIN_RESPONSES = 3;

	private final JdbcClient jdbc;

	JobStats(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Transactional
	public void countView(long jobId) {
		jdbc.sql("""
				insert into job_stat (job_id, views) values (:job, 1)
				on conflict (job_id) do update set views = job_stat.views + 1""").param("job", jobId).update();
	}

	@Transactional
	public void countApplyClick(long jobId) {
		jdbc.sql("""
				insert into job_stat (job_id, apply_clicks) values (:job, 1)
				on conflict (job_id) do update set apply_clicks = job_stat.apply_clicks + 1""")
			.param("job", jobId)
			.update();
	}

	/** The job's numbers. */
	@Transactional(readOnly = true)
	public Stats of(long jobId) {
		return jdbc.sql("""
				select coalesce((select views from job_stat where job_id = :job), 0),
				       coalesce((select apply_clicks from job_stat where job_id = :job), 0),
				       (select count(*) from application where job_id = :job)""")
			.param("job", jobId)
			.query((row, n) -> new Stats(row.getLong(1), row.getLong(2), row.getLong(3)))
			.single();
	}

	/**
	 * The median number of days, rounded up, between a candidate applying to the company
	 * and the company's first stage change, when there are enough to tell.
	 */
	@Transactional(readOnly = true)
	public Optional<Long> medianResponseDays(long companyId) {
		return jdbc.sql("""
				select count(*), percentile_cont(0.5) within group (
				    order by extract(epoch from first_response_at - submitted_at))
				from application where company_id = :company and first_response_at is not null""")
			.param("company", companyId)
			.query((row, n) -> row.getLong(1) < MIN_RESPONSES ? Optional.<Long>empty()
					: Optional.of(Math.max(1, (long) Math.ceil(row.getDouble(2) / 86_400))))
			.single();
	}

	/**
	 * A job's numbers.
	 *
	 * @param views page views
	 * @param applyClicks click-outs to the employer's URL or email
	 * @param applications applications on Backboard
	 */
	public record Stats(long views, long applyClicks, long applications) {

		/** Applications and click-outs per hundred views. */
		public String conversion() {
			if (views == 0) {
				return "–";
			}
			return String.format(java.util.Locale.ROOT, "%.1f%%", 100.0 * (applications + applyClicks) / views);
		}

	}

}
