package dev.backboard.accounts;

import java.net.InetAddress;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.MutableClock;
import dev.backboard.support.RawHttp;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;

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

	@Autowired
	PasswordResets resets;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	PlatformTransactionManager transactions;

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
	void neitherRedirectsNorMailedLinksNameTheHostTheRequestClaims() {
		UserAccount account = users.create("Hal", Role.CANDIDATE);
		Map<String, String> evil = new java.util.HashMap<>(Map.of("Host", "evil.example", "X-Forwarded-Host",
				"evil.example", "X-Forwarded-For", TestAddresses.freshIp()));
		InetAddress server = InetAddress.getLoopbackAddress();
		RawHttp.Response form = RawHttp.get(server, port, "/password/forgot", evil);
		evil.put("Cookie", form.header("Set-Cookie").split(";")[0]);
		evil.put("Content-Type", "application/x-www-form-urlencoded");
		String csrf = Jsoup.parse(form.body()).select("form[action=/password/forgot] input[name=_csrf]").val();

		RawHttp.Response requested = RawHttp.send(server, port, "POST", "/password/forgot", evil,
				"_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8) + "&email="
						+ URLEncoder.encode(account.getEmail(), StandardCharsets.UTF_8));
		RawHttp.Response signIn = RawHttp.get(server, port, "/account", evil);

		assertThat(requested.status()).isLessThan(400);
		assertThat(String.valueOf(requested.header("Location"))).doesNotContain("evil.example");
		assertThat(signIn.header("Location")).isEqualTo("/login");
		assertThat(mailbox.waitForSubject(account.getEmail(), "Reset your password").link("/password/reset"))
			.startsWith("http://localhost:" + port + "/password/reset?token=");
	}

	@Test
	void askingDoesTheSameWorkForAnyAddressAndLeavesTheAccountsToTheBackground() throws Exception {
		UserAccount account = users.create("Tim", Role.CANDIDATE);
		TransactionStatus lock = transactions.getTransaction(TransactionDefinition.withDefaults());
		ExecutorService asker = Executors.newSingleThreadExecutor();
		try {
			// While nothing can write a token, a mail or a security event, asking still
			// answers at once, for an account as for a stranger: it touches none of them.
			jdbc.sql("lock table account_token, outgoing_mail, security_event in exclusive mode").update();
			for (String email : List.of(account.getEmail(), Users.freshEmail("nobody"))) {
				asker.submit(() -> resets.request(email)).get(10, TimeUnit.SECONDS);
			}
		}
		finally {
			transactions.rollback(lock);
			asker.shutdownNow();
		}

		assertThat(mailbox.waitForSubject(account.getEmail(), "Reset your password").link("/password/reset"))
			.contains("token=");
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
