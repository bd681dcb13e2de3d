package dev.backboard.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.backboard.bench.LoadGenerator.Run;

/**
 * The benchmark harness: run against a Backboard started with {@link BenchApplication},
 * it measures search (engine and baseline, open and closed loop), the web stack's
 * ceiling, job pages, freshness and memory, and writes JSON, Markdown and an SVG chart.
 * See bench/run.sh.
 */
public final class Benchmark {

	static final double P99_LIMIT_MILLIS = 150;

	/** Job pages are judged at a tighter p99, as their target says. */
	static final double PAGE_P99_LIMIT_MILLIS = 20;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final Options options;

	private final LoadGenerator load;

	Benchmark(Options options) {
		this.options = options;
		this.load = new LoadGenerator(options.baseUrl());
	}

	/**
	 * How long and how hard to run.
	 *
	 * @param baseUrl the running application
	 * @param jobs how many jobs it holds, for the report
	 * @param rate the open-loop rate in requests per second
	 * @param openLoop how long each open-loop run lasts
	 * @param step how long each closed-loop step lasts
	 * @param warmup how long to warm up each engine
	 * @param clients the closed-loop concurrency steps
	 * @param freshnessSamples how many publish-then-search samples to take
	 * @param results where the report goes
	 * @param readyTimeout how long to wait for the application to become ready
	 * @param aloneOnly whether to measure only the engine's searches one at a time, print
	 * the figures and write no report: the quick comparison of two commits
	 */
	record Options(String baseUrl, long jobs, int rate, Duration openLoop, Duration step, Duration warmup,
			int[] clients, int freshnessSamples, Path results, Duration readyTimeout, boolean aloneOnly) {

		static Options parse(String... args) {
			Map<String, String> values = new LinkedHashMap<>();
			for (String arg : args) {
				String[] pair = arg.replaceFirst("^--", "").split("=", 2);
				values.put(pair[0], pair.length > 1 ? pair[1] : "true");
			}
			return new Options(values.getOrDefault("base-url", "http://localhost:18080"),
					Long.parseLong(values.getOrDefault("jobs", "0")),
					Integer.parseInt(values.getOrDefault("rate", "50")),
					Duration.ofSeconds(Long.parseLong(values.getOrDefault("open-loop-seconds", "60"))),
					Duration.ofSeconds(Long.parseLong(values.getOrDefault("step-seconds", "15"))),
					Duration.ofSeconds(Long.parseLong(values.getOrDefault("warmup-seconds", "90"))),
					Arrays.stream(values.getOrDefault("clients", "1,2,4,8,16,32").split(","))
						.mapToInt(Integer::parseInt)
						.toArray(),
					Integer.parseInt(values.getOrDefault("freshness-samples", "30")),
					Path.of(values.getOrDefault("results", "bench/results")),
					Duration.ofSeconds(Long.parseLong(values.getOrDefault("ready-timeout-seconds", "14400"))),
					aloneOnly(values.get("only")));
		}

		private static boolean aloneOnly(String only) {
			if (only != null && !only.equals("alone")) {
				throw new IllegalArgumentException("--only takes one value, alone, not '" + only + "'");
			}
			return only != null;
		}

	}

	public static void main(String[] args) throws Exception {
		Path report = new Benchmark(Options.parse(args)).run();
		if (report != null) {
			System.out.println("Report: " + report.toAbsolutePath());
		}
	}

