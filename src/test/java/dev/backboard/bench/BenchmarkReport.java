package dev.backboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import dev.backboard.bench.LoadGenerator.Run;

/**
 * Writes a benchmark's figures as JSON, as a Markdown table with the targets, and as an
 * SVG chart of the engine's and the baseline's latency distributions.
 */
final class BenchmarkReport {

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private static final double[] CHART_PERCENTILES = { 0, 50, 75, 90, 95, 99, 99.5, 99.9 };

	private final Path directory;

	BenchmarkReport(Path directory) {
		this.directory = directory;
	}

	Path write(Map<String, Object> report, Run engine, Run baseline) throws IOException {
		Files.createDirectories(directory);
		JsonNode json = JSON.valueToTree(report);
		boolean openSearch = "opensearch".equals(json.path("process").path("backend").asString(""));
		String name = unused(directory,
				"bench-" + report.get("date") + "-" + report.get("jobs") + "-jobs" + (openSearch ? "-opensearch" : ""));
		Files.writeString(directory.resolve(name + ".json"), JSON.writeValueAsString(json));
		Files.writeString(directory.resolve(name + ".svg"), chart(engine, baseline, engineLabel(json)));
		String markdown = markdown(json, name + ".svg");
		Files.writeString(directory.resolve(name + ".md"), markdown);
		Files.writeString(directory.resolve("latest.md"), markdown);
		return directory.resolve(name + ".md");
	}

	/**
	 * The name, or the name with the first free number after it: a second run on the same
	 * day keeps the first one's results.
	 */
	static String unused(Path directory, String name) {
		String unused = name;
		for (int run = 2; Files.exists(directory.resolve(unused + ".md")); run++) {
			unused = name + "-" + run;
		}
		return unused;
	}

