package dev.backboard.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.function.LongFunction;

import org.HdrHistogram.ConcurrentHistogram;
import org.HdrHistogram.Histogram;

/**
 * Sends requests over HTTP and records their latency in HdrHistograms, open loop (on a
 * fixed schedule, latency measured from the intended send time, so a stall is not hidden
 * by sending less) or closed loop (N clients back to back, for throughput).
 */
final class LoadGenerator {

	private static final long MAX_LATENCY_NANOS = TimeUnit.SECONDS.toNanos(60);

	/**
	 * A request not answered by then counts as an error, so an overloaded server cannot
	 * stall a run.
	 */
	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

	private final HttpClient client;

	private final String baseUrl;

	LoadGenerator(String baseUrl) {
		this.baseUrl = baseUrl;
		this.client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.connectTimeout(Duration.ofSeconds(5))
			.executor(Executors.newVirtualThreadPerTaskExecutor())
			.build();
	}

	/**
	 * The figures of one run.
	 */
	record Run(String name, Histogram latency, long requests, long errors, double seconds, int clients) {

		double throughput() {
			return requests / seconds;
		}

		double percentileMillis(double percentile) {
			return latency.getValueAtPercentile(percentile) / 1_000_000.0;
		}

		double maxMillis() {
			return latency.getMaxValue() / 1_000_000.0;
		}

	}

	Run openLoop(String name, LongFunction<String> paths, int ratePerSecond, Duration duration) {
		Histogram histogram = new ConcurrentHistogram(MAX_LATENCY_NANOS, 3);
		AtomicLong errors = new AtomicLong();
		long interval = TimeUnit.SECONDS.toNanos(1) / ratePerSecond;
		long total = duration.toNanos() / interval;
		long start = System.nanoTime();
		try (ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor()) {
			for (long i = 0; i < total; i++) {
				long intended = start + i * interval;
				long wait = intended - System.nanoTime();
				if (wait > 0) {
					LockSupport.parkNanos(wait);
				}
				String path = paths.apply(i);
				senders.submit(() -> {
					boolean ok = send(path);
					histogram.recordValue(Math.min(MAX_LATENCY_NANOS, System.nanoTime() - intended));
					if (!ok) {
						errors.incrementAndGet();
					}
				});
			}
		}
		return new Run(name, histogram, total, errors.get(), (System.nanoTime() - start) / 1e9, 0);
	}

	Run closedLoop(String name, LongFunction<String> paths, int clients, Duration duration) {
		Histogram histogram = new ConcurrentHistogram(MAX_LATENCY_NANOS, 3);
		AtomicLong counter = new AtomicLong();
		AtomicLong errors = new AtomicLong();
		long start = System.nanoTime();
		long end = start + duration.toNanos();
		try (ExecutorService workers = Executors.newVirtualThreadPerTaskExecutor()) {
			for (int c = 0; c < clients; c++) {
				workers.submit(() -> {
					while (System.nanoTime() < end) {
						long sent = System.nanoTime();
						boolean ok = send(paths.apply(counter.getAndIncrement()));
						histogram.recordValue(Math.min(MAX_LATENCY_NANOS, System.nanoTime() - sent));
						if (!ok) {
							errors.incrementAndGet();
						}
					}
				});
			}
		}
		return new Run(name, histogram, histogram.getTotalCount(), errors.get(), (System.nanoTime() - start) / 1e9,
				clients);
	}

	/**
	 * Closed-loop runs at rising concurrency, stopping once p99 passes twice the limit.
	 */
	List<Run> ramp(String name, LongFunction<String> paths, int[] clients, Duration step, double p99LimitMillis) {
		List<Run> runs = new ArrayList<>();
		for (int c : clients) {
			Run run = closedLoop(name, paths, c, step);
			runs.add(run);
			if (run.percentileMillis(99) > 2 * p99LimitMillis) {
				break;
			}
		}
		return runs;
	}

	String get(String path) {
		try {
			HttpResponse<String> response = client.send(
					HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(30)).build(),
					HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 ? response.body() : null;
		}
		catch (Exception ex) {
			return null;
		}
	}

	String post(String path) {
		try {
			HttpResponse<String> response = client.send(HttpRequest.newBuilder(URI.create(baseUrl + path))
				.timeout(Duration.ofSeconds(30))
				.POST(HttpRequest.BodyPublishers.noBody())
				.build(), HttpResponse.BodyHandlers.ofString());
			return response.statusCode() == 200 ? response.body() : null;
		}
		catch (Exception ex) {
			return null;
		}
	}

	private boolean send(String path) {
		try {
			HttpResponse<Void> response = client.send(
					HttpRequest.newBuilder(URI.create(baseUrl + path)).timeout(Duration.ofSeconds(60)).build(),
					HttpResponse.BodyHandlers.discarding());
			return response.statusCode() == 200;
		}
		catch (Exception ex) {
			return false;
		}
	}

}
