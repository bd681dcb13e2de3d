package dev.backboard.embedded;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.backboard.BackboardApplication;
import dev.backboard.jobs.JobService;
import dev.backboard.search.JobQuery;
import dev.backboard.search.JobSearch;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A second start on the same data directory finds the same jobs, loads no demo data again
 * and reuses the search index.
 */
class RestartIntegrationTests {

	@TempDir
	Path dataDir;

	@Test
	void aSecondStartFindsTheSameJobs() {
		long firstCount;
		try (ConfigurableApplicationContext first = start()) {
			firstCount = first.getBean(JobService.class).countPublished();
			assertThat(firstCount).isEqualTo(300);
		}

		try (ConfigurableApplicationContext second = start()) {
			assertThat(second.getBean(JobService.class).countPublished()).isEqualTo(firstCount);
			assertThat(second.getBean(JobSearch.class).search(JobQuery.empty()).total()).isEqualTo(firstCount);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(BackboardApplication.class).run("--server.port=0",
				"--backboard.data-dir=" + dataDir, "--backboard.demo.jobs=300", "--spring.main.banner-mode=off",
				"--logging.level.root=warn");
	}

}