	private static String markdown(JsonNode r, String chart) {
		JsonNode open = r.get("openLoop");
		JsonNode closed = r.get("closedLoop");
		JsonNode engine = closed.get("engine").get("best");
		JsonNode baseline = closed.get("baseline").get("best");
		JsonNode page = closed.get("jobPage").get("best");
		JsonNode load = r.get("load");
		JsonNode fresh = r.get("freshness");
		JsonNode process = r.get("process");
		double indexRate = rate(load.get("indexedDocuments"), load.get("indexSeconds"));
		StringBuilder md = new StringBuilder();
		md.append("## Benchmark: ")
			.append(String.format(Locale.ROOT, "%,d", r.get("jobs").asLong()))
			.append(" jobs, ")
			.append(process.get("cores").asInt())
			.append(" cores, ")
			.append(r.get("date").asString())
			.append("\n\n");
		md.append("| figure | " + engineLabel(r)
				+ " | baseline (PostgreSQL FTS) | target | met |\n|---|---|---|---|---|\n");
		JsonNode alone = r.get("alone");
		JsonNode computed = alone.get("engineComputed");
		row(md, "search alone p50 / p99 (one client), every answer computed in full",
				computed == null ? "not measured"
						: ms(computed.get("p50Millis")) + " / " + ms(computed.get("p99Millis")),
				ms(alone.get("baseline").get("p50Millis")) + " / " + ms(alone.get("baseline").get("p99Millis")),
				"p50 ≤ 8 ms", computed == null ? null : computed.get("p50Millis").asDouble() <= 8);
		if (alone.has("engineCpuMillisPerSearch")) {
			row(md, "node CPU per search alone (all its threads), computed in full",
					ms(alone.get("engineCpuMillisPerSearch")), "", "", null);
		}
		if (!engineLabel(r).contains("OpenSearch")) {
			row(md, "search alone p50 / p99 (one client), with the result cache",
					ms(alone.get("engine").get("p50Millis")) + " / " + ms(alone.get("engine").get("p99Millis")), "", "",
					null);
		}
		row(md, "search p50 at " + open.get("rate").asInt() + " req/s, computed in full",
				ms(open.get("engine").get("p50Millis")), ms(open.get("baseline").get("p50Millis")), "≤ 10 ms",
				open.get("engine").get("p50Millis").asDouble() <= 10);
		row(md, "search p95 at " + open.get("rate").asInt() + " req/s, computed in full",
				ms(open.get("engine").get("p95Millis")), ms(open.get("baseline").get("p95Millis")), "", null);
		row(md, "search p99 at " + open.get("rate").asInt() + " req/s, computed in full",
				ms(open.get("engine").get("p99Millis")), ms(open.get("baseline").get("p99Millis")), "≤ 60 ms",
				open.get("engine").get("p99Millis").asDouble() <= 60);
		row(md, "search max at " + open.get("rate").asInt() + " req/s", ms(open.get("engine").get("maxMillis")),
				ms(open.get("baseline").get("maxMillis")), "", null);
		row(md, "errors at " + open.get("rate").asInt() + " req/s (503 shed or timed out)", errors(open.get("engine")),
				errors(open.get("baseline")), "0", open.get("engine").get("errors").asLong() == 0);
		double ratio = baseline.get("throughput").asDouble() == 0 ? 0
				: engine.get("throughput").asDouble() / baseline.get("throughput").asDouble();
		row(md, "max search throughput, p99 < " + Math.round(Benchmark.P99_LIMIT_MILLIS) + " ms, computed in full",
				rps(closed.get("engine")), rps(closed.get("baseline")), "≥ 250 req/s",
				engine.get("throughput").asDouble() >= 250 && closed.get("engine").get("qualified").asBoolean());
		row(md, "p99 at that throughput", ms(engine.get("p99Millis")), ms(baseline.get("p99Millis")),
				"< " + Math.round(Benchmark.P99_LIMIT_MILLIS) + " ms",
				engine.get("p99Millis").asDouble() < Benchmark.P99_LIMIT_MILLIS);
		row(md, "engine ÷ baseline throughput", String.format(Locale.ROOT, "%.1f×", ratio), "", "", null);
		double p99Ratio = baseline.get("p99Millis").asDouble() == 0 ? 0
				: engine.get("p99Millis").asDouble() / baseline.get("p99Millis").asDouble();
		row(md, "engine ÷ baseline p99 at the best steps", String.format(Locale.ROOT, "%.2f×", p99Ratio), "", "", null);
		row(md, "ceiling: trivial endpoint", rps(closed.get("ceiling")), "", "", null);
		row(md, "job page throughput / p99", rps(closed.get("jobPage")) + " / " + ms(page.get("p99Millis")), "",
				"≥ 2,000 req/s, p99 ≤ 20 ms",
				page.get("throughput").asDouble() >= 2000 && page.get("p99Millis").asDouble() <= 20);
		// The index can be rebuilt at start (a new mapping) from data loaded earlier.
		boolean reused = load.get("indexSeconds").asDouble() == 0;
		boolean loaded = load.get("loadSeconds").asDouble() > 0;
		row(md, "demo load", !loaded ? "data reused from an earlier run"
				: String.format(Locale.ROOT, "%,.0f rows/s", rate(load.get("loadedJobs"), load.get("loadSeconds"))), "",
				"", null);
		row(md, "mass indexing",
				reused ? "data reused from an earlier run" : String.format(Locale.ROOT, "%,.0f docs/s", indexRate), "",
				"≥ 2,000 docs/s", reused ? null : indexRate >= 2000);
		row(md, "index size", String.format(Locale.ROOT, "%,.0f MB", process.get("indexBytes").asDouble() / 1e6), "",
				"", null);
		row(md, "write-to-visible p50 / p95", ms(fresh.get("p50Millis")) + " / " + ms(fresh.get("p95Millis")), "",
				"p95 ≤ 1 s", fresh.get("p95Millis").asDouble() <= 1000);
		row(md, "peak RSS (heap limit " + Math.round(process.get("maxHeapBytes").asDouble() / 1e9) + " GB)",
				String.format(Locale.ROOT, "%,.0f MB", process.get("peakRssBytes").asDouble() / 1e6), "", "", null);
		row(md, "facet counter / its per-segment structures",
				process.get("facetCounter").asString() + " / "
						+ String.format(Locale.ROOT, "%,.0f MB", process.get("facetStructureBytes").asDouble() / 1e6),
				"", "", null);
		md.append("\nThe load generator runs on the same ")
			.append(process.get("cores").asInt())
			.append(" cores as the node it measures. The mix has ")
			.append(QueryMix.QUERIES.size())
			.append(" distinct searches.\n\n");
		md.append("![Latency distribution, engine and baseline](").append(chart).append(")\n");
		return md.toString();
	}

	private static double rate(JsonNode count, JsonNode seconds) {
		return seconds.asDouble() == 0 ? 0 : count.asDouble() / seconds.asDouble();
	}

	private static void row(StringBuilder md, String figure, String engine, String baseline, String target,
			Boolean met) {
		md.append("| ")
			.append(figure)
			.append(" | ")
			.append(engine)
			.append(" | ")
			.append(baseline)
			.append(" | ")
			.append(target)
			.append(" | ")
			.append(met == null ? "" : met ? "yes" : "no")
			.append(" |\n");
	}

