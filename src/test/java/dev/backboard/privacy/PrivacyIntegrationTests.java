package dev.backboard.privacy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.privacy.PrivacyFixtures.Person;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class PrivacyIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Users users;

	@Autowired
	Accounts accounts;

	@Autowired
	CompanyMembers members;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	JsonMapper json;

	@Autowired
	AccountErasure erasure;

	PrivacyFixtures fixtures;

	@BeforeEach
	void fixtures() {
		fixtures = new PrivacyFixtures(context);
	}

	@Test
	void theAccountPageLinksToYourData() {
		UserAccount account = users.create("Lina", Role.CANDIDATE);
		WebSession session = users.signIn(port, account);

		assertThat(session.page("/account").select("a#your-data").attr("href")).isEqualTo("/account/data");
		assertThat(session.page("/account/data").select("form#delete-form input[name=confirm]")).hasSize(1);
	}

	@Test
	void theExportHoldsThePersonsOwnDataAndFilesAndNothingOfAColleague() {
		Company company = fixtures.company();
		Person alice = fixtures.person("Alice", company);
		Person bob = fixtures.person("Bob", company);
		WebSession session = users.signIn(port, alice.account());

		HttpResponse<byte[]> response = export(session, Users.PASSWORD);

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/zip");
		assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
			.startsWith("attachment; filename=\"backboard-export.zip\"");
		assertThat(response.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		Map<String, byte[]> entries = unzip(response.body());
		assertThat(entries).containsKey("backboard-export.json");
		List<String> resumePaths = entries.keySet().stream().filter(name -> name.startsWith("resumes/")).toList();
		assertThat(resumePaths).hasSize(2).allMatch(name -> name.matches("resumes/[0-9a-f-]{36}\\.pdf"));
		assertThat(resumePaths.stream().map(entries::get).toList())
			.containsExactlyInAnyOrderElementsOf(alice.resumeFiles());

		String text = new String(entries.get("backboard-export.json"), StandardCharsets.UTF_8);
		JsonNode document = json.readTree(text);
		assertThat(document.get("formatVersion").asInt()).isEqualTo(1);
		assertThat(document.get("exportedAt").asString()).isNotBlank();
		JsonNode account = document.get("account");
		assertThat(account.get("email").asString()).isEqualTo(alice.email());
		assertThat(account.get("displayName").asString()).isEqualTo(alice.name());
		assertThat(account.get("twoFactorEnabled").asBoolean()).isFalse();
		assertThat(account.get("identities").get(0).get("subject").asString()).isEqualTo(alice.subject());
		assertThat(account.get("securityEvents").toString()).contains("SIGN_IN_SUCCEEDED");
		assertThat(document.get("candidate").get("profile").get("summary").asString()).contains(alice.marker());
		assertThat(document.get("candidate").get("resumes")).hasSize(2);
		assertThat(document.get("company").get("membership").get("role").asString()).isEqualTo("RECRUITER");
		assertThat(document.get("job_reports").get("filed")).hasSize(1);
		assertThat(document.get("mail").toString()).contains("Hello " + alice.name());
		assertThat(text).doesNotContain("$argon2", "passwordHash", "totpSecret");

		String everything = entries.values()
			.stream()
			.map(bytes -> new String(bytes, StandardCharsets.ISO_8859_1))
			.collect(Collectors.joining("\n"));
		assertThat(everything).contains(alice.marker())
			.doesNotContain(bob.email(), bob.name(), bob.marker(), bob.subject());
	}

	@Test
	void theExportNeedsTheCurrentPassword() {
		UserAccount account = users.create("Mara", Role.CANDIDATE);
		WebSession session = users.signIn(port, account);

		HttpResponse<byte[]> refused = export(session, "not my password");

		assertThat(refused.statusCode()).isEqualTo(400);
		Document page = Jsoup.parse(new String(refused.body(), StandardCharsets.UTF_8));
		assertThat(page.select("#export-password-error").text()).contains("not your current password");
		assertThat(page.select("#export-password").attr("aria-invalid")).isEqualTo("true");
	}

	@Test
	void exportsAreRateLimitedPerAccount() {
		UserAccount account = users.create("Rhea", Role.CANDIDATE);
		WebSession session = users.signIn(port, account);
		for (int i = 0; i < 5; i++) {
			assertThat(export(session, Users.PASSWORD).statusCode()).isEqualTo(200);
		}

		HttpResponse<byte[]> limited = export(session, Users.PASSWORD);

		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.headers().firstValue("Retry-After")).isPresent();
		UserAccount other = users.create("Rhea", Role.CANDIDATE);
		assertThat(export(users.signIn(port, other), Users.PASSWORD).statusCode()).isEqualTo(200);
	}

	@Test
	void erasureLeavesNoPersonalDataAndEndsEverySession() {
		Company company = fixtures.company();
		Person alice = fixtures.person("Alice", company);
		Person bob = fixtures.person("Bob", company);
		// A failed sign-in leaves a counter keyed by the address.
		new WebSession(port).submit("/login", "form[action=/login]",
				Map.of("username", alice.email(), "password", "wrong guess"));
		WebSession elsewhere = users.signIn(port, alice.account());
		WebSession session = users.signIn(port, alice.account());

		Api.Response deleted = session.submit("/account/data", "form#delete-form",
				Map.of("password", Users.PASSWORD, "confirm", "true"));

		assertThat(deleted.status()).isEqualTo(200);
		assertThat(Jsoup.parse(deleted.body()).select("#goodbye").text()).contains("personal data are gone");
		assertThat(deleted.body()).as("the page is shown signed out").doesNotContain(alice.name());
		assertThat(session.get("/account").status()).isEqualTo(302);
		assertThat(elsewhere.get("/account").status()).isEqualTo(302);
		assertThat(accounts.findById(alice.id())).isEmpty();
		assertThat(count("select count(*) from resume where account_id = ?", alice.id())).isZero();
		for (String needle : List.of(alice.email(), alice.name(), alice.marker(), alice.subject())) {
			assertThat(textColumnsContaining(needle)).as("columns holding %s", needle).isEmpty();
		}
		assertThat(accountColumnsReferring(alice.id())).isEmpty();
		assertThat(count("select count(*) from spring_session where principal_name = ?", Long.toString(alice.id())))
			.isZero();
		assertThat(jdbc.sql("select type, ip, detail from security_event where user_id = ?")
			.param(alice.id())
			.query((row, n) -> row.getString(1) + "|" + row.getString(2) + "|" + row.getString(3))
			.list()).containsExactly("ACCOUNT_ERASED|null|null");
		assertThat(members.of(alice.id())).isEmpty();

		// The colleague keeps everything, which also shows the scan finds what is there.
		assertThat(textColumnsContaining(bob.email())).isNotEmpty();
		assertThat(count("select count(*) from resume where account_id = ?", bob.id())).isEqualTo(2);
		assertThat(members.of(bob.id())).isPresent();
	}

	@Test
	void aRefusedConfirmationErasesNothing() {
		Person carol = fixtures.person("Carol", fixtures.company());
		WebSession session = users.signIn(port, carol.account());

		Api.Response wrongPassword = session.submit("/account/data", "form#delete-form",
				Map.of("password", "not it", "confirm", "true"));
		Api.Response unticked = session.submit("/account/data", "form#delete-form", Map.of("password", Users.PASSWORD));

		assertThat(wrongPassword.status()).isEqualTo(400);
		assertThat(Jsoup.parse(wrongPassword.body()).select("#delete-password-error").text())
			.contains("not your current password");
		assertThat(unticked.status()).isEqualTo(400);
		assertThat(Jsoup.parse(unticked.body()).select("#delete-confirm-error").text()).contains("Tick the box");
		assertThat(accounts.findById(carol.id())).isPresent();
		assertThat(count("select count(*) from resume where account_id = ?", carol.id())).isEqualTo(2);
		assertThat(session.get("/account").status()).isEqualTo(200);
	}

	@Test
	void anAccountWithoutAPasswordConfirmsWithItsEmailAddress() {
		UserAccount account = users.create("Pia", Role.CANDIDATE);
		jdbc.sql("update user_account set password_hash = null where id = ?").param(account.getId()).update();

		assertThatThrownBy(() -> erasure.erase(account.getId(), Users.PASSWORD, "someone.else@example.com", true))
			.isInstanceOfSatisfying(NotConfirmed.class,
					refused -> assertThat(refused.errors()).containsOnlyKeys("email"));
		assertThat(accounts.findById(account.getId())).isPresent();

		erasure.erase(account.getId(), "", " " + account.getEmail().toUpperCase(java.util.Locale.ROOT), true);

		assertThat(accounts.findById(account.getId())).isEmpty();
	}

	@Test
	void theLastOwnerOfACompanyIsAskedToHandOverFirst() {
		Company company = fixtures.company();
		UserAccount owner = accounts.findById(members.owners(company.getId()).getFirst()).orElseThrow();
		WebSession session = users.signIn(port, owner);

		Api.Response refused = session.submit("/account/data", "form#delete-form",
				Map.of("password", Users.PASSWORD, "confirm", "true"));

		assertThat(refused.status()).isEqualTo(409);
		assertThat(Jsoup.parse(refused.body()).select("#delete-refused").text()).contains("last owner")
			.contains(company.getName())
			.contains("owner first");
		assertThat(accounts.findById(owner.getId())).isPresent();
		assertThat(members.owners(company.getId())).containsExactly(owner.getId());
		assertThat(session.get("/account").status()).isEqualTo(200);
	}

	@Test
	void visitorsWhoAreNotSignedInCannotReachTheDataRoutes() {
		WebSession visitor = new WebSession(port);
		String token = visitor.csrfToken("/login");

		assertThat(visitor.get("/account/data").status()).isEqualTo(302);
		Api.Response export = visitor.post("/account/data/export", Map.of("_csrf", token, "password", "x"));
		Api.Response delete = visitor.post("/account/data/delete",
				Map.of("_csrf", token, "password", "x", "confirm", "true"));

		assertThat(export.status()).isEqualTo(302);
		assertThat(export.header("Location")).endsWith("/login");
		assertThat(delete.status()).isEqualTo(302);
		assertThat(delete.header("Location")).endsWith("/login");
	}

	/** Posts the export form of the session, reading the answer as bytes. */
	private HttpResponse<byte[]> export(WebSession session, String password) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("_csrf", session.csrfToken("/account/data"));
		form.put("password", password);
		String body = form.entrySet()
			.stream()
			.map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/account/data/export"))
			.header("Cookie", "SESSION=" + session.cookie("SESSION").orElseThrow())
			.header("Content-Type", "application/x-www-form-urlencoded")
			.timeout(Duration.ofSeconds(30))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try (HttpClient client = HttpClient.newHttpClient()) {
			return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static Map<String, byte[]> unzip(byte[] archive) {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				entries.put(entry.getName(), zip.readAllBytes());
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return entries;
	}

	/** Every text column of every table with a row that contains the needle. */
	private List<String> textColumnsContaining(String needle) {
		List<String> found = new ArrayList<>();
		List<String[]> columns = jdbc.sql("""
				select c.table_schema, c.table_name, c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where t.table_type = 'BASE TABLE' and c.table_schema not in ('pg_catalog', 'information_schema')
				and c.data_type in ('text', 'character varying', 'character')""")
			.query((row, n) -> new String[] { row.getString(1), row.getString(2), row.getString(3) })
			.list();
		for (String[] column : columns) {
			String sql = "select count(*) from \"" + column[0] + "\".\"" + column[1] + "\" where strpos(lower(\""
					+ column[2] + "\"), lower(?)) > 0";
			if (count(sql, needle) > 0) {
				found.add(column[1] + "." + column[2]);
			}
		}
		return found;
	}

	/**
	 * Every column that names an account (user_id, account_id, created_by, ...) and still
	 * holds the id; the security log's record of the erasure is the one row allowed to.
	 */
	private List<String> accountColumnsReferring(long accountId) {
		List<String> found = new ArrayList<>();
		List<String[]> columns = jdbc.sql("""
				select c.table_name, c.column_name from information_schema.columns c
				join information_schema.tables t on t.table_schema = c.table_schema and t.table_name = c.table_name
				where t.table_type = 'BASE TABLE' and c.table_schema = 'public' and c.data_type = 'bigint'
				and (c.column_name like '%user_id' or c.column_name like '%account_id' or c.column_name like '%\\_by'
				     or (c.table_name = 'user_account' and c.column_name = 'id'))""")
			.query((row, n) -> new String[] { row.getString(1), row.getString(2) })
			.list();
		for (String[] column : columns) {
			String sql = "select count(*) from \"" + column[0] + "\" where \"" + column[1] + "\" = ?"
					+ (column[0].equals("security_event") ? " and type <> 'ACCOUNT_ERASED'" : "");
			if (count(sql, accountId) > 0) {
				found.add(column[0] + "." + column[1]);
			}
		}
		assertThat(columns).as("the scan sees the columns that name accounts").hasSizeGreaterThan(5);
		return found;
	}

	private long count(String sql, Object parameter) {
		return jdbc.sql(sql).param(parameter).query(Long.class).single();
	}

}
