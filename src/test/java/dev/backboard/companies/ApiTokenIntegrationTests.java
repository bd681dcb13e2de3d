package dev.backboard.companies;

import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.backboard.companies.TeamFixtures.OwnedCompany;
import dev.backboard.core.Secrets;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.oauth2.server.resource.introspection.OpaqueTokenIntrospector;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ApiTokenIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Companies companies;

	@Autowired
	CompanyMembers members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	OpaqueTokenIntrospector introspector;

	@Autowired
	@Qualifier("api")
	SecurityFilterChain apiChain;

	@Test
	void aTokenIsShownOnceAndOnlyItsHashIsStored() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Tokens");
		WebSession owner = users.signIn(port, owned.owner());

		String token = create(owner, "ATS sync", "jobs:read");

		assertThat(token).startsWith("bb_").hasSize(3 + 43);
		assertThat(owner.get("/employer/tokens").body()).doesNotContain(token).contains("ATS sync");
		Map<String, Object> row = jdbc.sql("select * from api_token where company_id = :company")
			.param("company", owned.company().getId())
			.query()
			.singleRow();
		assertThat(row.get("token_hash")).isEqualTo(Secrets.sha256(token));
		assertThat(row.values()).noneMatch(value -> String.valueOf(value).contains(token.substring(3)));
	}

	@Test
	void aBearerTokenReadsItsOwnCompanyOnly() {
		OwnedCompany a = TeamFixtures.company(users, companies, "Tenant A");
		OwnedCompany b = TeamFixtures.company(users, companies, "Tenant B");
		String tokenA = create(users.signIn(port, a.owner()), "A", "jobs:read");
		String tokenB = create(users.signIn(port, b.owner()), "B", "jobs:read");

		Api.Response responseA = bearer("GET", "/api/v1/company", tokenA);
		Api.Response responseB = bearer("GET", "/api/v1/company", tokenB);

		assertThat(responseA.status()).isEqualTo(200);
		assertThat(responseA.json().get("id").asLong()).isEqualTo(a.company().getId());
		assertThat(responseA.json().get("slug").asString()).isEqualTo(a.company().getSlug());
		assertThat(responseA.json().get("verified").asBoolean()).isFalse();
		assertThat(responseA.body()).doesNotContain(b.company().getSlug()).doesNotContain("hash").doesNotContain("bb_");
		assertThat(responseB.json().get("id").asLong()).isEqualTo(b.company().getId());
		assertThat(jdbc.sql("select last_used_at from api_token where company_id = :company")
			.param("company", a.company().getId())
			.query()
			.singleValue()).isNotNull();
	}

	@Test
	void aRevokedTokenFailsAtOnce() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Revoked");
		WebSession owner = users.signIn(port, owned.owner());
		String token = create(owner, "Soon revoked", "jobs:read");
		assertThat(bearer("GET", "/api/v1/company", token).status()).isEqualTo(200);

		Document page = owner.page("/employer/tokens");
		String revoke = page.select(".revoke-form").attr("action");
		assertThat(owner.submit("/employer/tokens", "form[action=" + revoke + "]", Map.of()).status()).isEqualTo(302);

		Api.Response response = bearer("GET", "/api/v1/company", token);
		assertThat(response.status()).isEqualTo(401);
		assertThat(response.header("Content-Type")).contains("application/problem+json");
		assertThat(owner.page("/employer/tokens").text()).contains("Revoked");
	}

	@Test
	void unknownTokensAndTokensInTheQueryStringDoNotAuthenticate() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Query");
		String token = create(users.signIn(port, owned.owner()), "Q", "jobs:read");

		assertThat(new Api(port).get("/api/v1/company?access_token=" + token).status()).isEqualTo(401);
		assertThat(bearer("GET", "/api/v1/company", "bb_" + "x".repeat(43)).status()).isEqualTo(401);
		assertThat(new Api(port).get("/api/v1/company").status()).isEqualTo(401);
	}

	@Test
	void aReadOnlyTokenMayNotWriteJobs() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Scopes");
		WebSession owner = users.signIn(port, owned.owner());
		var reader = introspector.introspect(create(owner, "Reader", "jobs:read"));
		var writer = introspector.introspect(create(owner, "Writer", "jobs:write"));

		for (String[] route : List.of(new String[] { "POST", "/api/v1/jobs" }, new String[] { "PUT", "/api/v1/jobs/1" },
				new String[] { "PATCH", "/api/v1/jobs/1" }, new String[] { "POST", "/api/v1/jobs/1/close" })) {
			assertThat(granted(reader, route[0], route[1])).as("reader %s %s", route[0], route[1]).isFalse();
			assertThat(granted(writer, route[0], route[1])).as("writer %s %s", route[0], route[1]).isTrue();
		}
		assertThat(granted(writer, "GET", "/api/v1/company")).isFalse();
		assertThat(granted(reader, "GET", "/api/v1/company")).isTrue();
		// Over HTTP the write routes are refused too (405 until they exist, never a 2xx).
		assertThat(bearer("POST", "/api/v1/jobs", create(owner, "Reader 2", "jobs:read")).status())
			.isGreaterThanOrEqualTo(400);
	}

	@Test
	void tokenFormErrorsAreNamedNextToTheField() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Token Form");
		WebSession owner = users.signIn(port, owned.owner());

		Api.Response response = owner.submit("/employer/tokens", "#token-form", Map.of("name", "No scopes"));

		assertThat(response.status()).isEqualTo(400);
		assertThat(Jsoup.parse(response.body()).select("#scopes-error").text()).contains("jobs:read");
		assertThat(Jsoup.parse(response.body()).select("input#name").attr("value")).isEqualTo("No scopes");
		assertThat(jdbc.sql("select count(*) from api_token where company_id = :company")
			.param("company", owned.company().getId())
			.query(Long.class)
			.single()).isZero();
	}

	private boolean granted(Object principal, String method, String path) {
		AuthorizationFilter filter = apiChain.getFilters()
			.stream()
			.filter(AuthorizationFilter.class::isInstance)
			.map(AuthorizationFilter.class::cast)
			.findFirst()
			.orElseThrow();
		AuthorizationManager<HttpServletRequest> rules = filter.getAuthorizationManager();
		ApiClient client = (ApiClient) principal;
		TestingAuthenticationToken authentication = new TestingAuthenticationToken(client, null,
				List.copyOf(client.getAuthorities()));
		authentication.setAuthenticated(true);
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		var result = rules.authorize(() -> authentication, request);
		return result != null && result.isGranted();
	}

	private String create(WebSession owner, String name, String scope) {
		Api.Response response = owner.submit("/employer/tokens", "#token-form", Map.of("name", name, "scopes", scope));
		assertThat(response.status()).isEqualTo(200);
		return Jsoup.parse(response.body()).select(".token-secret").text();
	}

	private Api.Response bearer(String method, String path, String token) {
		return new Api(port).send(method, path, Map.of("Authorization", "Bearer " + token));
	}

}
