package dev.backboard.insights.internal;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.helper.OneTimeTask;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import dev.backboard.insights.InsightsProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * The daily market insights on one node at a time: after midnight UTC, and at start when
 * today's reports are missing (one execution per day across the cluster, named after the
 * day).
 */
@Configuration(proxyBeanMethods = false)
class InsightsTasks {

	static final String DAILY = "compute-insights";

	static final String CATCH_UP = "compute-insights-now";

	@Bean
	RecurringTask<Void> computeInsights(DailyInsights daily, InsightsProperties properties) {
		return Tasks.recurring(DAILY, Schedules.daily(ZoneOffset.UTC, properties.computeAt()))
			.execute((instance, context) -> daily.run());
	}

	@Bean
	OneTimeTask<Void> computeInsightsNow(DailyInsights daily) {
		return Tasks.oneTime(CATCH_UP).execute((instance, context) -> {
			if (!daily.ranToday()) {
				daily.run();
			}
		});
	}

	@Bean
	CatchUp insightsCatchUp(DailyInsights daily, OneTimeTask<Void> computeInsightsNow,
			ObjectProvider<Scheduler> scheduler, InsightsProperties properties) {
		return new CatchUp(daily, computeInsightsNow, scheduler, properties);
	}

	/** Schedules today's run at start when its reports are missing. */
	static final class CatchUp {

		private final DailyInsights daily;

		private final OneTimeTask<Void> task;

		private final ObjectProvider<Scheduler> scheduler;

		private final InsightsProperties properties;

		CatchUp(DailyInsights daily, OneTimeTask<Void> task, ObjectProvider<Scheduler> scheduler,
				InsightsProperties properties) {
			this.daily = daily;
			this.task = task;
			this.scheduler = scheduler;
			this.properties = properties;
		}

		@EventListener(ApplicationReadyEvent.class)
		void atStart() {
			if (properties.computeAtStart()) {
				scheduleIfMissing();
			}
		}

		/** Whether a run for today was scheduled (false: stored or scheduled already). */
		boolean scheduleIfMissing() {
			if (daily.ranToday()) {
				return false;
			}
			return scheduler.getObject().scheduleIfNotExists(task.instance(daily.today().toString()), Instant.now());
		}

	}

}
