package dev.backboard.accounts;

import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

import static dev.backboard.accounts.TestAddresses.mainText;
import static dev.backboard.support.Links.path;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs on a board of its own: the shared test board gets admins from other tests, and a
 * setup link only exists while there is none.
 */
@IntegrationTest
@TestPropertySource(properties = "backboard.accounts.admin-setup-validity=2h")
class FirstAdminIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	FirstAdmin firstAdmin;

	@Autowired
	Accounts accounts;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theSetupLinkCreatesOneVerifiedAdminOnceAndIsReplacedAtTheNextStart() {
		String offered = firstAdmin.offerSetupLink().orElseThrow();
		// No base URL is configured: the link names the port this board really listens
		// on.
		assertThat(offered).startsWith("http://localhost:" + port + "/setup/admin?token=");
		String link = path(offered);
		String replaced = path(firstAdmin.offerSetupLink().orElseThrow());
		assertThat(jdbc.sql("select count(*) from admin_setup_token").query(Long.class).single()).isOne();
		WebSession web = new WebSession(port);
		assertThat(web.get(link).status()).as("replaced by the next start").isEqualTo(410);
		assertThat(web.get("/setup/admin?token=guess").status()).isEqualTo(410);

		String email = Users.freshEmail("admin");
		Api.Response weak = web.submit(replaced, "form[action=/setup/admin]",
				Map.of("displayName", "Ada", "email", email, "password", "admin123"));
		assertThat(weak.status()).isEqualTo(400);
		assertThat(Jsoup.parse(weak.body()).select("#password-error").text()).isNotBlank();
		assertThat(Jsoup.parse(weak.body()).select("#email").attr("value")).isEqualTo(email);

		Api.Response created = web.submit(replaced, "form[action=/setup/admin]",
				Map.of("displayName", "Ada", "email", email, "password", "the board is mine now 99"));

		assertThat(created.status()).isEqualTo(200);
		assertThat(mainText(created)).contains("admin account is ready");
		UserAccount admin = accounts.findByEmail(email).orElseThrow();
		assertThat(admin.getRoles()).containsExactlyInAnyOrder(Role.ADMIN, Role.MODERATOR);
		assertThat(admin.isEmailVerified()).isTrue();
		WebSession.signedIn(port, email, "the board is mine now 99");
		assertThat(web.get(replaced).status()).as("the link works once").isEqualTo(410);
		assertThat(firstAdmin.offerSetupLink()).as("no link once an admin exists").isEmpty();
	}

}
