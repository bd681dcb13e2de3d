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
class SignUpIntegrationTests {

	static final String GOOD_PASSWORD = "tangerine ladder quietly 42";

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Accounts accounts;

	@Autowired
	Mailbox mailbox;

	WebSession visitor() {
		return new WebSession(port).header("X-Forwarded-For", TestAddresses.freshIp());
	}

	Api.Response signUp(WebSession web, String name, String email, String password, String role) {
		return web.submit("/signup", "form[action=/signup]",
				Map.of("displayName", name, "email", email, "password", password, "role", role));
	}

	@Test
	void signUpSendsALinkWhoseConfirmButtonVerifiesTheAddress() {
		String email = Users.freshEmail("sam");
		WebSession web = visitor();

		Api.Response signedUp = signUp(web, "Sam", email, GOOD_PASSWORD, "EMPLOYER");

		assertThat(signedUp.status()).isEqualTo(200);
		assertThat(mainText(signedUp)).contains("Check your inbox");
		UserAccount created = accounts.findByEmail(email).orElseThrow();
		assertThat(created.isEmailVerified()).isFalse();
		assertThat(created.getRoles()).containsExactly(Role.EMPLOYER);

		String link = path(mailbox.waitForSubject(email, "Confirm your email").link("/verify-email"));
		Api.Response opened = web.get(link);
		assertThat(opened.status()).isEqualTo(200);
		assertThat(accounts.findByEmail(email).orElseThrow().isEmailVerified()).as("GET changes nothing").isFalse();

		Api.Response confirmed = web.submit(link, "form[action=/verify-email]", Map.of());

		assertThat(confirmed.status()).isEqualTo(200);
		assertThat(mainText(confirmed)).contains("Address confirmed");
		assertThat(accounts.findByEmail(email).orElseThrow().isEmailVerified()).isTrue();
		assertThat(web.get(link).status()).as("the link works once").isEqualTo(410);
	}

	@Test
	void aTakenAddressGetsTheSamePageAndItsOwnerAMail() {
		UserAccount owner = users.create("Olive", Role.CANDIDATE);
		String newEmail = Users.freshEmail("newcomer");

		Api.Response taken = signUp(visitor(), "Mallory", owner.getEmail(), GOOD_PASSWORD, "CANDIDATE");
		Api.Response fresh = signUp(visitor(), "Mallory", newEmail, GOOD_PASSWORD, "CANDIDATE");

		assertThat(taken.status()).isEqualTo(fresh.status()).isEqualTo(200);
		assertThat(mainText(taken).replace(owner.getEmail(), "ADDRESS"))
			.isEqualTo(mainText(fresh).replace(newEmail, "ADDRESS"));
		Mailbox.Received note = mailbox.waitForSubject(owner.getEmail(), "Someone tried to sign up");
		assertThat(note.text()).contains("/password/forgot").contains("sign in");
		assertThat(accounts.findByEmail(owner.getEmail()).orElseThrow().getDisplayName()).isEqualTo("Olive");
	}

	@Test
	void refusesACommonPasswordNextToTheFieldAndKeepsTheOtherValues() {
		String email = Users.freshEmail("common");

		Api.Response refused = signUp(visitor(), "Cory", email, "password123", "CANDIDATE");

		assertThat(refused.status()).isEqualTo(400);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#password-error").text()).contains("most common");
		assertThat(page.select("#password").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("#password").attr("aria-describedby")).isEqualTo("password-error");
		assertThat(page.select("#password").attr("value")).isEmpty();
		assertThat(page.select("#email").attr("value")).isEqualTo(email);
		assertThat(page.select("#email").hasAttr("aria-invalid")).isFalse();
		assertThat(page.select("#displayName").attr("value")).isEqualTo("Cory");
		assertThat(page.select("input[name=role][value=CANDIDATE]").hasAttr("checked")).isTrue();
		assertThat(accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void refusesASevenCharacterPassword() {
		String email = Users.freshEmail("short");

		Api.Response refused = signUp(visitor(), "Shorty", email, "abcdef7", "EMPLOYER");

		assertThat(refused.status()).isEqualTo(400);
		assertThat(Jsoup.parse(refused.body()).select("#password-error").text()).contains("at least 8");
		assertThat(accounts.findByEmail(email)).isEmpty();
	}

	@Test
	void refusesMissingFieldsEachNextToItsField() {
		Api.Response refused = visitor().submit("/signup", "form[action=/signup]",
				Map.of("displayName", " ", "email", "not-an-address", "password", "a fine long passphrase"));

		assertThat(refused.status()).isEqualTo(400);
		Document page = Jsoup.parse(refused.body());
		assertThat(page.select("#displayName-error").text()).isNotBlank();
		assertThat(page.select("#email-error").text()).isNotBlank();
		assertThat(page.select("#role-error").text()).isNotBlank();
		assertThat(page.select("#password-error")).isEmpty();
	}

	@Test
	void acceptsAHundredCharacterUnicodePasswordWithSpaces() {
		String email = Users.freshEmail("unicode");
		String password = "Zürich 東京 café ñandú çà ".repeat(5)
			.codePoints()
			.limit(100)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		assertThat(password.codePointCount(0, password.length())).isEqualTo(100);

		Api.Response accepted = signUp(visitor(), "Ümit", email, password, "CANDIDATE");

		assertThat(accepted.status()).isEqualTo(200);
		WebSession signedIn = WebSession.signedIn(port, email, password);
		assertThat(signedIn.get("/account").body()).contains("Ümit");
	}

	@Test
	void anUnverifiedUserMaySignInSeesANoticeAndCanGetANewLink() {
		String email = Users.freshEmail("unverified");
		signUp(visitor(), "Una", email, GOOD_PASSWORD, "EMPLOYER");
		mailbox.waitFor(email, 1);
		WebSession session = WebSession.signedIn(port, email, GOOD_PASSWORD);

		Document account = session.page("/account");
		assertThat(account.select("#verification-notice").text()).contains("confirm your email address");

		Api.Response resent = session.submit("/account", "form[action=/account/verification]", Map.of());
		assertThat(resent.status()).isEqualTo(200);
		String link = path(mailbox.waitFor(email, 2).link("/verify-email"));
		session.submit(link, "form[action=/verify-email]", Map.of());

		assertThat(accounts.findByEmail(email).orElseThrow().isEmailVerified()).isTrue();
		assertThat(session.page("/account").select("#verification-notice")).isEmpty();
	}

}
