package dev.backboard.support;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * People using the board in real browsers for a journey test: each gets a browser of
 * their own (cookies, session), coming from an address of their own so that rate limits
 * per address never meet another test's, with the console watched for errors and content
 * security policy violations.
 * <p>
 * A JUnit extension, registered as a static field with {@code @RegisterExtension}:
 * Chromium starts before the class's first test, everyone's browser ends after each test,
 * and Chromium stops after the last.
 */
public final class BrowserPeople implements BeforeAllCallback, AfterEachCallback, AfterAllCallback {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private static final SecureRandom RANDOM = new SecureRandom();

	private @Nullable Playwright playwright;

	private @Nullable Browser browser;

	private final String network;

	private final AtomicInteger addresses = new AtomicInteger();

	private final List<BrowserContext> contexts = new CopyOnWriteArrayList<>();

	private final List<String> errors = new CopyOnWriteArrayList<>();

	private BrowserPeople(String network) {
		this.network = network;
	}

	/**
	 * @param network the first three parts of the addresses people come from, e.g.
	 * {@code "203.0.113."}; one per test class
	 */
	public static BrowserPeople from(String network) {
		return new BrowserPeople(network);
	}

	@Override
	public void beforeAll(ExtensionContext extension) {
		playwright = Browsers.playwright();
		browser = Browsers.chromium(playwright);
	}

	@Override
	public void afterEach(ExtensionContext extension) {
		leave();
	}

	@Override
	public void afterAll(ExtensionContext extension) {
		if (playwright != null) {
			playwright.close();
			playwright = null;
			browser = null;
		}
	}

	/** A new person at the board on that port. */
	public Page newPerson(int port) {
		String address = network + (1 + addresses.getAndIncrement() % 250);
		if (browser == null) {
			throw new IllegalStateException("Register BrowserPeople with @RegisterExtension on a static field");
		}
		BrowserContext context = browser
			.newContext(new Browser.NewContextOptions().setBaseURL("http://localhost:" + port)
				.setExtraHTTPHeaders(Map.of("X-Forwarded-For", address)));
		// Chromium reports blocked scripts and styles on the console too; this names the
		// directive in case a future version words it differently.
		context.addInitScript("document.addEventListener('securitypolicyviolation', event => console.error("
				+ "'Content security policy violation: ' + event.violatedDirective + ' blocked ' + event.blockedURI))");
		contexts.add(context);
		Page page = context.newPage();
		page.onConsoleMessage(message -> {
			if (message.type().equals("error")) {
				errors.add(message.type() + " on " + page.url() + ": " + message.text());
			}
		});
		page.onPageError(error -> errors.add("uncaught on " + page.url() + ": " + error));
		return page;
	}

	public void assertNoBrowserErrors() {
		assertThat(errors).as("browser console errors and policy violations").isEmpty();
	}

	/** Ends everyone's browser; the next test starts with new people. */
	public void leave() {
		contexts.forEach(BrowserContext::close);
		contexts.clear();
	}

	/** Signs in through the sign-in page and its second step, with the code given. */
	public void signInWithSecondFactor(Page page, String email, String password, String code) {
		page.navigate("/login");
		exactLabel(page, "Email").fill(email);
		exactLabel(page, "Password").fill(password);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

		arriveAt(page, "**/login/2fa");
		assertThat(heading(page, "Enter your code")).isVisible();
		page.getByLabel("Code").fill(code);
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Verify")).click();
		arriveAt(page, Pattern.compile(".*/account(\\?.*)?$"));
		assertNoBrowserErrors();
	}

	/** Waits for the page to arrive at a URL ending as the glob after its "**". */
	public static void arriveAt(Page page, String glob) {
		arriveAt(page, Pattern.compile(".*" + Pattern.quote(glob.substring(2)) + "$"));
	}

	/**
	 * Waits for the page to arrive at the URL; if it does not, says where it is and what
	 * it shows instead of a bare timeout.
	 */
	public static void arriveAt(Page page, Pattern url) {
		try {
			page.waitForURL(url, new Page.WaitForURLOptions().setTimeout(10_000));
		}
		catch (com.microsoft.playwright.TimeoutError ex) {
			throw new AssertionError("Expected to arrive at " + url + " but the page is " + page.url() + " showing: "
					+ page.locator("main").innerText(), ex);
		}
	}

	public static Locator heading(Page page, String name) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name));
	}

	public static Locator exactLabel(Page page, String label) {
		return page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	public static void screenshot(Page page, String name) {
		page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
	}

	public static String randomLetters(int count) {
		StringBuilder letters = new StringBuilder();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + RANDOM.nextInt(26)));
		}
		return letters.toString();
	}

}
