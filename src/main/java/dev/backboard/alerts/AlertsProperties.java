package dev.backboard.alerts;

import java.time.DayOfWeek;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of job alerts.
 *
 * @param maxPerPerson how many active saved searches one account or address may keep
 * @param matchEvery how often a node looks for queued jobs that no node matched right
 * after their publication (a node that died, an index that lagged)
 * @param batchSize how many queued jobs one matching round takes
 * @param indexWait how long a queued job may wait to appear in the search index before it
 * is given up
 * @param digestEvery how often the digest sweep runs
 * @param digestHour the local hour (0-23) at which digests go out in each person's time
 * zone
 * @param weeklyOn the day weekly digests go out
 * @param jobsPerSearch the most jobs of one saved search listed in a mail; the count says
 * how many there are
 */
@ConfigurationProperties("backboard.alerts")
public record AlertsProperties(@DefaultValue("20") int maxPerPerson, @DefaultValue("10s") Duration matchEvery,
		@DefaultValue("100") int batchSize, @DefaultValue("10m") Duration indexWait,
		@DefaultValue("10m") Duration digestEvery, @DefaultValue("8") int digestHour,
		@DefaultValue("MONDAY") DayOfWeek weeklyOn, @DefaultValue("10") int jobsPerSearch) {

}
