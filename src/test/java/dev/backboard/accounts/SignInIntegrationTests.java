package dev.backboard.accounts;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SignInIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Test
	void signedInPagesAreNeverStored() {
		UserAccount candidate = users.create("Casey", Role.CANDIDATE);
		WebSession session = WebSession.signedIn(port, candidate.getEmail(), Users.PASSWORD);

		Api.Response account = session.get("/account");

		assertThat(account.status()).isEqualTo(200);
		assertThat(account.body()).contains(candidate.getEmail());
		assertThat(account.header("Cache-Control")).isEqualTo("no-store");
	}

	@Test
	void anonymousVisitorsAreSentToSignIn() {
		Api.Response response = new WebSession(port).get("/account");

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/login");
	}

	@Test
	void aWrongPasswordDoesNotSignIn() {
		UserAccount candidate = users.create("Casey", Role.CANDIDATE);

		Api.Response response = new WebSession(port).submit("/login", "form[action=/login]",
				Map.of("username", candidate.getEmail(), "password", "not the password"));

		assertThat(response.header("Location")).endsWith("/login?error");
	}

	@Test
	void aFormWithoutItsCsrfTokenIsRefused() {
		UserAccount candidate = users.create("Casey", Role.CANDIDATE);

		Api.Response response = new WebSession(port).post("/login",
				Map.of("username", candidate.getEmail(), "password", Users.PASSWORD));

		assertThat(response.status()).isEqualTo(403);
	}

	@Test
	void signInsAreMeasuredButNotEachSecurityFilterOrAccessDecisionOfEveryRequest() {
		UserAccount candidate = users.create("Casey", Role.CANDIDATE);
		assertThat(WebSession.signedIn(port, candidate.getEmail(), Users.PASSWORD).get("/account").status())
			.isEqualTo(200);

		String metrics = new Api(port).get("/actuator/prometheus").body();

		assertThat(metrics).contains("spring_security_authentications_seconds_count", "http_server_requests_seconds");
		assertThat(metrics).doesNotContain("spring_security_filterchains", "spring_security_authorizations");
	}

}
