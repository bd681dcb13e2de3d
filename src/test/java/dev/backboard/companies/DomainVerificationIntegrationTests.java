package dev.backboard.companies;

import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import dev.backboard.companies.TeamFixtures.OwnedCompany;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
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