	/**
	 * Runs every phase and writes the report.
	 * @return the report, or null when only the searches alone were measured
	 */
	Path run() throws IOException, InterruptedException {
		waitUntilReady();
		Map<String, Object> report = new LinkedHashMap<>();
		report.put("date", LocalDate.now(ZoneOffset.UTC).toString());
		report.put("jobs", options.jobs());
		report.put("load", loadFigures());

		log("Warming up");
		load.closedLoop("warmup", this::enginePath, 4, options.warmup());
		if (!options.aloneOnly()) {
			load.closedLoop("warmup", this::baselinePath, 4, options.warmup());
		}

		log("One search at a time, nobody else on the node");
		Run engineAlone = load.closedLoop("engine alone", this::enginePath, 1, options.step());
		// From here on every answer is computed in full: the mix repeats its few hundred
		// searches, which the embedded index's result cache would answer from memory, so
		// the figures would measure the cache instead of the search.
		load.post("/bench/result-cache?enabled=false");
		long cpuBefore = cpuNanos();
		Run engineComputed = load.closedLoop("engine alone, computed in full", this::enginePath, 1, options.step());
		double cpuPerSearch = (cpuNanos() - cpuBefore) / 1e6 / Math.max(1, engineComputed.requests());
		if (options.aloneOnly()) {
			log(String.format(Locale.ROOT,
					"search alone, computed in full: %d searches, p50 %.1f ms, p99 %.1f ms, %.1f ms of the node's CPU per search",
					engineComputed.requests(), engineComputed.percentileMillis(50), engineComputed.percentileMillis(99),
					cpuPerSearch));
			return null;
		}
		Run baselineAlone = load.closedLoop("baseline alone", this::baselinePath, 1, options.step());
		report.put("alone", Map.of("engine", figures(engineAlone), "engineComputed", figures(engineComputed),
				"engineCpuMillisPerSearch", round(cpuPerSearch), "baseline", figures(baselineAlone)));

		log("Open loop at " + options.rate() + " requests/s");
		Run engineOpen = load.openLoop("engine", this::enginePath, options.rate(), options.openLoop());
		Run baselineOpen = load.openLoop("baseline", this::baselinePath, options.rate(), options.openLoop());
		report.put("openLoop",
				Map.of("rate", options.rate(), "engine", figures(engineOpen), "baseline", figures(baselineOpen)));

		log("Closed loop: engine, baseline, ceiling, job pages");
		List<Run> engineRamp = load.ramp("engine", this::enginePath, options.clients(), options.step(),
				P99_LIMIT_MILLIS);
		List<Run> baselineRamp = load.ramp("baseline", this::baselinePath, options.clients(), options.step(),
				P99_LIMIT_MILLIS);
		List<Run> ceilingRamp = load.ramp("ceiling", i -> "/bench/ping", options.clients(), options.step(),
				P99_LIMIT_MILLIS);
		List<String> slugs = jobSlugs();
		LongFunction<String> jobPage = i -> "/jobs/" + slugs.get((int) (i % slugs.size()));
		// Warmed up like the searches: the ramp's first steps would otherwise measure the
		// page's code while it is still being compiled.
		load.closedLoop("warmup", jobPage, 4, options.warmup());
		List<Run> pageRamp = load.ramp("job page", jobPage, options.clients(), options.step(), P99_LIMIT_MILLIS);
		report.put("closedLoop", Map.of("engine", ramp(engineRamp), "baseline", ramp(baselineRamp), "ceiling",
				ramp(ceilingRamp), "jobPage", ramp(pageRamp, PAGE_P99_LIMIT_MILLIS)));

		log("Freshness: publish, then poll search");
		report.put("freshness", freshness());
		report.put("process", JSON.convertValue(JSON.readTree(load.get("/bench/process")), Map.class));
		return new BenchmarkReport(options.results()).write(report, engineOpen, baselineOpen);
	}

	/** CPU time the node's process has used so far, all its threads together. */
	private long cpuNanos() {
		return JSON.readTree(load.get("/bench/cpu")).get("cpuNanos").asLong();
	}

	private String enginePath(long i) {
		return "/api/v1/jobs?" + QueryMix.query(i);
	}

	private String baselinePath(long i) {
		return "/bench/baseline/jobs?" + QueryMix.query(i);
	}

