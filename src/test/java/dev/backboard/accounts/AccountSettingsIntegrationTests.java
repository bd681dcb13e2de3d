package dev.backboard.accounts;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.backboard.accounts.TestAddresses.mainText;
import static dev.backboard.support.Links.path;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AccountSettingsIntegrationTests {

	static final String NEW_PASSWORD = "marble otter crossing 1987";

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Accounts accounts;

	@Autowired
	Mailbox mailbox;

	@Test
	void changingThePasswordNeedsTheCurrentOne() {
		UserAccount account = users.create("Cleo", Role.CANDIDATE);
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);

		Api.Response refused = session.submit("/account/password", "form[action=/account/password]",
				Map.of("currentPassword", "not my password", "newPassword", NEW_PASSWORD, "signOutOthers", "true"));

		assertThat(refused.status()).isEqualTo(400);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#currentPassword-error").text()).contains("not your current password");
		assertThat(page.select("#currentPassword").attr("aria-invalid")).isEqualTo("true");
		WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
	}

	@Test
	void guessesAtTheCurrentPasswordAreLimitedPerAccount() {
		UserAccount account = users.create("Cleo", Role.CANDIDATE);
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		Map<String, String> guess = Map.of("currentPassword", "a guess", "newPassword", NEW_PASSWORD);
		for (int i = 0; i < 10; i++) {
			assertThat(session.submit("/account/password", "form[action=/account/password]", guess).status())
				.isEqualTo(400);
		}

		Api.Response limited = session.submit("/account/password", "form[action=/account/password]",
				Map.of("currentPassword", Users.PASSWORD, "newPassword", NEW_PASSWORD));

		assertThat(limited.status()).isEqualTo(429);
		assertThat(limited.header("Retry-After")).isNotBlank();
		WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
	}

	@Test
	void changingThePasswordSignsOutEveryOtherSessionByDefaultAndKeepsThisOne() {
		UserAccount account = users.create("Dev", Role.EMPLOYER);
		WebSession other = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		assertThat(session.page("/account/password").select("input[name=signOutOthers]").hasAttr("checked")).isTrue();

		Api.Response changed = session.submit("/account/password", "form[action=/account/password]",
				Map.of("currentPassword", Users.PASSWORD, "newPassword", NEW_PASSWORD, "signOutOthers", "true"));

		assertThat(changed.status()).isEqualTo(200);
		assertThat(session.get("/account").status()).isEqualTo(200);
		assertThat(other.get("/account").status()).isEqualTo(302);
		WebSession.signedIn(port, account.getEmail(), NEW_PASSWORD);
		mailbox.waitForSubject(account.getEmail(), "Your password was changed");
	}

	@Test
	void changingThePasswordWithoutTheBoxKeepsOtherSessions() {
		UserAccount account = users.create("Noor", Role.CANDIDATE);
		WebSession other = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);

		session.submit("/account/password", "form[action=/account/password]",
				Map.of("currentPassword", Users.PASSWORD, "newPassword", NEW_PASSWORD));

		assertThat(other.get("/account").status()).isEqualTo(200);
	}

	@Test
	void theEmailChangesOnceTheNewAddressConfirmsAndTheOldOneIsTold() {
		UserAccount account = users.create("Ada", Role.CANDIDATE);
		String oldEmail = account.getEmail();
		String newEmail = Users.freshEmail("ada-new");
		WebSession session = WebSession.signedIn(port, oldEmail, Users.PASSWORD);

		Api.Response requested = session.submit("/account/email", "form[action=/account/email]",
				Map.of("email", newEmail, "currentPassword", Users.PASSWORD));

		assertThat(requested.status()).isEqualTo(200);
		assertThat(accounts.findById(account.getId()).orElseThrow().getEmail()).isEqualTo(oldEmail);
		String link = path(mailbox.waitForSubject(newEmail, "Confirm your new email").link("/account/email/confirm"));
		Api.Response confirmed = session.submit(link, "form[action=/account/email/confirm]", Map.of());

		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(mainText(confirmed)).contains("Address changed");
		UserAccount changed = accounts.findById(account.getId()).orElseThrow();
		assertThat(changed.getEmail()).isEqualTo(newEmail);
		assertThat(changed.isEmailVerified()).isTrue();
		assertThat(mailbox.waitForSubject(oldEmail, "Your email address was changed").text()).contains(newEmail);
		WebSession.signedIn(port, newEmail, Users.PASSWORD);
		assertThat(session.get(link).status()).as("the link works once").isEqualTo(410);
	}

	@Test
	void changingTheEmailNeedsTheCurrentPasswordAndAnAddress() {
		UserAccount account = users.create("Bo", Role.CANDIDATE);
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);

		Api.Response refused = session.submit("/account/email", "form[action=/account/email]",
				Map.of("email", "nonsense", "currentPassword", "wrong password"));

		assertThat(refused.status()).isEqualTo(400);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#currentPassword-error").text()).isNotBlank();
		assertThat(page.select("#email-error").text()).isNotBlank();
		assertThat(page.select("#email").attr("value")).isEqualTo("nonsense");
	}

	@Test
	void anotherAccountCannotUseTheConfirmationLink() {
		UserAccount account = users.create("Ivy", Role.CANDIDATE);
		UserAccount intruder = users.create("Ike", Role.CANDIDATE);
		String newEmail = Users.freshEmail("ivy-new");
		WebSession.signedIn(port, account.getEmail(), Users.PASSWORD)
			.submit("/account/email", "form[action=/account/email]",
					Map.of("email", newEmail, "currentPassword", Users.PASSWORD));
		String link = path(mailbox.waitForSubject(newEmail, "Confirm your new email").link("/account/email/confirm"));

		Api.Response refused = WebSession.signedIn(port, intruder.getEmail(), Users.PASSWORD).get(link);

		assertThat(refused.status()).isEqualTo(410);
		assertThat(accounts.findById(intruder.getId()).orElseThrow().getEmail()).isEqualTo(intruder.getEmail());
	}

}
