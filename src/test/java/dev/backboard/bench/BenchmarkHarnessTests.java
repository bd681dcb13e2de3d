package dev.backboard.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tiny run of the real benchmark, so that the harness and the baseline cannot rot. Its
 * figures are not asserted: timings are the benchmark's business, not the build's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backboard.data-dir=target/test-data/bench-${random.uuid}", "backboard.demo.enabled=true",
				"backboard.demo.jobs=2000", "spring.main.banner-mode=off", "logging.level.root=warn" })
@ActiveProfiles("bench")
class BenchmarkHarnessTests {

	@LocalServerPort
	int port;

	@TempDir
	Path results;

	@Test
	void runsEveryPhaseAndWritesTheReport() throws Exception {
		Benchmark.Options options = new Benchmark.Options("http://localhost:" + port, 2000, 20, Duration.ofSeconds(1),
				Duration.ofSeconds(1), Duration.ofSeconds(1), new int[] { 1, 2 }, 3, results, Duration.ofSeconds(60),
				false);

		Path report = new Benchmark(options).run();

		String markdown = Files.readString(report);
		assertThat(markdown).contains("search p99", "baseline", "mass indexing", "write-to-visible");
		try (var files = Files.list(results)) {
			assertThat(files.map(path -> path.getFileName().toString())).anyMatch(name -> name.endsWith(".json"))
				.anyMatch(name -> name.endsWith(".svg"));
		}
	}

}
