package dev.backboard.bench;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Gives the PostgreSQL baseline what a careful engineer would: a weighted tsvector
 * (title, company and skills, description) with a GIN index, and an index for the
 * bounding box of radius searches. Built once per benchmark database, after the demo data
 * is loaded.
 */
@Component
@Profile("bench")
@Order(300)
class BaselineSchema implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(BaselineSchema.class);

	private final JdbcClient jdbc;

	private final AtomicLong buildMillis = new AtomicLong(-1);

	BaselineSchema(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public void run(ApplicationArguments args) {
		long started = System.nanoTime();
		jdbc.sql("alter table job add column if not exists bench_tsv tsvector").update();
		int updated = jdbc.sql("""
				update job j set bench_tsv =
				    setweight(to_tsvector('english', j.title), 'A')
				 || setweight(to_tsvector('english', c.name), 'B')
				 || setweight(to_tsvector('english', coalesce((select string_agg(replace(s.skill, '-', ' '), ' ')
				                                               from job_skill s where s.job_id = j.id), '')), 'B')
				 || setweight(to_tsvector('english', j.description_md), 'C')
				from company c
				where c.id = j.company_id and j.bench_tsv is null
				""").update();
		jdbc.sql("create index if not exists job_bench_tsv_idx on job using gin (bench_tsv)").update();
		jdbc.sql("create index if not exists job_location_lat_lon_idx on job_location (latitude, longitude)").update();
		jdbc.sql("create index if not exists job_location_country_idx on job_location (country_code, job_id)").update();
		jdbc.sql("create index if not exists job_posted_at_idx on job (posted_at desc)").update();
		jdbc.sql("analyze job").update();
		jdbc.sql("analyze job_location").update();
		jdbc.sql("analyze job_skill").update();
		Duration took = Duration.ofNanos(System.nanoTime() - started);
		buildMillis.set(took.toMillis());
		log.info("Baseline full-text index ready: {} rows updated in {} s", updated, took.toSeconds());
	}

	long buildMillis() {
		return buildMillis.get();
	}

}
