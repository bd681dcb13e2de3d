package dev.backboard.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import io.micrometer.core.instrument.MeterRegistry;

import dev.backboard.BackboardApplication;
import dev.backboard.alerts.internal.AlertDigests;
import dev.backboard.alerts.internal.AlertMatcher;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.demo.DemoDataGenerator;
import dev.backboard.demo.DemoJob;
import dev.backboard.geo.Gazetteer;
import dev.backboard.jobs.ApplyMethod;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.SalaryPeriod;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.InvalidSearch;
import dev.backboard.search.JobQuery;
import dev.backboard.search.JobSearch;
import dev.backboard.search.internal.SearchIndexInitializer;
import dev.backboard.skills.Taxonomy;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The alerts benchmark (bench/alerts.sh): Backboard in this JVM with its demo jobs as the
 * searchable corpus, then saved searches that people with the demo jobs' stacks, places
 * and pay would save, then new demo jobs published through the jobs module, as employers
 * publish them. It reports how fast the pipeline matches them (from the first commit
 * until the alert queue is empty, and the matcher's own time), the time from a job's
 * commit to its first alert being recorded, and the heap the reverse index takes.
 */
public final class AlertsBenchmark {

	private static final int JOBS_PER_TRANSACTION = 50;

	private AlertsBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		Map<String, String> options = options(args);
		int searches = Integer.parseInt(options.getOrDefault("searches", "100000"));
		int newJobs = Integer.parseInt(options.getOrDefault("jobs", "10000"));
		int corpus = Integer.parseInt(options.getOrDefault("corpus", "10000"));
		String dataDir = options.getOrDefault("data", "bench/data/alerts-" + System.currentTimeMillis());
		ConfigurableApplicationContext app = new SpringApplication(BackboardApplication.class).run(
				"--backboard.data-dir=" + dataDir, "--backboard.demo.enabled=true", "--backboard.demo.jobs=" + corpus,
				"--server.port=0", "--logging.level.root=warn", "--logging.level.dev.backboard=warn",
				// Every digest is due when the benchmark sends them, and none before.
				"--backboard.alerts.digest-hour=0", "--backboard.alerts.digest-every=365d",
				"--backboard.alerts.weekly-on=" + LocalDateTime.now(ZoneOffset.UTC).getDayOfWeek());
		try {
			Report report = new Run(app, searches, newJobs).run();
			String text = report.toString();
			System.out.println(text);
			Path results = Path.of(options.getOrDefault("results", "bench/results"));
			Files.createDirectories(results);
			Path file = results.resolve("alerts-"
					+ LocalDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmm")) + ".txt");
			Files.writeString(file, text);
			System.out.println("Written to " + file);
		}
		finally {
			app.close();
		}
		System.exit(0);
	}

	private static Map<String, String> options(String[] args) {
		Map<String, String> options = new HashMap<>();
		for (String arg : args) {
			if (arg.startsWith("--") && arg.contains("=")) {
				options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
			}
		}
		return options;
	}

	private static final class Run {

		private final ConfigurableApplicationContext app;

		private final int searchCount;

		private final int jobCount;

		private final JdbcClient jdbc;

		private final JobSearch search;

		private final Taxonomy taxonomy;

		Run(ConfigurableApplicationContext app, int searchCount, int jobCount) {
			this.app = app;
			this.searchCount = searchCount;
			this.jobCount = jobCount;
			this.jdbc = app.getBean(JdbcClient.class);
			this.search = app.getBean(JobSearch.class);
			this.taxonomy = app.getBean(Taxonomy.class);
		}

		Report run() throws InterruptedException, IOException {
			awaitIndex();
			Instant now = Instant.now();
			// Saved searches are modelled on one demo data set, new jobs come from
			// another.
			DemoDataGenerator people = new DemoDataGenerator(7, now, new Gazetteer().all(), 300);
			long start = System.nanoTime();
			int saved = saveSearches(people);
			System.out.println("Saved searches written: " + saved);
			Duration saving = Duration.ofNanos(System.nanoTime() - start);

			AlertMatcher matcher = app.getBean(AlertMatcher.class);
			long before = usedHeap();
			start = System.nanoTime();
			int indexed = matcher.indexedSearches();
			Duration loading = Duration.ofNanos(System.nanoTime() - start);
			long after = usedHeap();
			System.out.printf(Locale.ROOT, "Reverse index: %d searches in %d ms, %.1f MB%n", indexed,
					loading.toMillis(), (after - before) / 1e6);
			// What the background check does ahead of new jobs: whether each query that
			// may
			// loosen its spelling finds anything as written.
			start = System.nanoTime();
			int checked = matcher.checkQueries(Duration.ofHours(1));
			Duration checking = Duration.ofNanos(System.nanoTime() - start);
			System.out.printf(Locale.ROOT, "Query checks: %d queries in %d ms%n", checked, checking.toMillis());

			DemoDataGenerator employers = new DemoDataGenerator(99, now, new Gazetteer().all(), 300);
			List<Long> companies = companies(employers);
			MeterRegistry meters = app.getBean(MeterRegistry.class);
			double matchedBefore = meters.counter("backboard.alerts.matched.jobs").count();
			double secondsBefore = meters.timer("backboard.alerts.matching")
				.totalTime(java.util.concurrent.TimeUnit.SECONDS);
			double decidingBefore = meters.timer("backboard.alerts.deciding")
				.totalTime(java.util.concurrent.TimeUnit.SECONDS);
			Map<Long, Instant> committed = new HashMap<>();
			Instant first = Instant.now();
			Duration publishing = publish(employers, companies, committed);
			System.out.println("Published " + committed.size() + " jobs in " + publishing.toMillis() + " ms");
			awaitDrained();
			Instant drained = Instant.now();
			// The last round commits (emptying the queue) before its time and count are
			// recorded.
			for (int i = 0; i < 100 && meters.counter("backboard.alerts.matched.jobs").count()
					- matchedBefore < committed.size(); i++) {
				Thread.sleep(50);
			}
			double matcherSeconds = meters.timer("backboard.alerts.matching")
				.totalTime(java.util.concurrent.TimeUnit.SECONDS) - secondsBefore;
			double matcherJobs = meters.counter("backboard.alerts.matched.jobs").count() - matchedBefore;
			double decidingSeconds = meters.timer("backboard.alerts.deciding")
				.totalTime(java.util.concurrent.TimeUnit.SECONDS) - decidingBefore;
			List<Long> latencies = latencies(committed);
			long announced = jdbc.sql("select count(*) from alert_heard").query(Long.class).single();
			long mails = jdbc.sql("select count(*) from outgoing_mail").query(Long.class).single();
			Duration backlog = replay(committed.keySet(), meters);
			System.out.println("Backlog of " + committed.size() + " jobs matched in " + backlog.toMillis() + " ms");
			Digests digests = sendDigests(first);
			return new Report(saved, saving, indexed, loading, after - before, checked, checking, jobCount, publishing,
					Duration.between(first, drained), matcherJobs, matcherSeconds, decidingSeconds, backlog, latencies,
					committed.size(), announced, mails, digests, Runtime.getRuntime().availableProcessors());
		}

		/**
		 * The same jobs matched again, queued all at once while nothing else runs on the
		 * node: the matcher's own pace, which the pipeline's figure mixes with
		 * publishing's. Who heard of them and the mails are forgotten first, so that the
		 * replay queues the same mails.
		 */
		private Duration replay(Set<Long> jobIds, MeterRegistry meters) throws InterruptedException {
			jdbc.sql("delete from alert_announced where job_id in (:ids)").param("ids", jobIds).update();
			jdbc.sql("delete from alert_audience where job_id in (:ids)").param("ids", jobIds).update();
			// Waits for the delivery task's statements, where a delete could deadlock
			// with
			// them.
			jdbc.sql("truncate outgoing_mail").update();
			// As if those rows had never been: their dead index entries would slow the
			// replay's inserts down, as they never are when a job is first matched.
			jdbc.sql("vacuum alert_announced, alert_audience").update();
			// Claimed for now, so that no round starts before every job is queued.
			jdbc.sql("""
					insert into alert_job_queue (job_id, enqueued_at, claimed_until)
					select id, now(), now() + interval '1 hour' from job where id in (:ids)""")
				.param("ids", jobIds)
				.update();
			double before = meters.counter("backboard.alerts.matched.jobs").count();
			long start = System.nanoTime();
			jdbc.sql("update alert_job_queue set claimed_until = null").update();
			app.getBean(AlertMatcher.class).matchSoon();
			awaitDrained();
			while (meters.counter("backboard.alerts.matched.jobs").count() - before < jobIds.size()) {
				Thread.sleep(5);
			}
			return Duration.ofNanos(System.nanoTime() - start);
		}

		/**
		 * Sends every daily and weekly digest at once, as if every person's sending hour
		 * had come together: each runs its searches over the jobs changed since they were
		 * saved, which are the new jobs, the corpus being older.
		 */
		private Digests sendDigests(Instant publishingStarted) {
			jdbc.sql("update saved_search set created_at = :at")
				.param("at", Timestamp.from(publishingStarted))
				.update();
			// Due whatever a sweep at start-up did.
			jdbc.sql("update alert_subscriber set daily_sent_at = null, weekly_sent_at = null").update();
			long searches = jdbc.sql("""
					select count(*) from saved_search s join alert_subscriber sub on sub.id = s.subscriber_id
					where s.active and s.frequency in ('DAILY', 'WEEKLY') and sub.confirmed_at is not null""")
				.query(Long.class)
				.single();
			long start = System.nanoTime();
			int sent = app.getBean(AlertDigests.class).sendDue();
			Duration took = Duration.ofNanos(System.nanoTime() - start);
			long announced = jdbc.sql("select count(*) from alert_heard").query(Long.class).single();
			return new Digests(searches, sent, took, announced);
		}

		private void awaitIndex() throws InterruptedException {
			SearchIndexInitializer initializer = app.getBean(SearchIndexInitializer.class);
			while (!initializer.isReady()) {
				Thread.sleep(200);
			}
		}

		private int saveSearches(DemoDataGenerator people) {
			JdbcTemplate batch = app.getBean(JdbcTemplate.class);
			// Saved before the run, as people's alerts are: not among the changes every
			// node
			// re-reads for a minute.
			Timestamp now = Timestamp.from(Instant.now().minus(Duration.ofHours(1)));
			int perPerson = 20;
			List<Object[]> subscribers = new ArrayList<>();
			for (int person = 0; person < (searchCount + perPerson - 1) / perPerson; person++) {
				subscribers.add(new Object[] { "alerts-bench-" + person + "@example.com",
						"bench-token-" + person + "-" + Long.toHexString(System.nanoTime()), now, now });
			}
			batch.batchUpdate("""
					insert into alert_subscriber (email, token, confirmed_at, created_at) values (?, ?, ?, ?)""",
					subscribers);
			long firstSubscriber = jdbc.sql("select min(id) from alert_subscriber where email like 'alerts-bench-%'")
				.query(Long.class)
				.single();
			SplittableRandom random = new SplittableRandom(11);
			List<Object[]> rows = new ArrayList<>();
			int index = 0;
			while (rows.size() < searchCount) {
				JobQuery query = searchOf(people.job(index++ % 50_000), random);
				try {
					search.matchFilter(query);
				}
				catch (InvalidSearch ex) {
					continue;
				}
				double kind = random.nextDouble();
				String frequency = kind < 0.4 ? "INSTANT" : kind < 0.8 ? "DAILY" : "WEEKLY";
				rows.add(new Object[] { firstSubscriber + rows.size() / perPerson, "Search " + rows.size(),
						query.toQueryString(), frequency, now, now });
				if (rows.size() % 10_000 == 0) {
					batch.batchUpdate("""
							insert into saved_search (subscriber_id, name, query, frequency, created_at, changed_at)
							values (?, ?, ?, ?, ?, ?)""", rows.subList(rows.size() - 10_000, rows.size()));
				}
			}
			int rest = rows.size() % 10_000;
			if (rest > 0) {
				batch.batchUpdate("""
						insert into saved_search (subscriber_id, name, query, frequency, created_at, changed_at)
						values (?, ?, ?, ?, ?, ?)""", rows.subList(rows.size() - rest, rows.size()));
			}
			return rows.size();
		}

		/** The search a person who would want this job saves. */
		private JobQuery searchOf(DemoJob job, SplittableRandom random) {
			JobQuery.Builder query = JobQuery.builder();
			List<String> required = job.skills().stream().filter(JobSkill::required).map(JobSkill::skill).toList();
			List<String> stack = required.isEmpty() ? job.skills().stream().map(JobSkill::skill).toList() : required;
			double style = random.nextDouble();
			if (style < 0.45) {
				// A stack filter: one or two technologies.
				query.skills(random.nextDouble() < 0.7 || stack.size() < 2 ? List.of(stack.get(0))
						: List.of(stack.get(0), stack.get(1)));
			}
			else if (style < 0.8) {
				// Typed words: a technology's name or alias, sometimes with a role.
				String name = taxonomy.bySlug(stack.get(random.nextInt(stack.size())))
					.map(skill -> skill.name())
					.orElse(stack.get(0));
				query.q(random.nextDouble() < 0.3 ? name + " " + pick(random, "engineer", "developer", "backend")
						: name);
			}
			else {
				query.q(pick(random, "backend engineer", "platform engineer", "site reliability", "payments",
						"distributed systems", "data platform", "api"));
				if (!stack.isEmpty() && random.nextDouble() < 0.5) {
					query.skills(stack.get(0));
				}
			}
			if (random.nextDouble() < 0.4) {
				query.workplace(job.workplaceType());
			}
			// Where the person can work: job boards' alert forms ask for a place, and
			// nine
			// in ten saved searches here give one (a country, a city and radius, or the
			// country they would work remotely from).
			double place = random.nextDouble();
			if (!job.locations().isEmpty() && job.workplaceType() != WorkplaceType.REMOTE) {
				if (place < 0.5) {
					query.country(job.locations().get(0).countryCode());
				}
				else if (place < 0.9) {
					query.near(job.locations().get(0).city() + ", " + job.locations().get(0).countryCode())
						.radius(pick(random, 25, 50, 100));
				}
			}
			if (job.workplaceType() == WorkplaceType.REMOTE && place < 0.9) {
				query.remoteFrom(job.remoteCountries().isEmpty() ? pick(random, "US", "DE", "GB", "IN")
						: job.remoteCountries().get(0));
			}
			if (job.salary() != null && job.salary().period() == SalaryPeriod.YEAR
					&& (job.salary().min() != null || job.salary().max() != null) && random.nextDouble() < 0.25) {
				BigDecimal pay = job.salary().min() != null ? job.salary().min() : job.salary().max();
				query.salaryMin(pay.multiply(BigDecimal.valueOf(0.9)).setScale(0, RoundingMode.HALF_UP))
					.currency(job.salary().currency());
			}
			if (random.nextDouble() < 0.2) {
				query.seniority(job.seniority());
			}
			return query.build();
		}

		private List<Long> companies(DemoDataGenerator employers) {
			CompanyRepository repository = app.getBean(CompanyRepository.class);
			List<Long> ids = new ArrayList<>();
			for (int i = 0; i < employers.companyCount(); i++) {
				ids.add(repository
					.save(new Company(employers.company(i).name() + " (bench)", null, null, Instant.now()))
					.getId());
			}
			return ids;
		}

		private Duration publish(DemoDataGenerator employers, List<Long> companies, Map<Long, Instant> committed) {
			JobService jobs = app.getBean(JobService.class);
			TransactionTemplate transactions = app.getBean(TransactionTemplate.class);
			long start = System.nanoTime();
			for (int from = 0; from < jobCount; from += JOBS_PER_TRANSACTION) {
				int first = from;
				List<Long> ids = transactions.execute(status -> {
					List<Long> published = new ArrayList<>();
					for (int i = first; i < Math.min(first + JOBS_PER_TRANSACTION, jobCount); i++) {
						DemoJob job = employers.job(i);
						published.add(jobs.publish(companies.get(job.companyIndex()), details(job)).getId());
					}
					return published;
				});
				Instant at = Instant.now();
				ids.forEach(id -> committed.put(id, at));
			}
			return Duration.ofNanos(System.nanoTime() - start);
		}

		private void awaitDrained() throws InterruptedException {
			while (jdbc.sql("select count(*) from alert_job_queue").query(Long.class).single() > 0) {
				Thread.sleep(100);
			}
		}

		/**
		 * Commit to first instant alert queued, in ms, for the jobs some instant search
		 * matched.
		 */
		private List<Long> latencies(Map<Long, Instant> committed) {
			List<Long> latencies = new ArrayList<>();
			jdbc.sql("select job_id, announced_at as first from alert_audience where announced_at is not null")
				.query((row, n) -> {
					Instant at = committed.get(row.getLong("job_id"));
					if (at != null) {
						latencies
							.add(Math.max(0, Duration.between(at, row.getTimestamp("first").toInstant()).toMillis()));
					}
					return null;
				})
				.list();
			latencies.sort(null);
			return latencies;
		}

		private static long usedHeap() throws InterruptedException {
			for (int i = 0; i < 3; i++) {
				System.gc();
				Thread.sleep(300);
			}
			return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
		}

		@SafeVarargs
		private static <T> T pick(SplittableRandom random, T... values) {
			return values[random.nextInt(values.length)];
		}

		private static JobDetails details(DemoJob job) {
			return new JobDetails(job.title(), job.descriptionMarkdown(), job.locations(), job.workplaceType(),
					job.remoteCountries(), job.timezoneMin(), job.timezoneMax(), job.employmentType(), job.seniority(),
					job.salary(), job.visaSponsorship(), job.relocation(), job.skills(), job.applyUrl(),
					job.applyEmail(), job.applyUrl() != null ? ApplyMethod.URL : ApplyMethod.EMAIL);
		}

	}

	record Digests(long searches, int sent, Duration took, long announced) {
	}

	record Report(int searches, Duration saving, int indexed, Duration loading, long heapBytes, int checked,
			Duration checking, int jobs, Duration publishing, Duration pipeline, double matcherJobs,
			double matcherSeconds, double decidingSeconds, Duration backlog, List<Long> latencies, int published,
			long announced, long mails, Digests digests, int cores) {

		@Override
		public String toString() {
			double pipelineRate = jobs / (pipeline.toMillis() / 1000.0);
			double matcherRate = matcherSeconds == 0 ? 0 : matcherJobs / matcherSeconds;
			return String.format(Locale.ROOT,
					"""
							Alerts benchmark (%d cores)
							saved searches:          %,d (written in %.1f s)
							reverse index:           %,d instant searches loaded in %.1f s, %.1f MB of heap (%.1f MB per 100,000 of them)
							query checks:            %,d loosenable queries checked in %.1f s (the background task's work, done before publishing)
							new jobs:                %,d published through the jobs module in %.1f s (%.0f jobs/s, %d per transaction)
							matched, pipeline:       %.0f jobs/s (first commit to empty alert queue: %.1f s)
							matched, matcher alone:  %.0f jobs/s (%,.0f jobs in %.1f s of matching)
							  of which deciding:     %.1f s (%.0f jobs/s: which searches each job matches, before recording and queuing mails)
							matched, from a backlog: %.0f jobs/s (the same jobs queued again at once, the node otherwise idle: %.1f s)
							publish to alert queued: p50 %d ms, p95 %d ms, p99 %d ms, max %d ms (%,d of %,d jobs matched some search)
							instant announcements:   %,d (%,.0f per new job: who heard of which job); instant alert mails queued: %,d
							digests:                 %,d daily and weekly searches run when sent, in %.1f s (%.0f searches/s); %,d mails, %,d jobs announced
							""",
					cores, searches, saving.toMillis() / 1000.0, indexed, loading.toMillis() / 1000.0, heapBytes / 1e6,
					heapBytes / 1e6 * 100_000 / Math.max(1, indexed), checked, checking.toMillis() / 1000.0, jobs,
					publishing.toMillis() / 1000.0, jobs / (publishing.toMillis() / 1000.0), JOBS_PER_TRANSACTION,
					pipelineRate, pipeline.toMillis() / 1000.0, matcherRate, matcherJobs, matcherSeconds,
					decidingSeconds, decidingSeconds == 0 ? 0 : matcherJobs / decidingSeconds,
					published / Math.max(0.001, backlog.toMillis() / 1000.0), backlog.toMillis() / 1000.0,
					percentile(0.5), percentile(0.95), percentile(0.99), percentile(1.0), latencies.size(), published,
					announced, announced / (double) Math.max(1, published), mails, digests.searches(),
					digests.took().toMillis() / 1000.0,
					digests.searches() / Math.max(0.001, digests.took().toMillis() / 1000.0), digests.sent(),
					digests.announced() - announced);
		}

		private long percentile(double p) {
			if (latencies.isEmpty()) {
				return -1;
			}
			return latencies.get(Math.min(latencies.size() - 1, (int) Math.ceil(p * latencies.size()) - 1));
		}

	}

}