	private static String ms(JsonNode millis) {
		return String.format(Locale.ROOT, "%.1f ms", millis.asDouble());
	}

	/**
	 * The best step of a ramp; flagged when no step kept p99 under the limit without
	 * errors.
	 */
	private static String rps(JsonNode ramp) {
		JsonNode best = ramp.get("best");
		return String.format(Locale.ROOT, "%,.0f req/s (%d clients)%s", best.get("throughput").asDouble(),
				best.get("clients").asInt(), ramp.get("qualified").asBoolean() ? "" : ", none under the p99 limit");
	}

	private static String errors(JsonNode run) {
		return String.format(Locale.ROOT, "%,d of %,d", run.get("errors").asLong(), run.get("requests").asLong());
	}

	/** Latency by percentile, both engines on one log-scaled chart. */
	private static String engineLabel(JsonNode report) {
		return "opensearch".equals(report.path("process").path("backend").asString("")) ? "engine (OpenSearch)"
				: "engine (Lucene)";
	}

	static String chart(Run engine, Run baseline, String engineLabel) {
		int width = 720;
		int height = 400;
		int left = 70;
		int bottom = 50;
		double maxMillis = Math.max(1, Math.max(engine.percentileMillis(99.9), baseline.percentileMillis(99.9)));
		double logMax = Math.log10(maxMillis * 1.5);
		double logMin = Math
			.log10(Math.max(0.1, Math.min(engine.percentileMillis(0), baseline.percentileMillis(0)) / 1.5));
		StringBuilder svg = new StringBuilder();
		svg.append(String.format(Locale.ROOT,
				"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\" font-size=\"12\">%n",
				width, height));
		svg.append("<rect width=\"100%\" height=\"100%\" fill=\"white\"/>\n");
		svg.append("<text x=\"")
			.append(width / 2)
			.append("\" y=\"20\" text-anchor=\"middle\" font-size=\"14\">")
			.append("Search latency by percentile, open loop (log scale)</text>\n");
		for (int i = 0; i < CHART_PERCENTILES.length; i++) {
			double x = x(i, left, width);
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%.1f\" y1=\"40\" x2=\"%.1f\" y2=\"%d\" stroke=\"#eee\"/><text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">p%s</text>%n",
					x, x, height - bottom, x, height - bottom + 18, trim(CHART_PERCENTILES[i])));
		}
		for (double tick : List.of(0.1, 1.0, 10.0, 100.0, 1000.0, 10000.0)) {
			double logTick = Math.log10(tick);
			if (logTick < logMin || logTick > logMax) {
				continue;
			}
			double y = y(tick, logMin, logMax, height, bottom);
			svg.append(String.format(Locale.ROOT,
					"<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#eee\"/><text x=\"%d\" y=\"%.1f\" text-anchor=\"end\">%s ms</text>%n",
					left, y, width - 20, y, left - 6, y + 4, trim(tick)));
		}
		line(svg, engine, "#1f5fbf", engineLabel, 0, left, width, height, bottom, logMin, logMax);
		line(svg, baseline, "#c0392b", "baseline (PostgreSQL FTS)", 1, left, width, height, bottom, logMin, logMax);
		svg.append("</svg>\n");
		return svg.toString();
	}

	private static void line(StringBuilder svg, Run run, String color, String label, int index, int left, int width,
			int height, int bottom, double logMin, double logMax) {
		StringBuilder points = new StringBuilder();
		for (int i = 0; i < CHART_PERCENTILES.length; i++) {
			double millis = Math.max(0.1, run.percentileMillis(CHART_PERCENTILES[i]));
			points.append(String.format(Locale.ROOT, "%.1f,%.1f ", x(i, left, width),
					y(millis, logMin, logMax, height, bottom)));
		}
		svg.append("<polyline fill=\"none\" stroke-width=\"2.5\" stroke=\"")
			.append(color)
			.append("\" points=\"")
			.append(points.toString().strip())
			.append("\"/>\n");
		svg.append(String.format(Locale.ROOT,
				"<rect x=\"%d\" y=\"%d\" width=\"14\" height=\"4\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
				left + 10, 48 + index * 18, color, left + 30, 53 + index * 18, label));
	}

	private static double x(int i, int left, int width) {
		return left + i * (width - left - 30.0) / (CHART_PERCENTILES.length - 1);
	}

	private static double y(double millis, double logMin, double logMax, int height, int bottom) {
		double fraction = (Math.log10(millis) - logMin) / (logMax - logMin);
		return (height - bottom) - fraction * (height - bottom - 40);
	}

	private static String trim(double value) {
		return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
	}

}
