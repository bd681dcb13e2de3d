package dev.backboard.oauth;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.support.Api;
import dev.backboard.support.BrowserPeople;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static dev.backboard.support.BrowserPeople.arriveAt;
import static dev.backboard.support.BrowserPeople.exactLabel;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person allows an app in a real browser: the app's link, Backboard's sign-in page, the
 * consent page in plain words, and the redirect back to the app with a code that the app
 * (with its PKCE verifier) exchanges for tokens at its own loopback listener.
 */
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=lifecycle")
class OAuthConsentBrowserTests {

	// Addresses of its own, so that sign-in limits never meet another browser test's.
	@RegisterExtension
	static final BrowserPeople people = BrowserPeople.from("198.19.7.");

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	AppClients apps;

	@Test
	void aCandidateAllowsAnAppThatThenActsForThem() throws IOException {
		long admin = users.create("admin", Role.ADMIN).getId();
		String clientId = apps
			.register(admin,
					new AppRegistration("Pocket Jobs", "http://127.0.0.1/callback", false, List.of("saved", "resumes"),
							""))
			.clientId();
		UserAccount candidate = users.create("cleo", Role.CANDIDATE);
		AppFlows.Pkce pkce = AppFlows.Pkce.fresh();
		Page page = people.newPerson(port);
		try (AppFlows.Loopback app = AppFlows.Loopback.listen()) {
			String redirect = app.redirectUri();
			page.navigate(AppFlows.authorizeUrl(clientId, redirect, "saved resumes", "st-9", pkce));
			arriveAt(page, "**/login");
			exactLabel(page, "Email").fill(candidate.getEmail());
			exactLabel(page, "Password").fill(Users.PASSWORD);
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in").setExact(true)).click();

			arriveAt(page, Pattern.compile(".*/oauth2/consent\\?.*"));
			assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
				.containsText("Allow Pocket Jobs");
			assertThat(page.getByLabel("See and change your saved jobs")).isChecked();
			assertThat(page.getByLabel("Upload, download and delete your résumés")).isChecked();
			people.assertNoBrowserErrors();
			page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Allow")).click();

			page.waitForURL(url -> url.startsWith(redirect));
			assertThat(AppFlows.parameter(app.callback(), "state")).isEqualTo("st-9");
			AppFlows flows = new AppFlows(port);
			Api.Response token = flows.exchange(clientId, AppFlows.parameter(app.callback(), "code"), pkce.verifier(),
					redirect);
			assertThat(token.status()).as(token.body()).isEqualTo(200);
			AppFlows.Tokens tokens = AppFlows.tokens(token);
			assertThat(flows.call("GET", "/api/v1/me/saved-jobs", tokens).status()).isEqualTo(200);
			assertThat(flows.call("GET", "/api/v1/me/resumes", tokens).status()).isEqualTo(200);
		}
	}

}