	private void waitUntilReady() throws InterruptedException {
		long deadline = System.nanoTime() + options.readyTimeout().toNanos();
		while (System.nanoTime() < deadline) {
			String health = load.get("/actuator/health/readiness");
			if (health != null && health.contains("\"UP\"")) {
				return;
			}
			Thread.sleep(1000);
		}
		throw new IllegalStateException("The application did not become ready at " + options.baseUrl());
	}

	private Map<String, Object> loadFigures() {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("loadedJobs", metric("backboard.demo.load.jobs"));
		figures.put("loadSeconds", metric("backboard.demo.load"));
		figures.put("indexedDocuments", metric("backboard.search.rebuild.documents"));
		figures.put("indexSeconds", metric("backboard.search.rebuild"));
		return figures;
	}

	private double metric(String name) {
		String body = load.get("/actuator/metrics/" + name);
		return body == null ? 0 : JSON.readTree(body).get("measurements").get(0).get("value").asDouble();
	}

	private List<String> jobSlugs() {
		List<String> slugs = new ArrayList<>();
		for (int page = 1; page <= 5; page++) {
			JsonNode results = JSON.readTree(load.get("/api/v1/jobs?sort=NEWEST&size=100&page=" + page)).get("results");
			results.forEach(hit -> slugs.add(hit.get("slug").asString()));
		}
		return slugs;
	}

	private Map<String, Object> freshness() throws InterruptedException {
		org.HdrHistogram.Histogram visible = new org.HdrHistogram.Histogram(3);
		for (int i = 0; i < options.freshnessSamples(); i++) {
			long start = System.nanoTime();
			String marker = JSON.readTree(load.post("/bench/publish")).get("marker").asString();
			while (true) {
				String body = load.get("/api/v1/jobs?q=" + marker + "&size=1");
				if (body != null && JSON.readTree(body).get("total").asLong() > 0) {
					break;
				}
				if (System.nanoTime() - start > Duration.ofSeconds(30).toNanos()) {
					throw new IllegalStateException("A published job was not searchable after 30 s");
				}
				Thread.sleep(5);
			}
			visible.recordValue(System.nanoTime() - start);
		}
		return Map.of("samples", visible.getTotalCount(), "p50Millis", visible.getValueAtPercentile(50) / 1e6,
				"p95Millis", visible.getValueAtPercentile(95) / 1e6, "maxMillis", visible.getMaxValue() / 1e6);
	}

	static Map<String, Object> figures(Run run) {
		Map<String, Object> figures = new LinkedHashMap<>();
		figures.put("clients", run.clients());
		figures.put("requests", run.requests());
		figures.put("errors", run.errors());
		figures.put("throughput", round(run.throughput()));
		figures.put("p50Millis", round(run.percentileMillis(50)));
		figures.put("p95Millis", round(run.percentileMillis(95)));
		figures.put("p99Millis", round(run.percentileMillis(99)));
		figures.put("maxMillis", round(run.maxMillis()));
		return figures;
	}

	/**
	 * The steps, and the best throughput among those whose p99 stayed under the limit and
	 * that had no errors; {@code qualified} says whether any step did.
	 */
	static Map<String, Object> ramp(List<Run> runs) {
		return ramp(runs, P99_LIMIT_MILLIS);
	}

	static Map<String, Object> ramp(List<Run> runs, double p99LimitMillis) {
		Optional<Run> qualified = runs.stream()
			.filter(run -> run.percentileMillis(99) <= p99LimitMillis && run.errors() == 0)
			.max((a, b) -> Double.compare(a.throughput(), b.throughput()));
		Run best = qualified
			.orElseGet(() -> runs.stream().max((a, b) -> Double.compare(a.throughput(), b.throughput())).orElseThrow());
		return Map.of("steps", runs.stream().map(Benchmark::figures).toList(), "best", figures(best), "qualified",
				qualified.isPresent());
	}

	static double round(double value) {
		return Math.round(value * 100) / 100.0;
	}

	private static void log(String message) {
		System.out.println("[bench] " + message);
	}

}
