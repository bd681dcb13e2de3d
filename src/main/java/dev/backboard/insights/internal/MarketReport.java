package dev.backboard.insights.internal;

import java.time.LocalDate;
import java.util.List;

import dev.backboard.insights.InsightFilter;
import org.jspecify.annotations.Nullable;

/**
 * The numbers behind /insights for one filter and day. Pay is yearly, in the reference
 * currency; a figure standing on too few jobs or companies is null.
 *
 * @param filter the jobs described
 * @param from the first day covered (a Monday)
 * @param until the day after the last one covered (today: only whole days count)
 * @param currency the reference currency of every amount
 * @param jobs how many jobs match the filter in the period
 * @param companies how many companies posted them
 * @param salaryBySkill pay per skill, the most common first
 * @param salaryBySeniority pay per seniority, in the order of the levels
 * @param salaryByCountry pay per country of the job's location, the most common first
 * @param salaryByWorkplace pay for remote, hybrid and on-site jobs
 * @param weeks new jobs per week, oldest first
 * @param demandWeeks new jobs per week whatever their skills (the skill filter left out),
 * which the demand shares are parts of
 * @param demand the share of each week's new jobs that ask for a skill
 * @param together skills asked for together (with the filtered skill, or as pairs)
 */
public record MarketReport(InsightFilter filter, LocalDate from, LocalDate until, String currency, long jobs,
		long companies, List<Distribution> salaryBySkill, List<Distribution> salaryBySeniority,
		List<Distribution> salaryByCountry, List<Distribution> salaryByWorkplace, List<Week> weeks,
		List<Week> demandWeeks, List<SkillTrend> demand, List<Together> together) {

	/**
	 * Pay of the jobs in one group.
	 *
	 * @param key the machine value (slug, code, enum name)
	 * @param label what people read
	 * @param jobs how many jobs with pay the group has
	 * @param companies how many companies posted them
	 * @param pay the percentiles, or null when hidden
	 */
	public record Distribution(String key, String label, long jobs, long companies, @Nullable Percentiles pay) {
	}

	/** Yearly pay at the 10th, 25th, 50th, 75th and 90th percentile. */
	public record Percentiles(double p10, double p25, double median, double p75, double p90) {
	}

	/**
	 * New jobs of one week.
	 *
	 * @param start the Monday
	 * @param jobs how many were posted
	 * @param companies how many companies posted them
	 * @param remote how many of them are remote
	 * @param shown whether the week has enough jobs and companies to show shares
	 */
	public record Week(LocalDate start, long jobs, long companies, long remote, boolean shown) {

		public @Nullable Double remoteShare() {
			return shown ? (double) remote / jobs : null;
		}

	}

	/**
	 * A skill's share of new jobs per week, aligned with the report's weeks.
	 *
	 * @param skill the slug
	 * @param name the skill's name
	 * @param counts how many new jobs asked for it, one per week
	 * @param shares one per week, null where the week is hidden
	 */
	public record SkillTrend(String skill, String name, List<Long> counts, List<@Nullable Double> shares) {
	}

	/**
	 * Skills that come together.
	 *
	 * @param label "Kafka", or "Go + PostgreSQL" for a pair
	 * @param jobs how many jobs ask for them together
	 * @param companies how many companies posted those
	 * @param share the part of the filtered jobs (or of all jobs, for pairs) they make up
	 */
	public record Together(String label, long jobs, long companies, double share) {
	}

}
