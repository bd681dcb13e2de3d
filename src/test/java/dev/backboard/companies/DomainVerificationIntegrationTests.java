package dev.backboard.companies;

import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.TeamFixtures.OwnedCompany;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
// Its published jobs stay out of the shared context, whose search tests count sample
// jobs.
@TestPropertySource(properties = "backboard.test.context=lifecycle")
class DomainVerificationIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Companies companies;

	@Autowired
	JobService jobs;

	@Autowired
	Mailbox mailbox;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aMemberVerifiesTheDomainByMailAndTheBadgeShows() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Verified");
		Company company = owned.company();
		String domain = company.getWebsite().replace("https://www.", "");
		Job job = jobs.publish(company.getId(), CompanyProfileIntegrationTests.job("Verified Kotlin Engineer"));
		WebSession session = users.signIn(port, owned.owner());
		String email = "dana@eng." + domain;

		Api.Response requested = session.submit("/employer/company/domain", "#domain-form", Map.of("email", email));
		assertThat(requested.status()).isEqualTo(302);
		String link = mailbox.waitForSubject(email, "Confirm " + domain)
			.link("/employer/company/domain/confirm/")
			.replaceFirst("^https?://[^/]+", "");
		assertThat(companies.get(company.getId()).isVerified()).isFalse();
		Api.Response confirmed = session.submit(link, "#confirm-form", Map.of());

		assertThat(confirmed.status()).isEqualTo(302);
		assertThat(companies.get(company.getId()).isVerified()).isTrue();
		assertThat(companies.get(company.getId()).getVerifiedDomain()).isEqualTo(domain);
		assertThat(Jsoup.parse(new Api(port).get("/companies/" + company.getSlug()).body())
			.select(".verified-badge")
			.text()).isEqualTo("Verified employer");
		assertThat(Jsoup.parse(new Api(port).get("/jobs/" + job.getSlug()).body()).select(".verified-badge").text())
			.isEqualTo("Verified employer");
		assertThat(session.get(link).status()).as("the link works once").isEqualTo(404);
	}

	@Test
	void anAddressAtAnotherDomainIsRefusedNextToTheField() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Unverified");
		String domain = owned.company().getWebsite().replace("https://www.", "");
		WebSession session = users.signIn(port, owned.owner());

		Api.Response lookalike = session.submit("/employer/company/domain", "#domain-form",
				Map.of("email", "dana@" + domain + ".attacker.example"));
		Api.Response freemail = session.submit("/employer/company/domain", "#domain-form",
				Map.of("email", "dana@gmail.com"));

		assertThat(lookalike.status()).isEqualTo(400);
		assertThat(Jsoup.parse(lookalike.body()).select("#email-error").text()).contains("Use an address at " + domain);
		assertThat(freemail.status()).isEqualTo(400);
		assertThat(companies.get(owned.company().getId()).isVerified()).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "https://gmail.com, gmail.com is a free-mail provider",
			"https://www.outlook.com/jobs, outlook.com is a free-mail provider",
			"https://mail.yahoo.co.uk, yahoo.co.uk is a free-mail provider",
			"https://co.uk, co.uk is shared by unrelated sites",
			"https://github.io, github.io is shared by unrelated sites" })
	void aWebsiteAtAFreeMailProviderOrAPublicSuffixIsRefusedNextToTheField(String website, String why) {
		UserAccount owner = users.create("Owen", Role.EMPLOYER);
		Company company = companies.create(owner.getId(),
				new CompanyForm("Free mail " + System.nanoTime(), website, null, null, null), null);
		String domain = java.net.URI.create(website).getHost().replaceFirst("^(www|mail)\\.", "");
		WebSession session = users.signIn(port, owner);

		String shown = Jsoup.parse(session.get("/employer/company/domain").body()).select("#email-error").text();
		Api.Response requested = session.submit("/employer/company/domain", "#domain-form",
				Map.of("email", "hr@" + domain));

		assertThat(shown).startsWith(why).contains("your company's own domain");
		assertThat(requested.status()).isEqualTo(400);
		assertThat(Jsoup.parse(requested.body()).select("#email-error").text()).startsWith(why);
		assertThat(jdbc.sql("select count(*) from company_domain_token where company_id = :id")
			.param("id", company.getId())
			.query(Long.class)
			.single()).isZero();
		assertThat(companies.get(company.getId()).isVerified()).isFalse();
	}

	/**
	 * github.io is a public suffix: each site under it has its own owner, so a site's own
	 * name is its registrable domain, and an address there is as good as any company's.
	 */
	@Test
	void aSiteUnderASharedHostIsItsOwnDomainAndVerifies() {
		UserAccount owner = users.create("Owen", Role.EMPLOYER);
		String domain = "acme" + System.nanoTime() + ".github.io";
		Company company = companies.create(owner.getId(),
				new CompanyForm("Pages " + System.nanoTime(), "https://" + domain + "/careers", null, null, null),
				null);
		WebSession session = users.signIn(port, owner);
		String email = "hr@" + domain;

		Api.Response requested = session.submit("/employer/company/domain", "#domain-form", Map.of("email", email));
		String link = mailbox.waitForSubject(email, "Confirm " + domain)
			.link("/employer/company/domain/confirm/")
			.replaceFirst("^https?://[^/]+", "");
		session.submit(link, "#confirm-form", Map.of());

		assertThat(requested.status()).isEqualTo(302);
		assertThat(companies.get(company.getId()).getVerifiedDomain()).isEqualTo(domain);
	}

	@Test
	void anotherCompanysLinkDoesNotVerify() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Link Owner");
		OwnedCompany other = TeamFixtures.company(users, companies, "Link Thief");
		String domain = owned.company().getWebsite().replace("https://www.", "");
		String email = "ops@" + domain;
		users.signIn(port, owned.owner()).submit("/employer/company/domain", "#domain-form", Map.of("email", email));
		String link = mailbox.waitForSubject(email, "Confirm")
			.link("/employer/company/domain/confirm/")
			.replaceFirst("^https?://[^/]+", "");

		WebSession thief = users.signIn(port, other.owner());
		Api.Response response = thief.post(link, Map.of("_csrf", thief.csrfToken("/employer/company/domain")));

		assertThat(response.status()).isEqualTo(404);
		assertThat(companies.get(other.company().getId()).isVerified()).isFalse();
		assertThat(companies.get(owned.company().getId()).isVerified()).isFalse();
	}

}
