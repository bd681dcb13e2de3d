package dev.backboard.insights;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the insights module.
 *
 * @param weeks how many weeks of published jobs the insights cover, up to yesterday
 * @param minJobs the fewest jobs a figure may stand on; below it the figure is hidden
 * @param minCompanies the fewest distinct companies a figure may stand on, so that no
 * single employer's pay can be read off; below it the figure is hidden
 * @param topSkills how many skills the per-skill salary, demand and co-occurrence charts
 * show
 * @param trendSkills how many skills the demand-over-time chart draws
 * @param cacheSize how many filter combinations each node keeps for the day
 * @param licence the name of the licence the numbers are published under
 * @param licenceUrl where the licence text is
 * @param computeAt when (UTC) the daily run computes the day's common reports
 * @param computeAtStart whether a node that starts without today's reports schedules the
 * run right away
 */
@ConfigurationProperties("backboard.insights")
public record InsightsProperties(@DefaultValue("26") int weeks, @DefaultValue("10") int minJobs,
		@DefaultValue("3") int minCompanies, @DefaultValue("12") int topSkills, @DefaultValue("5") int trendSkills,
		@DefaultValue("2000") int cacheSize, @DefaultValue("CC BY 4.0") String licence,
		@DefaultValue("https://creativecommons.org/licenses/by/4.0/") String licenceUrl,
		@DefaultValue("00:05") java.time.LocalTime computeAt, @DefaultValue("true") boolean computeAtStart) {

	public InsightsProperties {
		if (weeks < 1 || minJobs < 1 || minCompanies < 1 || topSkills < 1 || trendSkills < 1 || cacheSize < 1) {
			throw new IllegalArgumentException(
					"backboard.insights: weeks, min-jobs, min-companies, top-skills, trend-skills and cache-size must be at least 1");
		}
	}

}
