package dev.backboard.demo;

import java.time.Clock;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.TimeGauge;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Loads the demo data at startup when it is enabled and the database has no jobs (nor
 * companies) yet. It runs before the other runners, so that the search index is rebuilt
 * from the loaded jobs.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class DemoDataInitializer implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoDataInitializer.class);

	private final DemoProperties properties;

	private final DemoDataLoader loader;

	private final DataSource dataSource;

	private final Clock clock;

	private final String datasourceUrl;

	private final AtomicLong loadedJobs = new AtomicLong();

	private final AtomicLong loadMillis = new AtomicLong();

	DemoDataInitializer(DemoProperties properties, DemoDataLoader loader, DataSource dataSource, Clock clock,
			@Value("${spring.datasource.url:}") String datasourceUrl, MeterRegistry meters) {
		this.properties = properties;
		this.loader = loader;
		this.dataSource = dataSource;
		this.clock = clock;
		this.datasourceUrl = datasourceUrl;
		Gauge.builder("backboard.demo.load.jobs", loadedJobs, AtomicLong::get)
			.description("Demo jobs loaded at this start-up")
			.register(meters);
		TimeGauge.builder("backboard.demo.load", loadMillis, TimeUnit.MILLISECONDS, AtomicLong::get)
			.description("How long loading the demo jobs took")
			.register(meters);
	}

	@Override
	public void run(ApplicationArguments args) {
		if (!properties.isEnabledFor(datasourceUrl)) {
			return;
		}
		if (hasData()) {
			log.debug("The database already has jobs or companies: no demo data loaded");
			return;
		}
		int jobs = properties.jobs();
		log.info("Loading {} demo jobs from {} companies...", number(jobs),
				number(DemoDataGenerator.companyCountFor(jobs)));
		LoadReport report = loader.load(dataSource, jobs, properties.seed(), clock.instant());
		loadedJobs.set(report.jobs());
		loadMillis.set(report.duration().toMillis());
		log.info("Loaded {} demo jobs and {} companies in {} ms ({} jobs/s)", number(report.jobs()),
				number(report.companies()), number(report.duration().toMillis()),
				number(Math.round(report.jobsPerSecond())));
	}

	/** The loader writes into an empty database only: it numbers the rows itself. */
	private boolean hasData() {
		return JdbcClient.create(dataSource)
			.sql("select exists (select 1 from job) or exists (select 1 from company)")
			.query(Boolean.class)
			.single();
	}

	private static String number(long value) {
		return String.format(Locale.ENGLISH, "%,d", value);
	}

}
