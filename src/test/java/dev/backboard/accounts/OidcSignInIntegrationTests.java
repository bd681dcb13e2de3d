package dev.backboard.accounts;

import java.net.InetAddress;
import java.util.List;
import java.util.Map;

import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.backboard.support.Api;
import dev.backboard.support.Authenticator;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.RawHttp;
import dev.backboard.support.MutableClock;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sign-in through two OpenID Connect providers served by a mock server: the app's own
 * context, since providers are startup configuration.
 */
@IntegrationTest
class OidcSignInIntegrationTests {

	static final MockOAuth2Server provider = new MockOAuth2Server();

	static {
		provider.start();
	}

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Accounts accounts;

	@Autowired
	Identities identities;

	@Autowired
	MutableClock clock;

	@Autowired
	Authenticator authenticator;

	@DynamicPropertySource
	static void providers(DynamicPropertyRegistry registry) {
		for (String id : List.of("mock", "other")) {
			String registration = "spring.security.oauth2.client.registration." + id;
			registry.add(registration + ".client-id", () -> "backboard");
			registry.add(registration + ".client-secret", () -> "not-a-secret");
			registry.add(registration + ".client-name", () -> id.equals("mock") ? "Mock ID" : "Other ID");
			registry.add(registration + ".scope", () -> "openid,email,profile");
			registry.add(registration + ".provider", () -> id);
			registry.add("spring.security.oauth2.client.provider." + id + ".issuer-uri",
					() -> provider.issuerUrl(id).toString());
		}
	}

	@AfterAll
	static void stopProvider() {
		provider.shutdown();
	}

	@Test
	void theSignInPageOffersEachProvider() {
		assertThat(new WebSession(port).page("/login").select("a.button").eachText()).contains("Continue with Mock ID",
				"Continue with Other ID");
	}

	@Test
	void aNewIdentityCreatesAnAccountAndSignsIn() {
		String email = Users.freshEmail("ida");
		WebSession session = new WebSession(port);

		Api.Response done = signIn(session, "mock", "subject-" + email, email, true);

		assertThat(done.header("Location")).endsWith("/account");
		assertThat(session.get("/account").body()).contains(email);
		UserAccount account = accounts.findByEmail(email).orElseThrow();
		assertThat(account.hasPassword()).isFalse();
		assertThat(account.isEmailVerified()).isTrue();
		assertThat(account.getRoles()).containsExactly(Role.CANDIDATE);
		assertThat(account.getDisplayName()).isEqualTo("Ida Example");
	}

	@Test
	void anUnverifiedProviderEmailStaysUnverified() {
		String email = Users.freshEmail("una");

		signIn(new WebSession(port), "mock", "subject-" + email, email, false);

		assertThat(accounts.findByEmail(email).orElseThrow().isEmailVerified()).isFalse();
	}

	@Test
	void theSameEmailFromAnotherProviderDoesNotTakeOverTheAccount() {
		String email = Users.freshEmail("tom");
		signIn(new WebSession(port), "mock", "subject-" + email, email, true);
		long owner = accounts.findByEmail(email).orElseThrow().getId();

		WebSession attacker = new WebSession(port);
		Api.Response refused = signIn(attacker, "other", "attacker-" + email, email, true);

		assertThat(refused.header("Location")).endsWith("/login?identity=exists&provider=other");
		assertThat(attacker.page(refused.header("Location")).text())
			.contains("An account with this email already exists. Sign in with your password, then link "
					+ "Other ID from your account settings.");
		assertThat(attacker.get("/account").header("Location")).endsWith("/login");
		assertThat(identities.owner(provider.issuerUrl("other").toString(), "attacker-" + email)).isEmpty();
		assertThat(identities.of(owner)).hasSize(1);
	}

	@Test
	void aPasswordAccountIsNotTakenOverByAProviderWithTheSameEmail() {
		UserAccount account = users.create("Pat", Role.CANDIDATE);

		Api.Response refused = signIn(new WebSession(port), "mock", "subject-" + account.getEmail(), account.getEmail(),
				true);

		assertThat(refused.header("Location")).contains("/login?identity=exists");
		assertThat(identities.of(account.getId())).isEmpty();
	}

	@Test
	void aLinkedIdentitySignsIntoTheAccountThatLinkedIt() {
		UserAccount account = users.create("Lee", Role.CANDIDATE);
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		String subject = "lee-at-mock-" + account.getId();

		provider.enqueueCallback(callback("mock", subject, Users.freshEmail("lee-elsewhere"), true));
		Api.Response start = session.submit("/account", "form.link-provider:has(input[value=mock])", Map.of());
		assertThat(start.header("Location")).endsWith("/oauth2/authorization/mock");
		Api.Response linked = follow(session, start);

		assertThat(linked.header("Location")).endsWith("/account?linked");
		assertThat(session.page("/account").text()).contains(provider.issuerUrl("mock").toString());
		assertThat(identities.owner(provider.issuerUrl("mock").toString(), subject)).contains(account.getId());

		WebSession later = new WebSession(port);
		signIn(later, "mock", subject, Users.freshEmail("another-address"), true);
		assertThat(later.get("/account").body()).contains(account.getEmail());
	}

