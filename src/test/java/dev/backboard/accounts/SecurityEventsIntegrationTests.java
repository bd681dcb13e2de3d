package dev.backboard.accounts;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static dev.backboard.support.Links.path;
import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class SecurityEventsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Accounts accounts;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	record Event(String type, String ip, String detail) {
	}

	@Test
	void anAccountsLifeIsLoggedWithAddressesAndWithoutSecrets() {
		String ip = TestAddresses.freshIp();
		String email = Users.freshEmail("logged");
		String firstPassword = "first secret passphrase 71";
		String secondPassword = "second secret passphrase 72";
		String thirdPassword = "third secret passphrase 73";
		WebSession web = new WebSession(port).header("X-Forwarded-For", ip);
		web.submit("/signup", "form[action=/signup]",
				Map.of("displayName", "Lee", "email", email, "password", firstPassword, "role", "CANDIDATE"));
		String verifyLink = path(mailbox.waitForSubject(email, "Confirm your email").link("/verify-email"));
		web.submit(verifyLink, "form[action=/verify-email]", Map.of());
		web.submit("/login", "form[action=/login]", Map.of("username", email, "password", "wrong " + firstPassword));
		web.submit("/login", "form[action=/login]", Map.of("username", firstPassword, "password", firstPassword));
		web.submit("/login", "form[action=/login]", Map.of("username", email, "password", firstPassword));
		web.submit("/account/password", "form[action=/account/password]",
				Map.of("currentPassword", firstPassword, "newPassword", secondPassword, "signOutOthers", "true"));
		web.submit("/account/email", "form[action=/account/email]",
				Map.of("email", Users.freshEmail("logged-new"), "currentPassword", secondPassword));
		web.submit("/password/forgot", "form[action=/password/forgot]", Map.of("email", email));
		String resetLink = path(mailbox.waitForSubject(email, "Reset your password").link("/password/reset"));
		web.submit(resetLink, "form[action=/password/reset]", Map.of("password", thirdPassword));

		long accountId = accounts.findByEmail(email).orElseThrow().getId();
		List<Event> events = jdbc.sql("select type, ip, detail from security_event where user_id = ? order by id")
			.param(accountId)
			.query(Event.class)
			.list();

		assertThat(events).extracting(Event::type)
			.containsSubsequence("SIGNED_UP", "EMAIL_VERIFIED", "SIGN_IN_FAILED", "SIGN_IN_SUCCEEDED",
					"PASSWORD_CHANGED", "SESSIONS_ENDED", "EMAIL_CHANGE_REQUESTED", "PASSWORD_RESET_REQUESTED",
					"PASSWORD_RESET_COMPLETED", "SESSIONS_ENDED");
		assertThat(events).extracting(Event::ip).containsOnly(ip);
		List<String> secrets = List.of(firstPassword, secondPassword, thirdPassword, token(verifyLink),
				token(resetLink));
		List<String> everything = jdbc.sql("select concat_ws(' ', type, ip, detail) from security_event")
			.query(String.class)
			.list();
		for (String secret : secrets) {
			assertThat(everything).noneMatch(row -> row.contains(secret));
		}
		assertThat(jdbc.sql("select count(*) from security_event where ip = ? and type = 'SIGN_IN_FAILED'")
			.param(ip)
			.query(Long.class)
			.single()).as("the failure with a password typed as the address is logged too").isEqualTo(2);
	}

	private static String token(String link) {
		return link.substring(link.indexOf("token=") + "token=".length());
	}

}
