package dev.backboard.analytics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.analytics.internal.Aggregator;
import dev.backboard.analytics.internal.EventBuffer;
import dev.backboard.applications.ApplicationFixtures;
import dev.backboard.candidates.CandidateProfiles;
import dev.backboard.candidates.ProfileInput;
import dev.backboard.candidates.RemotePreference;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.companies.MemberRole;
import dev.backboard.jobs.ApplyMethod;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.MutableClock;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class AnalyticsIntegrationTests {

	static final String BROWSER = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Safari/537.36";

	static final AtomicInteger SEQUENCE = new AtomicInteger();

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	CompanyRepository companies;

	@Autowired
	CompanyMembers members;

	@Autowired
	JobService jobs;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	CandidateProfiles profiles;

	@Autowired
	EventBuffer buffer;

	@Autowired
	Aggregator aggregator;

	@Autowired
	MutableClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void recordsViewsClicksSearchesFeedsAndSignupsWithSourcesButNoBots() {
		Employer employer = employer("Vera");
		Job job = jobs.publish(employer.company().getId(), ApplicationFixtures
			.details("Analytics Engineer " + SEQUENCE.incrementAndGet(), null, "https://example.com/apply"));
		Api visitor = new Api(port);
		Map<String, String> person = browser();
		String page = "http://localhost:" + port + "/jobs/" + job.getSlug();

		assertThat(visitor
			.send("GET", "/jobs/" + job.getSlug() + "/panel", with(person, "HX-Current-URL", page + "?src=search"))
			.status()).isEqualTo(200);
		assertThat(visitor.send("GET", "/jobs/" + job.getSlug() + "/panel", with(person, "Referer", page)).status())
			.isEqualTo(200);
		assertThat(visitor
			.send("GET", "/jobs/" + job.getSlug() + "/apply-out", with(person, "Referer", page + "?src=alert"))
			.status()).isEqualTo(302);
		String words = "Zyxwvut" + SEQUENCE.incrementAndGet();
		assertThat(visitor.send("GET", "/jobs?q=" + words + "%20%20Kotlin", person).status()).isEqualTo(200);
		assertThat(
				visitor.send("GET", "/jobs.rss", Map.of("User-Agent", "Feedly/1.0", "X-Forwarded-For", ip())).status())
			.isEqualTo(200);
		WebSession signup = new WebSession(port).header("User-Agent", BROWSER).header("X-Forwarded-For", ip());
		assertThat(signup
			.submit("/alerts/new?q=go", "form[action=/alerts]",
					Map.of("name", "Go jobs", "email", Users.freshEmail("alerts"), "frequency", "DAILY"))
			.status()).isEqualTo(200);
		// Robots: a crawler's user agent, none at all, and a script.
		for (String agent : new String[] { "Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)",
				"", "curl/8.5.0", "Mozilla/5.0 (X11; Linux x86_64) HeadlessChrome/131.0 Safari/537.36" }) {
			Map<String, String> bot = new LinkedHashMap<>(Map.of("X-Forwarded-For", ip()));
			if (!agent.isEmpty()) {
				bot.put("User-Agent", agent);
			}
			visitor.send("GET", "/jobs/" + job.getSlug() + "/panel", bot);
			visitor.send("GET", "/jobs?q=" + words, bot);
		}
		buffer.flush();

		assertThat(count("JOB_VIEW", job)).isEqualTo(2);
		assertThat(jdbc.sql("select source from analytics_event where job_id = :job and type = 'JOB_VIEW' order by id")
			.param("job", job.getId())
			.query(String.class)
			.list()).containsExactly("SEARCH", "DIRECT");
		assertThat(jdbc.sql("select source from analytics_event where job_id = :job and type = 'APPLY_CLICK'")
			.param("job", job.getId())
			.query(String.class)
			.single()).isEqualTo("ALERT");
		assertThat(jdbc
			.sql("select query || '|' || result_count from analytics_event where type = 'SEARCH' and query like :q")
			.param("q", words.toLowerCase() + "%")
			.query(String.class)
			.list()).as("normalized, bots not counted").containsExactly(words.toLowerCase() + " kotlin|0");
		assertThat(
				jdbc.sql("select count(*) from analytics_event where type = 'FEED_FETCH'").query(Long.class).single())
			.isPositive();
		assertThat(
				jdbc.sql("select count(*) from analytics_event where type = 'ALERT_SIGNUP'").query(Long.class).single())
			.isPositive();

		Document dashboard = employer.session().page("/employer/analytics");
		assertThat(dashboard.select("#totals td").eachText()).startsWith("2", "1", "0", "50.0%");
		assertThat(dashboard.select("#sources tr:contains(search) td").eachText()).startsWith("1", "0");
		assertThat(dashboard.select("#sources tr:contains(alert) td").eachText()).startsWith("0", "1");
		assertThat(dashboard.select("#jobs th a").eachText()).containsExactly(job.getTitle());
		assertThat(dashboard.select("#days-chart svg[role=img] title").text())
			.contains("Views, apply clicks and applications per day");
		String today = LocalDate.now(ZoneOffset.UTC).toString();
		assertThat(employer.session()
			.page("/employer/jobs/" + job.getId() + "/analytics")
			.select("#days tr:contains(" + today + ") td")
			.eachText()).containsExactly("2", "1", "0", "50.0%");
		var csv = employer.session().download("/employer/jobs/" + job.getId() + "/analytics.csv");
		assertThat(csv.headers().firstValue("Content-Type"))
			.hasValueSatisfying(type -> assertThat(type).startsWith("text/csv"));
		assertThat(new String(csv.body())).startsWith("date,views,apply_clicks,applications,conversion\r\n")
			.contains(today + ",2,1,0,50.0%\r\n");

		Employer other = employer("Otto");
		assertThat(other.session().get("/employer/jobs/" + job.getId() + "/analytics").status()).isEqualTo(404);
		assertThat(other.session().get("/employer/jobs/" + job.getId() + "/analytics.csv").status()).isEqualTo(404);
		assertThat(other.session().page("/employer/analytics").select("#totals td").eachText()).startsWith("0", "0");

		Api.Response bad = employer.session().get("/employer/analytics?from=yesterday");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(Jsoup.parse(bad.body()).selectFirst("#from-error").text()).contains("a date like");
		Api.Response badCsv = employer.session().get("/employer/analytics.csv?from=2026-12-01&to=2026-11-01");
		assertThat(badCsv.status()).isEqualTo(400);
		assertThat(badCsv.body()).contains("\"errors\"").contains("\"from\"");
	}

	@Test
	void anApplicationCarriesItsSourceFromTheJobPageThroughTheFormToTheDashboardAndCsv() throws InterruptedException {
		Employer employer = employer("Sourcy");
		Job job = jobs.publish(employer.company().getId(), ApplicationFixtures
			.details("Sourced Engineer " + SEQUENCE.incrementAndGet(), ApplyMethod.BACKBOARD, null));
		String page = "http://localhost:" + port + "/jobs/" + job.getSlug();
		new Api(port).send("GET", "/jobs/" + job.getSlug() + "/panel",
				with(browser(), "HX-Current-URL", page + "?src=alert"));
		WebSession fromAlert = candidate("Alma");
		WebSession bogus = candidate("Bruno");
		WebSession direct = candidate("Carla");

		assertThat(fromAlert.page("/jobs/" + job.getSlug() + "?src=alert").select("a.apply").attr("href"))
			.isEqualTo("/jobs/" + job.getSlug() + "/apply?src=alert");
		assertThat(fromAlert.page("/jobs/" + job.getSlug() + "/apply?src=alert")
			.select("#apply-form input[name=src]")
			.attr("value")).isEqualTo("alert");
		assertThat(fromAlert.submit("/jobs/" + job.getSlug() + "/apply?src=alert", "#apply-form", application("Alma"))
			.status()).isEqualTo(302);
		Map<String, String> forged = new LinkedHashMap<>(application("Bruno"));
		forged.put("src", "<script>");
		assertThat(bogus.submit("/jobs/" + job.getSlug() + "/apply", "#apply-form", forged).status()).isEqualTo(302);
		assertThat(direct.submit("/jobs/" + job.getSlug() + "/apply", "#apply-form", application("Carla")).status())
			.isEqualTo(302);

		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (count("APPLICATION", job) < 3 && System.nanoTime() < deadline) {
			Thread.sleep(100);
			buffer.flush();
		}
		assertThat(jdbc
			.sql("select source from analytics_event where job_id = :job and type = 'APPLICATION' order by source")
			.param("job", job.getId())
			.query(String.class)
			.list()).containsExactly("ALERT", "DIRECT", "DIRECT");

		Document dashboard = employer.session().page("/employer/jobs/" + job.getId() + "/analytics");
		assertThat(dashboard.select("#sources thead th").eachText()).contains("Applications");
		assertThat(dashboard.select("#source-alert td").eachText()).containsExactly("1", "0", "1", "100.0%");
		assertThat(dashboard.select("#source-direct td").eachText()).containsExactly("0", "0", "2", "–");
		assertThat(dashboard.select("#source-search td").eachText()).containsExactly("0", "0", "0", "–");
		var csv = employer.session().download("/employer/jobs/" + job.getId() + "/analytics.csv?by=source");
		assertThat(new String(csv.body())).isEqualTo("source,views,apply_clicks,applications,conversion\r\n"
				+ "search,0,0,0,\r\n" + "alert,1,0,1,100.0%\r\n" + "feed,0,0,0,\r\n" + "direct,0,0,2,\r\n");
		assertThat(new String(employer.session().download("/employer/analytics.csv?by=source").body()))
			.contains("alert,1,0,1,100.0%\r\n");
		Api.Response badBy = employer.session().get("/employer/analytics.csv?by=week");
		assertThat(badBy.status()).isEqualTo(400);
		assertThat(badBy.body()).contains("\"by\"");
	}

	private WebSession candidate(String name) {
		UserAccount account = users.create(name, Role.CANDIDATE);
		profiles.save(account.getId(), new ProfileInput("Backend engineer " + name, "", "Go, Docker", "6", "", "", "",
				false, RemotePreference.ANY.name(), "", "", "YEAR", "", "", ""));
		return WebSession.signedIn(port, account.getEmail(), Users.PASSWORD)
			.header("User-Agent", BROWSER)
			.header("X-Forwarded-For", ip());
	}

	private static Map<String, String> application(String name) {
		return Map.of("name", name, "headline", "Backend engineer", "coverLetter", "", "resume", "", "consent", "true");
	}

	@Test
	void anApplicationThroughTheFormIsCountedForItsJobAndNothingIsForwardedByDefault() throws InterruptedException {
		Employer employer = employer("Apollo");
		Job job = jobs.publish(employer.company().getId(), ApplicationFixtures
			.details("Applied Engineer " + SEQUENCE.incrementAndGet(), ApplyMethod.BACKBOARD, null));
		WebSession candidate = candidate("Cleo");

		assertThat(candidate.submit("/jobs/" + job.getSlug() + "/apply", "#apply-form", application("Cleo")).status())
			.isEqualTo(302);

		long deadline = System.nanoTime() + Duration.ofSeconds(15).toNanos();
		while (count("APPLICATION", job) == 0 && System.nanoTime() < deadline) {
			Thread.sleep(100);
			buffer.flush();
		}
		assertThat(count("APPLICATION", job)).isEqualTo(1);
		assertThat(
				employer.session().page("/employer/jobs/" + job.getId() + "/analytics").select("#totals td").eachText())
			.containsExactly("0", "0", "1", "–");
		assertThat(jdbc.sql("select count(*) from analytics_event where forward_pending").query(Long.class).single())
			.as("forwarding is off by default")
			.isZero();
	}

	@Test
	void aVisitorIdIsTheSameForOneAgentAndAddressOnADayAndNothingElseIsStored() {
		Employer employer = employer("Vicky");
		Job job = jobs.publish(employer.company().getId(), ApplicationFixtures
			.details("Visitor Engineer " + SEQUENCE.incrementAndGet(), null, "https://example.com/apply"));
		Api visitor = new Api(port);
		String address = ip();
		String otherAddress = ip();
		String panel = "/jobs/" + job.getSlug() + "/panel";
		clock.set(Instant.parse("2027-03-01T09:00:00Z"));
		visitor.send("GET", panel, Map.of("User-Agent", BROWSER, "X-Forwarded-For", address));
		clock.set(Instant.parse("2027-03-01T21:00:00Z"));
		visitor.send("GET", panel, Map.of("User-Agent", BROWSER, "X-Forwarded-For", address));
		visitor.send("GET", panel, Map.of("User-Agent", BROWSER, "X-Forwarded-For", otherAddress));
		visitor.send("GET", panel, Map.of("User-Agent", BROWSER.replace("131.0", "132.0"), "X-Forwarded-For", address));
		clock.set(Instant.parse("2027-03-02T09:00:00Z"));
		visitor.send("GET", panel, Map.of("User-Agent", BROWSER, "X-Forwarded-For", address));
		buffer.flush();

		var visitors = jdbc.sql("select visitor from analytics_event where job_id = :job order by id")
			.param("job", job.getId())
			.query(String.class)
			.list();
		assertThat(visitors).hasSize(5).allSatisfy(id -> assertThat(id).matches("[0-9a-f]{32}"));
		assertThat(visitors.get(1)).as("same agent and address, same day").isEqualTo(visitors.get(0));
		assertThat(visitors.get(2)).as("another address").isNotEqualTo(visitors.get(0));
		assertThat(visitors.get(3)).as("another agent").isNotEqualTo(visitors.get(0));
		assertThat(visitors.get(4)).as("the next day").isNotEqualTo(visitors.get(0));
		assertThat(jdbc.sql("select row_to_json(e)::text from analytics_event e where job_id = :job")
			.param("job", job.getId())
			.query(String.class)
			.list()).as("no address or agent is stored with the event")
			.allSatisfy(row -> assertThat(row).doesNotContain(address, otherAddress, "Mozilla", "Chrome"));
		assertThat(jdbc.sql("select day::text from analytics_salt").query(String.class).list())
			.as("yesterday's salt is gone, so its ids cannot be recomputed")
			.containsExactly("2027-03-02");
	}

	@Test
	void oneClientOverTheRateIsNotCounted() {
		Employer employer = employer("Rita");
		Job job = jobs.publish(employer.company().getId(), ApplicationFixtures
			.details("Rate Engineer " + SEQUENCE.incrementAndGet(), null, "https://example.com/apply"));
		Api visitor = new Api(port);
		Map<String, String> person = browser();
		for (int i = 0; i < 65; i++) {
			visitor.send("GET", "/jobs/" + job.getSlug() + "/panel", person);
		}
		buffer.flush();
		assertThat(count("JOB_VIEW", job)).as("the first 60 of one client in a minute").isEqualTo(60);
	}

	@Test
	void dailySumsKeepTheFiguresAfterRawEventsPassTheRetention() {
		Employer employer = employer("Dora");
		Job job = jobs.publish(employer.company().getId(), ApplicationFixtures
			.details("Daily Engineer " + SEQUENCE.incrementAndGet(), null, "https://example.com/apply"));
		Instant longAgo = Instant.now().minus(Duration.ofDays(100));
		LocalDate day = longAgo.atZone(ZoneOffset.UTC).toLocalDate();
		for (int i = 0; i < 3; i++) {
			jdbc.sql("""
					insert into analytics_event (occurred_at, type, source, job_id, company_id)
					values (:at, 'JOB_VIEW', 'FEED', :job, :company)""")
				.param("at", java.sql.Timestamp.from(longAgo))
				.param("job", job.getId())
				.param("company", employer.company().getId())
				.update();
		}
		jdbc.sql("update analytics_aggregation set through = null where id = 1").update();

		aggregator.run();
		aggregator.run();

		assertThat(count("JOB_VIEW", job)).as("raw events past the 90 days are gone").isZero();
		assertThat(jdbc.sql("select events from analytics_daily where job_id = :job and day = :day")
			.param("job", job.getId())
			.param("day", java.sql.Date.valueOf(day))
			.query(Long.class)
			.single()).as("summed once, however often the task runs").isEqualTo(3);
		Document page = employer.session()
			.page("/employer/jobs/" + job.getId() + "/analytics?from=" + day + "&to=" + day.plusDays(1));
		assertThat(page.select("#days tr:contains(" + day + ") td").eachText()).startsWith("3", "0", "0");
		assertThat(page.select("#sources tr:contains(feed) td").eachText()).startsWith("3");

		UserAccount admin = users.create("Ada", Role.ADMIN);
		WebSession operator = users.signIn(port, admin);
		Document board = operator.page("/admin/analytics?from=" + day + "&to=" + day);
		assertThat(board.select("#days tr:contains(" + day + ") td").eachText()).element(2).isEqualTo("3");
		assertThat(board.select("#days-chart svg[role=img]")).hasSize(1);
		assertThat(employer.session().get("/admin/analytics").status()).isEqualTo(403);
	}

	private long count(String type, Job job) {
		return jdbc.sql("select count(*) from analytics_event where type = :type and job_id = :job")
			.param("type", type)
			.param("job", job.getId())
			.query(Long.class)
			.single();
	}

	private Employer employer(String name) {
		UserAccount account = users.create(name, Role.EMPLOYER);
		Company company = companies
			.save(new Company(name + " Analytics " + System.nanoTime(), "https://example.com", null, Instant.now()));
		members.add(company.getId(), account.getId(), MemberRole.OWNER);
		return new Employer(company, users.signIn(port, account).header("X-Forwarded-For", ip()));
	}

	private static Map<String, String> browser() {
		return Map.of("User-Agent", BROWSER, "X-Forwarded-For", ip());
	}

	private static Map<String, String> with(Map<String, String> headers, String name, String value) {
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.put(name, value);
		return all;
	}

	private static String ip() {
		int n = SEQUENCE.incrementAndGet();
		return "198.19." + (n / 250 % 250) + "." + (n % 250 + 1);
	}

	record Employer(Company company, WebSession session) {
	}

}
