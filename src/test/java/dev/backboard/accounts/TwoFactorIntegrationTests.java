package dev.backboard.accounts;

import java.util.List;
import java.util.Map;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.backboard.support.Api;
import dev.backboard.support.Authenticator;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TwoFactorIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Authenticator authenticator;

	@Autowired
	dev.backboard.core.ratelimit.RateLimits limits;

	@Autowired
	dev.backboard.core.ratelimit.RateLimitProperties limitProperties;

	@Autowired
	MutableClock clock;

	@Autowired
	JdbcClient jdbc;

	@Test
	void enrollingMakesSignInAskForTheCode() {
		UserAccount account = users.create("Tess", Role.CANDIDATE);
		String secret = enroll(account).secret();

		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		assertThat(session.get("/account").header("Location")).endsWith("/login/2fa");

		Api.Response verified = session.submit("/login/2fa", "form[action=/login/2fa]", Map.of("code", code(secret)));

		assertThat(verified.status()).isEqualTo(302);
		assertThat(verified.header("Location")).endsWith("/account");
		assertThat(verified.header("Set-Cookie")).as("a new session id").contains("SESSION=");
		assertThat(session.get("/account").status()).isEqualTo(200);
	}

	@Test
	void aWrongCodeIsRefused() {
		UserAccount account = users.create("Tess", Role.CANDIDATE);
		String secret = enroll(account).secret();
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);

		Api.Response refused = session.submit("/login/2fa", "form[action=/login/2fa]", Map.of("code", wrong(secret)));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("field-error").contains("That code is not valid");
		assertThat(session.get("/account").header("Location")).endsWith("/login/2fa");
	}

	@Test
	void aRecoveryCodeSignsInOnlyOnce() {
		UserAccount account = users.create("Tess", Role.CANDIDATE);
		String recoveryCode = enroll(account).recoveryCodes().get(3);

		WebSession first = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		assertThat(
				first.submit("/login/2fa", "form[action=/login/2fa]", Map.of("code", recoveryCode)).header("Location"))
			.endsWith("/account");
		assertThat(first.get("/account").status()).isEqualTo(200);

		WebSession second = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		Api.Response reused = second.submit("/login/2fa", "form[action=/login/2fa]", Map.of("code", recoveryCode));
		assertThat(reused.status()).isEqualTo(200);
		assertThat(reused.body()).contains("That code is not valid");
		assertThat(second.get("/account").header("Location")).endsWith("/login/2fa");
	}

	@Test
	void codeAttemptsAreRateLimitedPerAddressToo() {
		String ip = TestAddresses.freshIp();
		for (int i = 0; i < limitProperties.limits().get("two-factor-ip").capacity(); i++) {
			limits.consume("two-factor-ip", ip);
		}
		UserAccount account = users.create("Tess", Role.CANDIDATE);
		String secret = enroll(account).secret();
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD)
			.header("X-Forwarded-For", ip);

		Api.Response refused = session.submit("/login/2fa", "form[action=/login/2fa]", Map.of("code", code(secret)));

		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isNotBlank();
	}

	@Test
	void aCodeIsAcceptedOnlyOnce() {
		UserAccount account = users.create("Tess", Role.CANDIDATE);
		String code = code(enroll(account).secret());
		WebSession first = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		assertThat(first.submit("/login/2fa", "form[action=/login/2fa]", Map.of("code", code)).status()).isEqualTo(302);

		WebSession second = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		Api.Response replayed = second.submit("/login/2fa", "form[action=/login/2fa]", Map.of("code", code));

		assertThat(replayed.status()).isEqualTo(200);
		assertThat(replayed.body()).contains("That code is not valid");
		assertThat(second.get("/account").header("Location")).endsWith("/login/2fa");
	}

	@Test
	void secondFactorChangesAndFailuresAreLoggedWithoutTheCodes() {
		UserAccount account = users.create("Tess", Role.CANDIDATE);
		Enrolled enrolled = enroll(account);
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		session.submit("/login/2fa", "form[action=/login/2fa]", Map.of("code", wrong(enrolled.secret())));
		session.submit("/login/2fa", "form[action=/login/2fa]", Map.of("code", enrolled.recoveryCodes().get(0)));

		List<String> events = jdbc
			.sql("select type || ' ' || coalesce(detail, '') from security_event where user_id = ?")
			.param(account.getId())
			.query(String.class)
			.list();

		assertThat(events).anyMatch(event -> event.startsWith("TWO_FACTOR_ENABLED"))
			.anyMatch(event -> event.startsWith("SECOND_FACTOR_FAILED"))
			.anyMatch(event -> event.startsWith("RECOVERY_CODE_USED"));
		assertThat(String.join(" ", events)).doesNotContain(enrolled.recoveryCodes().get(0))
			.doesNotContain(enrolled.secret());
	}

	@Test
	void codeAttemptsAreRateLimitedPerAccount() {
		UserAccount account = users.create("Tess", Role.CANDIDATE);
		String secret = enroll(account).secret();
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);

		int lastStatus = 0;
		for (int attempt = 0; attempt < 6 && lastStatus != 429; attempt++) {
			lastStatus = session.submit("/login/2fa", "form[action=/login/2fa]", Map.of("code", wrong(secret)))
				.status();
		}

		assertThat(lastStatus).isEqualTo(429);
		Api.Response evenTheRightCode = session.submit("/login/2fa", "form[action=/login/2fa]",
				Map.of("code", code(secret)));
		assertThat(evenTheRightCode.status()).isEqualTo(429);
		assertThat(evenTheRightCode.header("Retry-After")).isNotBlank();
	}

	@Test
	void aSessionWaitingForItsCodeReachesOnlyPublicPagesAndTheCodePage() {
		UserAccount account = users.create("Tess", Role.EMPLOYER);
		enroll(account);
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);

		assertThat(session.get("/account").header("Location")).endsWith("/login/2fa");
		assertThat(session.get("/account/2fa").header("Location")).endsWith("/login/2fa");
		assertThat(session.get("/employer").header("Location")).endsWith("/login/2fa");
		assertThat(session.get("/jobs").status()).isEqualTo(200);
		assertThat(session.get("/login/2fa").status()).isEqualTo(200);
		assertThat(session.page("/jobs").body().text()).doesNotContain(account.getEmail()).contains("Sign in");

		Api.Response signedOut = session.submit("/login/2fa", "form[action=/logout]", Map.of());
		assertThat(signedOut.status()).isEqualTo(302);
		assertThat(session.get("/login/2fa").header("Location")).endsWith("/login");
	}

	@Test
	void aModeratorWithoutTwoFactorIsSentToEnrollment() {
		UserAccount moderator = users.create("Mo", Role.MODERATOR);
		WebSession session = WebSession.signedIn(port, moderator.getEmail(), Users.PASSWORD);

		Api.Response response = session.get("/moderation");

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/account/2fa?required");
		assertThat(session.page("/account/2fa").text()).contains("Your role on Backboard requires two-factor");
	}

	@Test
	void aCandidateIsNotAskedToEnroll() {
		UserAccount candidate = users.create("Cat", Role.CANDIDATE);
		WebSession session = WebSession.signedIn(port, candidate.getEmail(), Users.PASSWORD);

		assertThat(session.get("/moderation").status()).isNotEqualTo(302);
		assertThat(session.page("/account/2fa").text()).doesNotContain("requires two-factor");
	}

	@Test
	void theSecretAndRecoveryCodesAreNotStoredInPlain() {
		UserAccount account = users.create("Tess", Role.CANDIDATE);
		Enrolled enrolled = enroll(account);

		String stored = secretOf(account);
		assertThat(stored).isNotBlank().doesNotContain(enrolled.secret()).startsWith("v1:");
		List<String> hashes = jdbc.sql("select code_hash from recovery_code where user_id = ?")
			.param(account.getId())
			.query(String.class)
			.list();
		assertThat(hashes).hasSize(10).doesNotContainAnyElementsOf(enrolled.recoveryCodes());
	}

	@Test
	void turningItOffNeedsTheCurrentCode() {
		UserAccount account = users.create("Tess", Role.CANDIDATE);
		String secret = enroll(account).secret();
		WebSession session = signInWithCode(account, secret);

		Api.Response refused = session.submit("/account/2fa", "form[action=/account/2fa/disable]",
				Map.of("code", wrong(secret)));
		assertThat(refused.body()).contains("code-error");
		assertThat(session.submit("/account/2fa", "form[action=/account/2fa/disable]", Map.of("code", code(secret)))
			.header("Location")).endsWith("/account?2fa-off");

		assertThat(WebSession.signedIn(port, account.getEmail(), Users.PASSWORD).get("/account").status())
			.isEqualTo(200);
	}

	private WebSession signInWithCode(UserAccount account, String secret) {
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		session.submit("/login/2fa", "form[action=/login/2fa]", Map.of("code", code(secret)));
		return session;
	}

	private Enrolled enroll(UserAccount account) {
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		assertThat(session.submit("/account/2fa", "form[action=/account/2fa/setup]", Map.of()).status()).isEqualTo(302);
		Document page = session.page("/account/2fa");
		assertThat(page.selectFirst("img[src^=data:image/png;base64,]")).isNotNull();
		String secret = page.selectFirst("#totp-secret").text();

		Api.Response confirmed = session.submit("/account/2fa", "form[action=/account/2fa/confirm]",
				Map.of("code", code(secret)));

		assertThat(confirmed.status()).isEqualTo(200);
		List<String> codes = org.jsoup.Jsoup.parse(confirmed.body()).select(".recovery-codes code").eachText();
		assertThat(codes).hasSize(10).doesNotHaveDuplicates();
		return new Enrolled(secret, codes);
	}

	private String secretOf(UserAccount account) {
		return jdbc.sql("select totp_secret from user_account where id = ?")
			.param(account.getId())
			.query(String.class)
			.single();
	}

	private String code(String secret) {
		return authenticator.code(secret);
	}

	/** A six-digit code that is none of the codes the board would accept now. */
	private String wrong(String secret) {
		long now = clock.instant().getEpochSecond() / 30;
		java.util.Set<String> valid = new java.util.HashSet<>();
		for (long step = now - 1; step <= now + 1; step++) {
			try {
				valid.add(new DefaultCodeGenerator().generate(secret, step));
			}
			catch (Exception ex) {
				throw new IllegalStateException(ex);
			}
		}
		return java.util.stream.IntStream.range(0, 4)
			.mapToObj(i -> String.format("%06d", i))
			.filter(candidate -> !valid.contains(candidate))
			.findFirst()
			.orElseThrow();
	}

	private record Enrolled(String secret, List<String> recoveryCodes) {
	}

}
