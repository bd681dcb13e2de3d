package dev.backboard.oauth;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Operators' tools register, change and delete apps through the API, with the token of an
 * app an admin authorized for {@code admin:clients}; the apps they register then work for
 * people like the ones registered on the admin page.
 */
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=lifecycle")
class AdminClientsApiIntegrationTests {

	private static final String CLIENTS = "/api/v1/admin/clients";

	private static final String LOOPBACK = "http://127.0.0.1/callback";

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	AppClients apps;

	private AppFlows flows() {
		return new AppFlows(port);
	}

	/**
	 * The operator's tool, registered once on the admin page, and the tokens an admin
	 * gave it.
	 */
	private AppFlows.Tokens adminTool(String scopes) {
		UserAccount admin = users.create("admin", Role.ADMIN);
		String tool = apps
			.register(admin.getId(),
					new AppRegistration("Ops console", LOOPBACK, false, List.of(scopes.split(" ")), ""))
			.clientId();
		return flows().tokens(users.signIn(port, admin), tool, scopes);
	}

	private Api.Response send(String method, String path, AppFlows.Tokens tokens, String json) {
		return flows().callJson(method, path, tokens, json, Map.of());
	}

	@Test
	void anAdminRegistersAPublicAppThatAPersonThenAuthorizesWithPkce() {
		AppFlows.Tokens admin = adminTool("admin:clients");
		Api.Response created = send("POST", CLIENTS, admin, """
				{"name": "Pocket Jobs", "type": "public", "redirectUris": ["http://127.0.0.1/callback",
				 "com.example.pocketjobs:/oauth"], "scopes": ["saved"]}""");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode client = created.json().get("client");
		String clientId = client.get("clientId").asString();
		assertThat(clientId).startsWith("app_");
		assertThat(created.header("Location")).isEqualTo(CLIENTS + "/" + clientId);
		assertThat(created.json().get("clientSecret").isNull()).isTrue();
		assertThat(client.get("type").asString()).isEqualTo("public");
		assertThat(client.get("scopes").toString()).contains("saved", "openid");
		assertThat(flows().call("GET", CLIENTS, admin).body()).contains(clientId);
		Api.Response shown = flows().call("GET", CLIENTS + "/" + clientId, admin);
		assertThat(shown.json().get("name").asString()).isEqualTo("Pocket Jobs");
		assertThat(shown.body()).doesNotContain("secret");

		WebSession person = WebSession.signedIn(port, users.create("pia", Role.CANDIDATE).getEmail(), Users.PASSWORD);
		AppFlows.Tokens tokens = flows().tokens(person, clientId, "saved");
		assertThat(flows().call("GET", "/api/v1/me/saved-jobs", tokens).status()).isEqualTo(200);

		Api.Response widened = send("PUT", CLIENTS + "/" + clientId, admin,
				"""
						{"name": "Pocket Jobs 2", "redirectUris": ["http://127.0.0.1/callback"], "scopes": ["saved", "resumes"]}""");
		assertThat(widened.status()).as(widened.body()).isEqualTo(200);
		assertThat(widened.json().get("name").asString()).isEqualTo("Pocket Jobs 2");
		assertThat(widened.json().get("redirectUris").toString()).doesNotContain("pocketjobs");
		assertThat(flows().call("GET", "/api/v1/me/saved-jobs", tokens).status()).as("adding a scope keeps the grants")
			.isEqualTo(200);

		Api.Response narrowed = send("PUT", CLIENTS + "/" + clientId, admin, """
				{"name": "Pocket Jobs 2", "redirectUris": ["http://127.0.0.1/callback"], "scopes": ["resumes"]}""");
		assertThat(narrowed.status()).as(narrowed.body()).isEqualTo(200);
		assertThat(flows().call("GET", "/api/v1/me/saved-jobs", tokens).status())
			.as("taking a scope away ends the grants")
			.isEqualTo(401);
		AppFlows.Tokens again = flows().tokens(person, clientId, "resumes");
		assertThat(flows().call("GET", "/api/v1/me/resumes", again).status()).isEqualTo(200);

		assertThat(flows().call("DELETE", CLIENTS + "/" + clientId, admin).status()).isEqualTo(204);
		assertThat(flows().call("GET", "/api/v1/me/resumes", again).status()).isEqualTo(401);
		assertThat(flows().call("GET", CLIENTS + "/" + clientId, admin).status()).isEqualTo(404);
		assertThat(flows().call("DELETE", CLIENTS + "/" + clientId, admin).status()).isEqualTo(404);
	}

