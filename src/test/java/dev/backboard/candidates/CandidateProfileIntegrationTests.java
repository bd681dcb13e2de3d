package dev.backboard.candidates;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.jobs.SalaryPeriod;
import dev.backboard.jobs.Seniority;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class CandidateProfileIntegrationTests {

	private static final String FORM = "form#profile-form";

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	CandidateProfiles profiles;

	@Test
	void theFirstSaveCreatesTheProfileWithSkillsAsSlugs() {
		UserAccount account = users.create("Cleo", Role.CANDIDATE);
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		assertThat(profiles.find(account.getId())).isEmpty();

		Api.Response saved = session.submit("/candidate/profile", FORM, valid());

		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.header("Location")).endsWith("/candidate/profile?saved");
		CandidateProfile profile = profiles.find(account.getId()).orElseThrow();
		assertThat(profile.headline()).isEqualTo("Backend engineer, payments");
		assertThat(profile.skills()).containsExactly("go", "postgresql", "kafka");
		assertThat(profile.yearsOfExperience()).isEqualTo(8);
		assertThat(profile.seniority()).isEqualTo(Seniority.SENIOR);
		assertThat(profile.city()).isEqualTo("Berlin");
		assertThat(profile.countryCode()).as("found by the gazetteer").isEqualTo("DE");
		assertThat(profile.willingToRelocate()).isTrue();
		assertThat(profile.remotePreference()).isEqualTo(RemotePreference.HYBRID);
		assertThat(profile.desiredSalary())
			.isEqualTo(new DesiredSalary(new BigDecimal("85000"), "EUR", SalaryPeriod.YEAR));
		assertThat(profile.workCountries()).containsExactly("DE", "NL");
		assertThat(profile.githubUrl()).isEqualTo("https://github.com/cleo");
		assertThat(profile.visibility()).isEqualTo(ProfileVisibility.PRIVATE);

		Document page = session.page("/candidate/profile?saved");
		assertThat(page.selectFirst("#headline").val()).isEqualTo("Backend engineer, payments");
		assertThat(page.selectFirst("#skills").val()).isEqualTo("Go, PostgreSQL, Apache Kafka");
	}

	@Test
	void aSecondSaveReplacesTheFirst() {
		UserAccount account = users.create("Cleo", Role.CANDIDATE);
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		session.submit("/candidate/profile", FORM, valid());
		Map<String, String> changed = valid();
		changed.put("skills", "Java");
		changed.put("salaryAmount", "");
		changed.put("workCountries", "");
		changed.remove("willingToRelocate");

		assertThat(session.submit("/candidate/profile", FORM, changed).status()).isEqualTo(302);

		CandidateProfile profile = profiles.find(account.getId()).orElseThrow();
		assertThat(profile.skills()).containsExactly("java");
		assertThat(profile.desiredSalary()).isNull();
		assertThat(profile.workCountries()).isEmpty();
		assertThat(profile.willingToRelocate()).as("an unticked box is not sent").isFalse();
		assertThat(session.page("/candidate/profile").selectFirst("input[name=willingToRelocate]").hasAttr("checked"))
			.isFalse();
	}

	@Test
	void invalidFieldsAreExplainedNextToThemAndNothingIsSaved() {
		UserAccount account = users.create("Cleo", Role.CANDIDATE);
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		Map<String, String> values = valid();
		values.put("skills", "Go, Frobnicatorium, postgress");
		values.put("githubUrl", "javascript:alert(1)");
		values.put("websiteUrl", "ftp://example.com/me");
		values.put("salaryCurrency", "XYZ");
		values.put("yearsOfExperience", "61");
		values.put("workCountries", "DE, Narnia");

		Api.Response refused = session.submit("/candidate/profile", FORM, values);

		assertThat(refused.status()).isEqualTo(200);
		Document page = org.jsoup.Jsoup.parse(refused.body());
		assertThat(error(page, "skills")).contains("\"Frobnicatorium\"").contains("did you mean PostgreSQL");
		assertThat(error(page, "githubUrl")).contains("https://");
		assertThat(error(page, "websiteUrl")).contains("https://");
		assertThat(error(page, "salaryCurrency")).contains("Pick a currency");
		assertThat(error(page, "yearsOfExperience")).contains("0 to 60");
		assertThat(error(page, "workCountries")).contains("\"Narnia\"");
		assertThat(page.selectFirst("#skills").val()).isEqualTo("Go, Frobnicatorium, postgress");
		assertThat(page.selectFirst("#githubUrl").val()).isEqualTo("javascript:alert(1)");
		assertThat(page.selectFirst("#salaryCurrency").val()).isEqualTo("XYZ");
		assertThat(page.selectFirst("#salaryAmount").val()).isEqualTo("85000");
		assertThat(page.selectFirst("#headline").val()).isEqualTo("Backend engineer, payments");
		assertThat(page.selectFirst("#headline").hasAttr("aria-invalid")).isFalse();
		assertThat(profiles.find(account.getId())).isEmpty();
	}

	@Test
	void aSummaryWithMarkupIsRenderedInert() {
		UserAccount account = users.create("Cleo", Role.CANDIDATE);
		WebSession session = WebSession.signedIn(port, account.getEmail(), Users.PASSWORD);
		Map<String, String> values = valid();
		values.put("summary", """
				I build **reliable** systems.<script>alert('xss')</script>
				<img src=x onerror="alert(1)"> [click](javascript:alert(2))
				<svg onload="alert(3)"><a href="https://example.com" onclick="alert(4)">site</a>""");

		assertThat(session.submit("/candidate/profile", FORM, values).status()).isEqualTo(302);

		Document page = session.page("/candidate/profile");
		Element preview = page.selectFirst(".summary-preview");
		assertThat(preview).isNotNull();
		assertThat(preview.select("strong").text()).isEqualTo("reliable");
		assertThat(preview.select("script, svg, img[onerror], [onload], [onclick]")).isEmpty();
		assertThat(preview.select("a").eachAttr("href")).noneMatch(href -> href.startsWith("javascript"));
		assertThat(page.select("script").eachAttr("src")).as("only our own scripts run")
			.allMatch(src -> src.startsWith("/"));
		assertThat(page.select("script:not([src])")).isEmpty();
	}

	@Test
	void anEmployerIsRefusedTheProfilePage() {
		UserAccount employer = users.create("Eve", Role.EMPLOYER);
		WebSession session = WebSession.signedIn(port, employer.getEmail(), Users.PASSWORD);

		assertThat(session.get("/candidate/profile").status()).isEqualTo(403);
		assertThat(session.post("/candidate/profile", Map.of("headline", "x")).status()).isEqualTo(403);
	}

	private static String error(Document page, String field) {
		Element input = page.getElementById(field);
		assertThat(input).as(field).isNotNull();
		assertThat(input.attr("aria-invalid")).as(field + " marked invalid").isEqualTo("true");
		assertThat(input.attr("aria-describedby")).isEqualTo(field + "-error");
		Element error = page.getElementById(field + "-error");
		assertThat(error).as(field + " error").isNotNull();
		return error.text();
	}

	private static Map<String, String> valid() {
		Map<String, String> values = new HashMap<>();
		values.put("headline", "Backend engineer, payments");
		values.put("summary", "I build **reliable** payment systems.");
		values.put("skills", "golang, PostgreSQL, kafka");
		values.put("yearsOfExperience", "8");
		values.put("seniority", "SENIOR");
		values.put("city", "berlin");
		values.put("countryCode", "");
		values.put("willingToRelocate", "true");
		values.put("remotePreference", "HYBRID");
		values.put("salaryAmount", "85000");
		values.put("salaryCurrency", "EUR");
		values.put("salaryPeriod", "YEAR");
		values.put("workCountries", "de, NL");
		values.put("githubUrl", "https://github.com/cleo");
		values.put("websiteUrl", "https://cleo.example");
		return values;
	}

}
