package dev.backboard.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.Assumptions;

import static org.assertj.core.api.Assertions.fail;

/**
 * Debian's Chromium driven by Playwright. Playwright never downloads a browser here.
 * Without Chromium the browser tests are skipped on a laptop, and fail in CI, where
 * {@code browser.tests.required} is true.
 */
public final class Browsers {

	private static final Path CHROMIUM = Path.of(System.getProperty("chromium.path", "/usr/bin/chromium"));

	private Browsers() {
	}

	public static Playwright playwright() {
		if (!Files.isExecutable(CHROMIUM)) {
			String message = "Chromium is not installed at " + CHROMIUM + " (apt-get install chromium)";
			if (Boolean.getBoolean("browser.tests.required")) {
				fail(message + "; browser tests are required in this build");
			}
			Assumptions.abort(message + ": browser tests skipped");
		}
		return Playwright
			.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
	}

	public static Browser chromium(Playwright playwright) {
		return playwright.chromium()
			.launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM)
				.setHeadless(true)
				.setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
						"--disable-background-networking", "--disable-component-update", "--disable-sync",
						"--disable-quic")));
	}

}
