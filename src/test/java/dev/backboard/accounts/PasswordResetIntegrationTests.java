package dev.backboard.accounts;

import java.time.Duration;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.MutableClock;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static dev.backboard.accounts.TestAddresses.mainText;
import static dev.backboard.support.Links.path;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class PasswordResetIntegrationTests {

	static final String NEW_PASSWORD = "violet harbour sixteen kites";

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Mailbox mailbox;

	@Autowired
	MutableClock clock;

	WebSession visitor() {
		return new WebSession(port).header("X-Forwarded-For", TestAddresses.freshIp());
	}

	Api.Response forgot(WebSession web, String email) {
		return web.submit("/password/forgot", "form[action=/password/forgot]", Map.of("email", email));
	}

	String resetLink(UserAccount account) {
		forgot(visitor(), account.getEmail());
		return path(mailbox.waitForSubject(account.getEmail(), "Reset your password").link("/password/reset"));
	}

	@Test
	void theLinkSetsANewPasswordOnceAndEndsEverySession() {
		UserAccount account = users.create("Rita", Role.CANDIDATE);
		WebSession elsewhere = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		String link = resetLink(account);
		WebSession web = visitor();

		Api.Response reset = web.submit(link, "form[action=/password/reset]", Map.of("password", NEW_PASSWORD));

		assertThat(reset.status()).isEqualTo(200);
		assertThat(mainText(reset)).contains("Your password is set");
		assertThat(elsewhere.get("/account").status()).as("signed out everywhere").isEqualTo(302);
		WebSession.signedIn(port, account.getEmail(), NEW_PASSWORD);
		assertThat(web.get(link).status()).as("the link works once").isEqualTo(410);
		assertThat(web
			.post("/password/reset", Map.of("_csrf", web.csrfToken("/password/forgot"), "token",
					link.substring(link.indexOf('=') + 1), "password", "another fine passphrase"))
			.status()).isEqualTo(410);
		WebSession.signedIn(port, account.getEmail(), NEW_PASSWORD);
	}

	@Test
	void theLinkExpiresAfterAnHour() {
		UserAccount account = users.create("Eli", Role.CANDIDATE);
		String link = resetLink(account);
		try {
			clock.set(clock.instant().plus(Duration.ofMinutes(61)));

			Api.Response expired = visitor().get(link);

			assertThat(expired.status()).isEqualTo(410);
			assertThat(mainText(expired)).contains("expired or was already used");
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void aRefusedPasswordIsShownNextToTheFieldAndTheLinkStillWorks() {
		UserAccount account = users.create("Pat", Role.CANDIDATE);
		String link = resetLink(account);
		WebSession web = visitor();

		Api.Response refused = web.submit(link, "form[action=/password/reset]", Map.of("password", "qwertyuiop"));

		assertThat(refused.status()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).select("#password-error").text()).contains("most common");
		assertThat(web.submit(link, "form[action=/password/reset]", Map.of("password", NEW_PASSWORD)).status())
			.isEqualTo(200);
	}

	@Test
	void askingAnswersTheSameForKnownAndUnknownAddresses() {
		UserAccount account = users.create("Kim", Role.EMPLOYER);
		String unknown = Users.freshEmail("nobody");

		Api.Response known = forgot(visitor(), account.getEmail());
		Api.Response notKnown = forgot(visitor(), unknown);

		assertThat(known.status()).isEqualTo(notKnown.status()).isEqualTo(200);
		assertThat(mainText(known).replace(account.getEmail(), "ADDRESS"))
			.isEqualTo(mainText(notKnown).replace(unknown, "ADDRESS"));
		mailbox.waitForSubject(account.getEmail(), "Reset your password");
		assertThat(mailbox.to(unknown)).isEmpty();
	}

	@Test
	void askingTooOftenForOneAddressAnswers429WhetherOrNotItHasAnAccount() {
		UserAccount account = users.create("Lou", Role.CANDIDATE);
		String unknown = Users.freshEmail("ghost");
		for (int i = 0; i < 3; i++) {
			assertThat(forgot(visitor(), account.getEmail()).status()).isEqualTo(200);
			assertThat(forgot(visitor(), unknown).status()).isEqualTo(200);
		}

		Api.Response known = forgot(visitor(), account.getEmail());
		Api.Response notKnown = forgot(visitor(), unknown);

		assertThat(known.status()).isEqualTo(notKnown.status()).isEqualTo(429);
		assertThat(known.header("Retry-After")).isNotBlank();
		assertThat(notKnown.header("Retry-After")).isNotBlank();
		assertThat(mainText(known)).isEqualTo(mainText(notKnown));
	}

}
