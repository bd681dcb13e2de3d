package dev.backboard.core.scheduling;

import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * db-scheduler, the cluster-safe scheduler: tasks live in PostgreSQL and each due
 * execution is picked by exactly one node. Modules contribute {@link RecurringTask}
 * beans.
 */
@Configuration(proxyBeanMethods = false)
class SchedulerConfiguration {

	@Bean(destroyMethod = "stop")
	Scheduler scheduler(DataSource dataSource, List<RecurringTask<?>> recurringTasks, List<Task<?>> tasks) {
		return Scheduler.create(dataSource, tasks.stream().filter(task -> !(task instanceof RecurringTask)).toList())
			.startTasks(recurringTasks)
			.threads(2)
			.pollingInterval(Duration.ofSeconds(10))
			.enableImmediateExecution()
			.shutdownMaxWait(Duration.ofSeconds(10))
			.build();
	}

	@EventListener(ApplicationReadyEvent.class)
	void start(ApplicationReadyEvent event) {
		event.getApplicationContext().getBean(Scheduler.class).start();
	}

}