	@Test
	void anIdentityOfAnotherAccountCannotBeLinked() {
		String email = Users.freshEmail("first");
		signIn(new WebSession(port), "mock", "taken-" + email, email, true);
		UserAccount other = users.create("Second", Role.CANDIDATE);
		WebSession session = WebSession.signedIn(port, other.getEmail(), Users.PASSWORD);

		provider.enqueueCallback(callback("mock", "taken-" + email, email, true));
		Api.Response refused = follow(session,
				session.submit("/account", "form.link-provider:has(input[value=mock])", Map.of()));

		assertThat(refused.header("Location")).endsWith("/account?link-error=taken");
		assertThat(identities.of(other.getId())).isEmpty();
		assertThat(session.get("/account").body()).contains(other.getEmail());
	}

	@Test
	void aTamperedStateIsRefused() {
		WebSession session = new WebSession(port);
		// No token callback is queued: the refused callback never reaches the token
		// endpoint.
		Api.Response atProvider = session.get(session.get("/oauth2/authorization/mock").header("Location"));
		String callback = atProvider.header("Location");
		String state = UriComponentsBuilder.fromUriString(callback).build().getQueryParams().getFirst("state");

		Api.Response refused = session.get(callback.replace("state=" + state, "state=x" + state));

		assertThat(refused.header("Location")).endsWith("/login?identity=failed");
		assertThat(session.get("/account").header("Location")).endsWith("/login");
	}

	@Test
	void theAuthorizationRequestCarriesPkceStateAndNonce() {
		String location = new WebSession(port).get("/oauth2/authorization/mock").header("Location");
		var query = UriComponentsBuilder.fromUriString(location).build().getQueryParams();

		assertThat(location).startsWith(provider.issuerUrl("mock").toString());
		assertThat(query.getFirst("code_challenge_method")).isEqualTo("S256");
		assertThat(query.getFirst("code_challenge")).hasSizeGreaterThanOrEqualTo(43);
		assertThat(query.getFirst("nonce")).isNotBlank();
		assertThat(query.getFirst("state")).isNotBlank();
	}

	@Test
	void aProviderSignInStillAsksForTheSecondFactor() throws Exception {
		String email = Users.freshEmail("tia");
		WebSession first = new WebSession(port);
		signIn(first, "mock", "subject-" + email, email, true);
		first.submit("/account/2fa", "form[action=/account/2fa/setup]", Map.of());
		String secret = first.page("/account/2fa").selectFirst("#totp-secret").text();
		first.submit("/account/2fa", "form[action=/account/2fa/confirm]", Map.of("code", code(secret)));

		WebSession later = new WebSession(port);
		signIn(later, "mock", "subject-" + email, email, true);
		assertThat(later.get("/account").header("Location")).endsWith("/login/2fa");

		later.submit("/login/2fa", "form[action=/login/2fa]", Map.of("code", code(secret)));
		assertThat(later.get("/account").body()).contains(email);
	}

	private String code(String secret) {
		return authenticator.code(secret);
	}

	@Test
	void theRedirectUriNamesThisBoardWhateverTheHostHeaderSays() {
		RawHttp.Response response = RawHttp.get(InetAddress.getLoopbackAddress(), port, "/oauth2/authorization/mock",
				Map.of("Host", "evil.example", "X-Forwarded-Host", "evil.example"));

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).doesNotContain("evil.example")
			.contains("localhost:" + port + "/login/oauth2/code/mock");
	}

	@Test
	void anUnknownProviderIsNotFound() {
		assertThat(new WebSession(port).get("/oauth2/authorization/nope").status()).isEqualTo(404);
	}

	private Api.Response signIn(WebSession session, String registrationId, String subject, String email,
			boolean verified) {
		provider.enqueueCallback(callback(registrationId, subject, email, verified));
		return follow(session, session.get("/oauth2/authorization/" + registrationId));
	}

	/**
	 * Follows redirects until one leads back to a page of the app's own (not a provider
	 * step).
	 */
	private Api.Response follow(WebSession session, Api.Response response) {
		Api.Response current = response;
		for (int hop = 0; hop < 5 && current.status() == 302; hop++) {
			String location = current.header("Location");
			boolean providerStep = location.contains("/oauth2/authorization/")
					|| location.contains("/login/oauth2/code/") || location.startsWith(provider.baseUrl().toString());
			if (!providerStep) {
				return current;
			}
			current = session.get(location);
		}
		return current;
	}

	private static DefaultOAuth2TokenCallback callback(String issuerId, String subject, String email,
			boolean verified) {
		return new DefaultOAuth2TokenCallback(issuerId, subject, "JWT", List.of("backboard"),
				Map.of("email", email, "email_verified", verified, "name", "Ida Example"), 3600);
	}

}
