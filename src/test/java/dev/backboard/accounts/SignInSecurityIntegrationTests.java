package dev.backboard.accounts;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.backboard.core.ratelimit.RateLimitProperties;
import dev.backboard.core.ratelimit.RateLimits;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.backboard.accounts.TestAddresses.mainText;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in limits and the life of a session: new id at sign-in, gone at sign-out, ended
 * after the absolute timeout, and carried in a cookie scripts cannot read.
 */
@IntegrationTest
class SignInSecurityIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	RateLimits limits;

	@Autowired
	RateLimitProperties limitProperties;

	@Autowired
	JdbcClient jdbc;

	Api.Response signIn(WebSession web, String email, String password) {
		return web.submit("/login", "form[action=/login]", Map.of("username", email, "password", password));
	}

	@Test
	void repeatedFailuresForOneAddressAnswer429AlikeForKnownAndUnknownAddresses() {
		UserAccount account = users.create("Flo", Role.CANDIDATE);
		String unknown = Users.freshEmail("nobody");
		WebSession web = new WebSession(port).header("X-Forwarded-For", TestAddresses.freshIp());
		int allowed = limitProperties.limits().get("login-account").capacity();
		for (int i = 0; i < allowed; i++) {
			assertThat(signIn(web, account.getEmail(), "wrong password " + i).header("Location")).endsWith("?error");
			assertThat(signIn(web, unknown, "wrong password " + i).header("Location")).endsWith("?error");
		}

		Api.Response known = signIn(web, account.getEmail(), Users.PASSWORD);
		Api.Response notKnown = signIn(web, unknown, Users.PASSWORD);

		assertThat(known.status()).isEqualTo(notKnown.status()).isEqualTo(429);
		assertThat(Long.parseLong(known.header("Retry-After"))).isPositive();
		assertThat(notKnown.header("Retry-After")).isNotBlank();
		assertThat(mainText(known)).contains("Too many sign-in attempts").isEqualTo(mainText(notKnown));
		assertThat(web.get("/account").status()).as("not signed in").isEqualTo(302);
	}

	@Test
	void aSuccessfulSignInForgetsEarlierFailures() {
		UserAccount account = users.create("Gus", Role.CANDIDATE);
		WebSession web = new WebSession(port).header("X-Forwarded-For", TestAddresses.freshIp());
		int allowed = limitProperties.limits().get("login-account").capacity();
		for (int i = 0; i < allowed - 1; i++) {
			signIn(web, account.getEmail(), "wrong password");
		}
		assertThat(signIn(web, account.getEmail(), Users.PASSWORD).header("Location")).doesNotContain("error");

		for (int i = 0; i < allowed - 1; i++) {
			assertThat(signIn(new WebSession(port), account.getEmail(), "wrong password").status()).isEqualTo(302);
		}
		WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
	}

	@Test
	void tooManyAttemptsFromOneAddressAnswer429() {
		String ip = TestAddresses.freshIp();
		int allowed = limitProperties.limits().get("login-ip").capacity();
		for (int i = 0; i < allowed - 1; i++) {
			limits.consume("login-ip", ip);
		}
		UserAccount first = users.create("Hal", Role.CANDIDATE);
		UserAccount second = users.create("Ina", Role.CANDIDATE);
		WebSession web = new WebSession(port).header("X-Forwarded-For", ip);

		Api.Response lastAllowed = signIn(web, first.getEmail(), Users.PASSWORD);
		Api.Response refused = signIn(new WebSession(port).header("X-Forwarded-For", ip), second.getEmail(),
				Users.PASSWORD);

		assertThat(lastAllowed.status()).isEqualTo(302);
		assertThat(lastAllowed.header("Location")).doesNotContain("error");
		assertThat(refused.status()).isEqualTo(429);
		assertThat(refused.header("Retry-After")).isNotBlank();
		WebSession.signedIn(port, second.getEmail(), Users.PASSWORD);
	}

	@Test
	void theSessionIdChangesAtSignIn() {
		UserAccount account = users.create("Jo", Role.CANDIDATE);
		WebSession web = new WebSession(port);
		web.get("/login");
		String before = web.cookie("SESSION").orElseThrow();

		signIn(web, account.getEmail(), Users.PASSWORD);

		String after = web.cookie("SESSION").orElseThrow();
		assertThat(after).isNotEqualTo(before);
		assertThat(web.get("/account").status()).isEqualTo(200);
		assertThat(withCookie(before).status()).isEqualTo(302);
	}

	@Test
	void signingOutEndsTheSession() {
		UserAccount account = users.create("Kai", Role.CANDIDATE);
		WebSession web = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		String cookie = web.cookie("SESSION").orElseThrow();
		assertThat(withCookie(cookie).status()).isEqualTo(200);

		Api.Response signedOut = web.post("/logout", Map.of("_csrf", web.csrfToken("/account")));

		assertThat(signedOut.status()).isEqualTo(302);
		assertThat(withCookie(cookie).status()).isEqualTo(302);
		assertThat(withCookie(cookie).header("Location")).endsWith("/login");
	}

	@Test
	void aSessionOlderThanTheAbsoluteTimeoutEndsAtItsNextRequest() {
		UserAccount account = users.create("Lev", Role.CANDIDATE);
		WebSession web = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);

		backdateSessions(account, Duration.ofHours(11));
		assertThat(web.get("/account").status()).as("younger than 12 hours").isEqualTo(200);

		backdateSessions(account, Duration.ofHours(2));
		assertThat(web.get("/account").status()).isEqualTo(302);
		assertThat(jdbc.sql("select count(*) from spring_session where principal_name = ?")
			.param(Long.toString(account.getId()))
			.query(Long.class)
			.single()).isZero();
	}

	@Test
	void theSessionCookieIsHttpOnlyAndLaxAndSecureBehindAnHttpsProxy() {
		Api api = new Api(port);

		String plain = sessionCookie(api.send("GET", "/login", Map.of()));
		String proxied = sessionCookie(api.send("GET", "/login", Map.of("X-Forwarded-Proto", "https")));

		assertThat(plain).contains("HttpOnly").contains("SameSite=Lax").doesNotContain("Secure");
		assertThat(proxied).contains("HttpOnly").contains("SameSite=Lax").contains("Secure");
	}

	private void backdateSessions(UserAccount account, Duration age) {
		jdbc.sql("update spring_session set creation_time = creation_time - ? where principal_name = ?")
			.params(age.toMillis(), Long.toString(account.getId()))
			.update();
	}

	private Api.Response withCookie(String session) {
		return new Api(port).send("GET", "/account", Map.of("Cookie", "SESSION=" + session));
	}

	private static String sessionCookie(Api.Response response) {
		List<String> cookies = response.raw().headers().allValues("Set-Cookie");
		return cookies.stream()
			.filter(cookie -> cookie.startsWith("SESSION="))
			.findFirst()
			.orElseThrow(() -> new AssertionError("No session cookie in " + cookies));
	}

}
