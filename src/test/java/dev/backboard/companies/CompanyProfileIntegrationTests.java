package dev.backboard.companies;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;
import dev.backboard.support.SampleJobs;
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
class CompanyProfileIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Companies companies;

	@Autowired
	CompanyMembers members;

	@Autowired
	JobService jobs;

	@Autowired
	MutableClock clock;

	@Test
	void onboardingCreatesTheCompanyWithItsCreatorAsOwner() throws IOException {
		UserAccount employer = users.create("Erin", Role.EMPLOYER);
		WebSession session = users.signIn(port, employer);
		String name = "Quarry Systems " + System.nanoTime();

		Api.Response created = createCompany(session, Map.of("name", name, "website", "https://quarry.example", "about",
				"We build **quarries**.", "size", "SMALL", "headquarters", "Leeds, UK"), "logo.png", "image/png",
				png());

		assertThat(created.status()).isEqualTo(302);
		assertThat(created.header("Location")).endsWith("/employer/company?created");
		Membership membership = members.of(employer.getId()).orElseThrow();
		assertThat(membership.role()).isEqualTo(MemberRole.OWNER);
		Company company = companies.get(membership.companyId());
		assertThat(company.getName()).isEqualTo(name);
		assertThat(company.getSize()).isEqualTo(CompanySize.SMALL);
		assertThat(company.getHeadquarters()).isEqualTo("Leeds, UK");
		assertThat(session.get("/employer/company").header("Location")).as("owners enroll a second factor first")
			.endsWith("/account/2fa?required");
		assertThat(users.signIn(port, employer).page("/employer/company").select("input[name=name]").attr("value"))
			.isEqualTo(name);
	}

	@Test
	void aTakenSlugGetsASuffix() {
		String name = "Same Name " + System.nanoTime();
		Company first = companies.create(users.create("A", Role.EMPLOYER).getId(),
				new CompanyForm(name, null, null, null, null), null);
		Company second = companies.create(users.create("B", Role.EMPLOYER).getId(),
				new CompanyForm(name, null, null, null, null), null);

		assertThat(second.getSlug()).isEqualTo(first.getSlug() + "-2");
	}

	@Test
	void companiesWithOneNameCreatedAtOnceGetDistinctSlugs() throws Exception {
		String name = "Twin Name " + System.nanoTime();
		java.util.List<Long> creators = java.util.stream.Stream.of("A", "B", "C")
			.map(who -> users.create(who, Role.EMPLOYER).getId())
			.toList();
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		java.util.List<java.util.concurrent.Future<Company>> created = new java.util.ArrayList<>();
		try (java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3)) {
			for (long creator : creators) {
				created.add(pool.submit(() -> {
					start.await();
					return companies.create(creator, new CompanyForm(name, null, null, null, null), null);
				}));
			}
			start.countDown();
			java.util.Set<String> slugs = new java.util.HashSet<>();
			for (java.util.concurrent.Future<Company> company : created) {
				slugs.add(company.get().getSlug());
			}
			assertThat(slugs).hasSize(3);
		}
	}

	@Test
	void badFieldsAreNamedNextToThemAndNothingIsWritten() throws IOException {
		UserAccount employer = users.create("Erin", Role.EMPLOYER);
		WebSession session = users.signIn(port, employer);

		Api.Response response = createCompany(session,
				Map.of("name", " ", "website", "ftp://files.example", "headquarters", "Leeds", "size", "HUGE"),
				"logo.png", "image/png", png());

		assertThat(response.status()).isEqualTo(400);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("#name-error").text()).contains("Enter the company's name");
		assertThat(page.select("#website-error").text()).contains("http:// or https://");
		assertThat(page.select("#size-error").text()).contains("Choose one of the listed sizes");
		assertThat(page.select("input#website").attr("aria-invalid")).isEqualTo("true");
		assertThat(page.select("input#website").attr("value")).isEqualTo("ftp://files.example");
		assertThat(page.select("input#headquarters").attr("value")).isEqualTo("Leeds");
		assertThat(members.of(employer.getId())).isEmpty();
	}

	@Test
	void aValidPngLogoIsServedWithItsType() throws IOException {
		UserAccount employer = users.create("Erin", Role.EMPLOYER);
		WebSession session = users.signIn(port, employer);
		byte[] png = png();

		createCompany(session, Map.of("name", "Logo Works " + System.nanoTime()), "whatever.gif", "image/gif", png);

		Company company = companies.get(members.of(employer.getId()).orElseThrow().companyId());
		assertThat(company.getLogoUrl()).startsWith("/companies/" + company.getSlug() + "/logo");
		Api.Response logo = new Api(port).get(company.getLogoUrl());
		assertThat(logo.status()).isEqualTo(200);
		assertThat(logo.header("Content-Type")).isEqualTo("image/png");
		assertThat(logo.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(logo.header("Cache-Control")).contains("max-age");
	}

	@Test
	void anOversizedLogoIsRefusedWith413NextToTheField() throws IOException {
		UserAccount employer = users.create("Erin", Role.EMPLOYER);
		WebSession session = users.signIn(port, employer);
		byte[] large = new byte[600 * 1024];
		System.arraycopy(png(), 0, large, 0, 8);

		Api.Response response = createCompany(session, Map.of("name", "Too Large " + System.nanoTime()), "logo.png",
				"image/png", large);

		assertThat(response.status()).isEqualTo(413);
		assertThat(Jsoup.parse(response.body()).select("#logo-error").text()).contains("at most 512 KB");
		assertThat(members.of(employer.getId())).isEmpty();
	}

	@Test
	void aHugeUploadGetsThe413Page() throws IOException {
		UserAccount employer = users.create("Erin", Role.EMPLOYER);
		WebSession session = users.signIn(port, employer);

		Api.Response response = createCompany(session, Map.of("name", "Huge " + System.nanoTime()), "logo.png",
				"image/png", new byte[7 * 1024 * 1024]);

		assertThat(response.status()).isEqualTo(413);
		assertThat(members.of(employer.getId())).isEmpty();
	}

	@Test
	void aScriptNamedLikeAPngIsRefused() throws IOException {
		UserAccount employer = users.create("Erin", Role.EMPLOYER);
		WebSession session = users.signIn(port, employer);

		Api.Response response = createCompany(session, Map.of("name", "Php Shell " + System.nanoTime()), "logo.png",
				"image/png", "<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8));

		assertThat(response.status()).isEqualTo(400);
		assertThat(Jsoup.parse(response.body()).select("#logo-error").text()).contains("PNG, JPEG or WebP");
		assertThat(members.of(employer.getId())).isEmpty();
	}

	@Test
	void theEditorIsForOwnersOnly() {
		var owned = TeamFixtures.company(users, companies, "Editors");
		UserAccount recruiter = users.create("Rae", Role.EMPLOYER);
		members.add(owned.company().getId(), recruiter.getId(), MemberRole.RECRUITER);

		assertThat(users.signIn(port, recruiter).get("/employer/company").status()).isEqualTo(403);
		assertThat(users.signIn(port, owned.owner()).get("/employer/company").status()).isEqualTo(200);
	}

	@Test
	void anEmployerWithoutACompanyIsSentToCreateOne() {
		UserAccount employer = users.create("Erin", Role.EMPLOYER);

		Api.Response response = users.signIn(port, employer).get("/employer/team");

		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/employer/company/new");
	}

	@Test
	void thePublicPageShowsOnlyPublishedJobsAndInertAboutText() {
		UserAccount owner = users.create("Owen", Role.EMPLOYER);
		String name = "Public Page " + System.nanoTime();
		Company company = companies.create(owner.getId(), new CompanyForm(name, "https://public-page.example",
				"We are **kind**.\n\n<script>alert('x')</script>\n\n<img src=x onerror=alert(1)> [click](javascript:alert(2))",
				"MEDIUM", "Lisbon"), null);
		clock.set(clock.instant().minus(Duration.ofDays(40)));
		Job closed = jobs.publish(company.getId(), job("Closed Kotlin Engineer"));
		clock.reset();
		jobs.expireDue();
		Job open = jobs.publish(company.getId(), job("Open Kotlin Engineer"));

		Api.Response response = new Api(port).get("/companies/" + company.getSlug());

		assertThat(response.status()).isEqualTo(200);
		Document page = Jsoup.parse(response.body());
		assertThat(page.select("h1").text()).isEqualTo(name);
		assertThat(page.select("a[href=/jobs/" + open.getSlug() + "]")).hasSize(1);
		assertThat(response.body()).doesNotContain(closed.getSlug()).doesNotContain("Closed Kotlin Engineer");
		assertThat(page.select(".about strong").text()).isEqualTo("kind");
		assertThat(page.select(".about script")).isEmpty();
		assertThat(page.select(".about [onerror]")).isEmpty();
		assertThat(page.select(".about a[href^=javascript]")).isEmpty();
		assertThat(page.select("a[href=https://public-page.example]").attr("rel")).contains("nofollow")
			.contains("noopener");
		assertThat(page.text()).contains("51-200").contains("Lisbon").doesNotContain("Verified employer");
	}

	@Test
	void anUnknownCompanyIsA404Page() {
		Api.Response response = new Api(port).get("/companies/no-such-company-" + System.nanoTime());

		assertThat(response.status()).isEqualTo(404);
		assertThat(response.header("Content-Type")).contains("text/html");
	}

	static dev.backboard.jobs.JobDetails job(String title) {
		return SampleJobs
			.job(title, "Kotlin services on PostgreSQL.", WorkplaceType.REMOTE, List.of(), Seniority.MID, null,
					List.of(new JobSkill("kotlin", true)))
			.build();
	}

	private static Api.Response createCompany(WebSession session, Map<String, String> fields, String fileName,
			String contentType, byte[] logo) {
		org.jsoup.nodes.Element form = session.page("/employer/company/new").selectFirst("#company-form");
		Map<String, String> withToken = new java.util.LinkedHashMap<>();
		form.select("input[type=hidden]").forEach(input -> withToken.put(input.attr("name"), input.attr("value")));
		withToken.putAll(fields);
		return session.postMultipart(form.attr("action"), withToken, "logo", fileName, contentType, logo);
	}

	static byte[] png() throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", bytes);
		return bytes.toByteArray();
	}

}
