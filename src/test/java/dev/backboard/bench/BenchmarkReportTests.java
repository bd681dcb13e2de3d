package dev.backboard.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class BenchmarkReportTests {

	@TempDir
	Path results;

	@Test
	void aSecondRunOnTheSameDayKeepsTheFirstOnesResults() throws IOException {
		assertThat(BenchmarkReport.unused(results, "bench-2026-12-06-1000-jobs"))
			.isEqualTo("bench-2026-12-06-1000-jobs");

		Files.writeString(results.resolve("bench-2026-12-06-1000-jobs.md"), "first run");
		Files.writeString(results.resolve("bench-2026-12-06-1000-jobs-2.md"), "second run");

		assertThat(BenchmarkReport.unused(results, "bench-2026-12-06-1000-jobs"))
			.isEqualTo("bench-2026-12-06-1000-jobs-3");
	}

}