	@Test
	void aConfidentialAppsSecretIsShownOnceAndAuthenticatesItsTokenRequests() {
		AppFlows.Tokens admin = adminTool("admin:clients");
		Api.Response created = send("POST", CLIENTS, admin, """
				{"name": "Hiring Desk", "type": "confidential", "redirectUris": ["http://127.0.0.1:53682/callback"],
				 "scopes": ["saved"]}""");
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		String clientId = created.json().get("client").get("clientId").asString();
		String secret = created.json().get("clientSecret").asString();
		assertThat(secret).hasSizeGreaterThan(30);
		assertThat(flows().call("GET", CLIENTS, admin).body()).doesNotContain(secret);
		assertThat(flows().call("GET", CLIENTS + "/" + clientId, admin).body()).doesNotContain(secret);

		WebSession person = WebSession.signedIn(port, users.create("ina", Role.CANDIDATE).getEmail(), Users.PASSWORD);
		AppFlows.Pkce pkce = AppFlows.Pkce.fresh();
		String code = flows().authorize(person, clientId, "saved", pkce);
		String basic = Base64.getEncoder().encodeToString((clientId + ":" + secret).getBytes(StandardCharsets.UTF_8));
		Api.Response token = new Api(port).send("POST", "/oauth2/token",
				Map.of("Content-Type", "application/x-www-form-urlencoded", "Authorization", "Basic " + basic),
				"grant_type=authorization_code&code=" + code + "&redirect_uri=" + AppFlows.REDIRECT + "&code_verifier="
						+ pkce.verifier());
		assertThat(token.status()).as(token.body()).isEqualTo(200);
		assertThat(flows().call("GET", "/api/v1/me/saved-jobs", AppFlows.tokens(token)).status()).isEqualTo(200);

		Api.Response typeChange = send("PUT", CLIENTS + "/" + clientId, admin, """
				{"name": "Hiring Desk", "type": "public", "redirectUris": ["http://127.0.0.1/callback"],
				 "scopes": ["saved"]}""");
		assertThat(AppFlows.fieldError(typeChange, "type")).contains("cannot change");
	}

	@Test
	void badFieldsAreRefusedNamingTheFieldAndRegisterNothing() {
		AppFlows.Tokens admin = adminTool("admin:clients");
		int before = flows().call("GET", CLIENTS, admin).json().size();
		Map<String, String> refused = Map.ofEntries(Map.entry("redirectUris", """
				{"name": "A", "type": "public", "redirectUris": ["http://example.com/cb"], "scopes": ["saved"]}"""), Map
			.entry("redirectUris ",
					"""
							{"name": "A", "type": "public", "redirectUris": ["https://app.example.com/cb#x"], "scopes": ["saved"]}"""),
				Map.entry("redirectUris  ", """
						{"name": "A", "type": "public", "redirectUris": [], "scopes": ["saved"]}"""),
				Map.entry("scopes",
						"""
								{"name": "A", "type": "public", "redirectUris": ["https://app.example.com/cb"], "scopes": ["everything"]}"""),
				Map.entry("scopes ",
						"""
								{"name": "A", "type": "public", "redirectUris": ["https://app.example.com/cb"], "scopes": "saved"}"""),
				Map.entry("name",
						"""
								{"name": "", "type": "public", "redirectUris": ["https://app.example.com/cb"], "scopes": ["saved"]}"""),
				Map.entry("type", """
						{"name": "A", "redirectUris": ["https://app.example.com/cb"], "scopes": ["saved"]}"""),
				Map.entry("clientSecret",
						"""
								{"name": "A", "type": "public", "redirectUris": ["https://app.example.com/cb"], "scopes": ["saved"],
								 "clientSecret": "mine"}"""),
				Map.entry("origins", """
						{"name": "A", "type": "confidential", "redirectUris": ["https://app.example.com/cb"],
						 "scopes": ["saved"], "origins": ["https://app.example.com"]}"""), Map.entry("body", "[1, 2]"),
				Map.entry("body ", "not json"));
		refused.forEach((field, body) -> {
			Api.Response response = send("POST", CLIENTS, admin, body);
			assertThat(response.status()).as(body).isEqualTo(400);
			assertThat(response.header("Content-Type")).startsWith("application/problem+json");
			assertThat(AppFlows.fieldError(response, field.strip())).as(body).isNotBlank();
		});
		assertThat(flows().call("GET", CLIENTS, admin).json().size()).isEqualTo(before);
	}

	@Test
	void onlyAnAdminsAppWithTheScopeReachesTheRoutes() {
		Api api = new Api(port);
		Api.Response anonymous = api.get(CLIENTS);
		assertThat(anonymous.status()).isEqualTo(401);
		assertThat(anonymous.header("Content-Type")).startsWith("application/problem+json");

		AppFlows.Tokens withoutScope = adminTool("saved");
		Api.Response lacking = flows().call("GET", CLIENTS, withoutScope);
		assertThat(lacking.status()).isEqualTo(403);
		assertThat(lacking.json().get("scope").asString()).isEqualTo("admin:clients");

		// A candidate may allow an app the scope, which still opens nothing for them.
		UserAccount candidate = users.create("cleo", Role.CANDIDATE);
		String tool = apps
			.register(users.create("admin", Role.ADMIN).getId(),
					new AppRegistration("Ops console", LOOPBACK, false, List.of("admin:clients"), ""))
			.clientId();
		AppFlows.Tokens candidates = flows().tokens(WebSession.signedIn(port, candidate.getEmail(), Users.PASSWORD),
				tool, "admin:clients");
		for (String method : List.of("GET", "POST")) {
			Api.Response forbidden = flows().callJson(method, CLIENTS, candidates, "{}", Map.of());
			assertThat(forbidden.status()).as(method).isEqualTo(403);
			assertThat(forbidden.json().get("scope").asString()).isEqualTo("admin:clients");
		}
		assertThat(flows().call("DELETE", CLIENTS + "/" + tool, candidates).status()).isEqualTo(403);
		assertThat(apps.find(tool)).isPresent();
	}

}
