package dev.backboard.bench;

import dev.backboard.BackboardApplication;

import org.springframework.boot.SpringApplication;

/**
 * Backboard with the benchmark's extra endpoints (the baseline, a trivial ceiling
 * endpoint, a publish hook and process figures), active under the {@code bench} profile.
 */
public final class BenchApplication {

	private BenchApplication() {
	}

	public static void main(String[] args) {
		SpringApplication application = new SpringApplication(BackboardApplication.class);
		application.setAdditionalProfiles("bench");
		application.run(args);
	}

}
