package dev.backboard.alerts;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.alerts.internal.AlertDigests;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.core.privacy.PersonalData;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobService;
import dev.backboard.search.JobQuery;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.MutableClock;
import dev.backboard.support.SampleJobs;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Saved searches and alerts end to end: the page form, the matching of published jobs,
 * mails through the outbox to a real SMTP server, one-click unsubscribe, double opt-in,
 * digests in the person's time zone, export and erasure.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AlertsIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	JobService jobs;

	@Autowired
	CompanyRepository companies;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Mailbox mailbox;

	@Autowired
	MutableClock clock;

	@Autowired
	Alerts alerts;

	@Autowired
	AlertDigests digests;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	List<PersonalData> personalData;

	AlertFixtures fixtures;

	@BeforeAll
	void company() {
		fixtures = new AlertFixtures(jobs, companies, jdbc, "Alerting Co");
	}

	@Test
	void aCandidateGetsAnInstantAlertAndUnsubscribesWithOneClick() throws Exception {
		UserAccount candidate = users.create("AlertCandidate", Role.CANDIDATE);
		WebSession session = users.signIn(port, candidate);
		Api.Response saved = session.submit("/alerts/new?q=golang&workplace=REMOTE", "form[action=/alerts]",
				Map.of("name", "Remote Go", "frequency", "INSTANT", "timeZone", "Europe/Berlin"));
		assertThat(saved.status()).isEqualTo(302);
		assertThat(saved.header("Location")).matches(".*/alerts/[A-Za-z0-9_-]+\\?saved");
		assertThat(session.page(saved.header("Location").replaceAll("^https?://[^/]+", "")).text())
			.contains("Remote Go", "Your alert is saved");

		Job onsite = fixtures.publishOnsiteJava("Java Engineer Claims " + System.nanoTime());
		Job remoteGo = fixtures.publishRemoteGo("Golang Engineer Ledger " + System.nanoTime());
		fixtures.awaitMatched(List.of(onsite.getId(), remoteGo.getId()));

		Mailbox.Received alert = mailbox.waitForSubject(candidate.getEmail(), remoteGo.getTitle());
		assertThat(alert.text()).contains("/jobs/" + remoteGo.getSlug()).doesNotContain(onsite.getSlug());
		assertThat(mailbox.to(candidate.getEmail())).hasSize(1);
		MimeMessage message = alert.message();
		String unsubscribe = message.getHeader("List-Unsubscribe", null);
		assertThat(unsubscribe).matches("<http://.*/alerts/[A-Za-z0-9_-]+/searches/\\d+/unsubscribe>");
		assertThat(message.getHeader("List-Unsubscribe-Post", null)).isEqualTo("List-Unsubscribe=One-Click");

		// RFC 8058: the mail client posts, with no cookie and no CSRF token.
		HttpResponse<String> oneClick = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(unsubscribe.substring(1, unsubscribe.length() - 1)))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString("List-Unsubscribe=One-Click"))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(oneClick.statusCode()).isEqualTo(200);

		Job later = fixtures.publishRemoteGo("Golang Engineer Payouts " + System.nanoTime());
		fixtures.awaitMatched(List.of(later.getId()));
		assertThat(fixtures.mailsTo(candidate.getEmail())).isEqualTo(1);
	}

	@Test
	void aVisitorsAddressGetsNothingButTheConfirmationUntilItIsConfirmed() {
		String email = Users.freshEmail("visitor");
		WebSession visitor = new WebSession(port).header("X-Forwarded-For", "198.51.100.77");
		Api.Response saved = visitor.submit("/alerts/new?skills=rust", "form[action=/alerts]",
				Map.of("name", "Rust", "frequency", "INSTANT", "email", email));
		assertThat(saved.status()).isEqualTo(200);
		assertThat(saved.body()).contains("Check your inbox").doesNotContain("/alerts/");

		String manage = mailbox.waitForSubject(email, "Confirm your job alert").link("/alerts/");
		Job before = fixtures.publishWith("Rust Engineer Storage " + System.nanoTime(), "rust");
		fixtures.awaitMatched(List.of(before.getId()));
		assertThat(fixtures.mailsTo(email)).isEqualTo(1);

		String path = URI.create(manage).getPath();
		Api.Response confirmed = visitor.submit(path, "form[action$=/confirm]", Map.of());
		assertThat(confirmed.status()).isEqualTo(302);
		assertThat(visitor.page(path).text()).contains("Rust").doesNotContain("wait for you to confirm");

		Job after = fixtures.publishWith("Rust Engineer Compilers " + System.nanoTime(), "rust");
		Mailbox.Received alert = mailbox.waitForSubject(email, after.getTitle());
		assertThat(alert.text()).contains("/jobs/" + after.getSlug()).doesNotContain(before.getSlug());
	}

	@Test
	void badInputIsRefusedNamingTheFieldAndSavesNothing() {
		UserAccount candidate = users.create("Careless", Role.CANDIDATE);
		WebSession session = users.signIn(port, candidate);
		long before = jdbc.sql("select count(*) from saved_search").query(Long.class).single();

		Api.Response frequency = session.submit("/alerts/new?skills=go", "form[action=/alerts]",
				Map.of("name", "Go", "frequency", "HOURLY"));
		assertThat(frequency.status()).isEqualTo(400);
		assertThat(frequency.body()).contains("id=\"frequency-error\"", "choose how often");

		Api.Response radius = session.submit("/alerts/new?skills=go", "form[action=/alerts]",
				Map.of("name", "Go", "frequency", "DAILY", "query", "radius=20"));
		assertThat(radius.status()).isEqualTo(400);
		assertThat(radius.body()).contains("a radius needs a place");

		Api.Response zone = session.submit("/alerts/new?skills=go", "form[action=/alerts]",
				Map.of("name", "Go", "frequency", "DAILY", "timeZone", "Mars/Olympus"));
		assertThat(zone.status()).isEqualTo(400);
		assertThat(zone.body()).contains("id=\"timeZone-error\"");

		Api.Response email = new WebSession(port).header("X-Forwarded-For", "198.51.100.78")
			.submit("/alerts/new?skills=go", "form[action=/alerts]",
					Map.of("name", "Go", "frequency", "DAILY", "email", "not-an-address"));
		assertThat(email.status()).isEqualTo(400);
		assertThat(email.body()).contains("id=\"email-error\"");

		assertThat(jdbc.sql("select count(*) from saved_search").query(Long.class).single()).isEqualTo(before);
	}

	@Test
	void aJobIsAnnouncedOncePerPersonEvenWhenSeveralAlertsMatchIt() {
		UserAccount candidate = users.create("Twice", Role.CANDIDATE);
		save(candidate, "Kotlin", "skills=kotlin", Frequency.INSTANT, "UTC");
		save(candidate, "Kotlin remote", "skills=kotlin&workplace=REMOTE", Frequency.INSTANT, "UTC");
		Job job = fixtures.publishWith("Kotlin Engineer Billing " + System.nanoTime(), "kotlin");
		fixtures.awaitMatched(List.of(job.getId()));
		long subscriber = subscriberOf(candidate);
		assertThat(announcedTo(subscriber)).isEqualTo(1);
		assertThat(fixtures.mailsTo(candidate.getEmail())).isEqualTo(1);
	}

	@Test
	void peopleWhoSavedTheSameSearchAreEachAlertedUntilTheyStopOrChooseADigest() {
		UserAccount first = users.create("SameSearchFirst", Role.CANDIDATE);
		UserAccount second = users.create("SameSearchSecond", Role.CANDIDATE);
		UserAccount third = users.create("SameSearchThird", Role.CANDIDATE);
		save(first, "Crystal", "skills=crystal", Frequency.INSTANT, "UTC");
		Alerts.Saved stopped = save(second, "Crystal", "skills=crystal", Frequency.INSTANT, "UTC");
		Alerts.Saved digest = save(third, "Crystal", "skills=crystal", Frequency.INSTANT, "UTC");
		Job before = fixtures.publishWith("Crystal Engineer Payments " + System.nanoTime(), "crystal");
		fixtures.awaitMatched(List.of(before.getId()));
		for (UserAccount person : List.of(first, second, third)) {
			assertThat(fixtures.mailsTo(person.getEmail())).as(person.getDisplayName()).isEqualTo(1);
		}

		alerts.delete(stopped.token(), stopped.searchId());
		alerts.changeFrequency(digest.token(), digest.searchId(), Frequency.DAILY);
		Job after = fixtures.publishWith("Crystal Engineer Ledgers " + System.nanoTime(), "crystal");
		fixtures.awaitMatched(List.of(after.getId()));

		assertThat(fixtures.mailsTo(first.getEmail())).isEqualTo(2);
		assertThat(fixtures.mailsTo(second.getEmail())).isEqualTo(1);
		assertThat(fixtures.mailsTo(third.getEmail())).isEqualTo(1);
	}

	@Test
	void aRoundMailsEachSearchOnceWithItsJobsAndNeverAJobThePersonAppliedTo() throws Exception {
		UserAccount both = users.create("ClojureBoth", Role.CANDIDATE);
		UserAccount applicant = users.create("ClojureApplicant", Role.CANDIDATE);
		JobDetails older = AlertFixtures.remote("Clojure Engineer Ledgers " + System.nanoTime(), "Clojure services.",
				"clojure");
		Job applied = fixtures.publish(older);
		fixtures.awaitMatched(List.of(applied.getId()));
		jdbc.sql("""
				insert into application (job_id, company_id, candidate_account_id, stage, knocked_out, submitted_at,
				  stage_changed_at, consent_text, consent_given_at)
				values (:job, :company, :account, 'NEW', false, now(), now(), 'ok', now())""")
			.param("job", applied.getId())
			.param("company", fixtures.company().getId())
			.param("account", applicant.getId())
			.update();
		save(both, "Clojure", "skills=clojure", Frequency.INSTANT, "UTC");
		save(both, "Clojure remote", "skills=clojure&workplace=REMOTE", Frequency.INSTANT, "UTC");
		save(applicant, "Clojure", "skills=clojure", Frequency.INSTANT, "UTC");

		// An edit and a publication in one transaction: one matching round for both.
		Job fresh = transactions.execute(status -> {
			jobs.revise(applied.getId(), older);
			return fixtures.publishWith("Clojure Engineer Search " + System.nanoTime(), "clojure");
		});
		fixtures.awaitMatched(List.of(applied.getId(), fresh.getId()));

		Mailbox.Received toBoth = mailbox.waitForSubject(both.getEmail(), "2 new jobs for “Clojure”");
		assertThat(toBoth.text()).contains("/jobs/" + applied.getSlug(), "/jobs/" + fresh.getSlug());
		assertThat(toBoth.message().getHeader("List-Unsubscribe", null)).isNotNull();
		Mailbox.Received toApplicant = mailbox.waitForSubject(applicant.getEmail(), fresh.getTitle());
		assertThat(toApplicant.text()).contains("/jobs/" + fresh.getSlug()).doesNotContain(applied.getSlug());
		assertThat(fixtures.mailsTo(both.getEmail())).isEqualTo(1);
		assertThat(fixtures.mailsTo(applicant.getEmail())).isEqualTo(1);
		// Who heard of which job: both jobs to the first person, only the new one to the
		// one who applied to the other.
		assertThat(jdbc.sql("""
				select count(*) from alert_heard a join alert_subscriber sub on sub.id = a.subscriber_id
				where sub.account_id in (:accounts) and a.job_id in (:jobs)""")
			.param("accounts", List.of(both.getId(), applicant.getId()))
			.param("jobs", List.of(applied.getId(), fresh.getId()))
			.query(Long.class)
			.single()).isEqualTo(3);
	}

	@Test
	void aJobTheCandidateMarkedNotInterestedIsNeverAnnouncedToThem() throws Exception {
		UserAccount candidate = users.create("NotInterested", Role.CANDIDATE);
		WebSession session = users.signIn(port, candidate);
		JobDetails details = AlertFixtures.remote("Erlang Engineer Switches " + System.nanoTime(), "Erlang services.",
				"erlang");
		Job hidden = fixtures.publish(details);
		fixtures.awaitMatched(List.of(hidden.getId()));
		String panel = "/jobs/" + hidden.getSlug() + "/panel";
		assertThat(session.submit(panel, "form[action$=/hide]", Map.of()).status()).isEqualTo(302);
		assertThat(session.page(panel).text()).contains("left out of your alerts");
		save(candidate, "Erlang", "skills=erlang", Frequency.INSTANT, "UTC");

		// Edited into matching again, with a new job in the same round.
		Job fresh = transactions.execute(status -> {
			jobs.revise(hidden.getId(), details);
			return fixtures.publishWith("Erlang Engineer Queues " + System.nanoTime(), "erlang");
		});
		fixtures.awaitMatched(List.of(hidden.getId(), fresh.getId()));

		Mailbox.Received alert = mailbox.waitForSubject(candidate.getEmail(), fresh.getTitle());
		assertThat(alert.text()).contains("/jobs/" + fresh.getSlug()).doesNotContain(hidden.getSlug());
		assertThat(fixtures.mailsTo(candidate.getEmail())).isEqualTo(1);
		// Undone from the same panel.
		assertThat(session.submit(panel, "form[action$=/unhide]", Map.of()).status()).isEqualTo(302);
		assertThat(session.page(panel).select("form[action$=/hide]")).hasSize(1);
	}

	@Test
	void aDigestLeavesOutTheJobsTheCandidateMarkedNotInterested() throws Exception {
		UserAccount candidate = users.create("DigestNotInterested", Role.CANDIDATE);
		WebSession session = users.signIn(port, candidate);
		save(candidate, "OCaml jobs", "skills=ocaml", Frequency.DAILY, "UTC");
		Job hidden = fixtures.publishWith("OCaml Engineer Compilers " + System.nanoTime(), "ocaml");
		Job kept = fixtures.publishWith("OCaml Engineer Trading " + System.nanoTime(), "ocaml");
		fixtures.awaitMatched(List.of(hidden.getId(), kept.getId()));
		assertThat(session.submit("/jobs/" + hidden.getSlug() + "/panel", "form[action$=/hide]", Map.of()).status())
			.isEqualTo(302);
		try {
			clock.set(LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(8, 30).toInstant(ZoneOffset.UTC));
			digests.sendDue();
			Mailbox.Received digest = mailbox.waitForSubject(candidate.getEmail(), "Your daily job alerts: 1 new job");
			assertThat(digest.text()).contains("/jobs/" + kept.getSlug()).doesNotContain(hidden.getSlug());
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void aJobHeardOfThroughOneKindOfAlertIsNeverAnnouncedAgainByTheOther() throws Exception {
		UserAccount atOnce = users.create("FortranAtOnce", Role.CANDIDATE);
		UserAccount daily = users.create("FortranDaily", Role.CANDIDATE);
		save(atOnce, "Fortran now", "skills=fortran", Frequency.INSTANT, "UTC");
		save(daily, "Fortran daily", "skills=fortran", Frequency.DAILY, "UTC");
		JobDetails details = AlertFixtures.remote("Fortran Engineer Climate " + System.nanoTime(), "Climate models.",
				"fortran");
		Job job = fixtures.publish(details);
		fixtures.awaitMatched(List.of(job.getId()));
		assertThat(fixtures.mailsTo(atOnce.getEmail())).isEqualTo(1);
		try {
			LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
			clock.set(tomorrow.atTime(8, 30).toInstant(ZoneOffset.UTC));
			digests.sendDue();
			assertThat(mailbox.waitForSubject(daily.getEmail(), "Your daily job alerts: 1 new job").text())
				.contains("/jobs/" + job.getSlug());

			// Each now also has the other kind of alert, and the job is edited: it
			// matches again, for both.
			save(atOnce, "Fortran daily", "skills=fortran", Frequency.DAILY, "UTC");
			save(daily, "Fortran now", "skills=fortran", Frequency.INSTANT, "UTC");
			clock.set(tomorrow.atTime(9, 0).toInstant(ZoneOffset.UTC));
			transactions.executeWithoutResult(status -> jobs.revise(job.getId(),
					AlertFixtures.remote(details.title(), "Climate and ocean models.", "fortran")));
			fixtures.awaitMatched(List.of(job.getId()));
			clock.set(tomorrow.plusDays(1).atTime(8, 30).toInstant(ZoneOffset.UTC));
			digests.sendDue();

			assertThat(fixtures.mailsTo(atOnce.getEmail())).isEqualTo(1);
			assertThat(fixtures.mailsTo(daily.getEmail())).isEqualTo(1);
			for (UserAccount person : List.of(atOnce, daily)) {
				assertThat(announcedTo(subscriberOf(person))).as(person.getDisplayName()).isEqualTo(1);
			}
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void digestsGroupBySearchNewestFirstAndWaitForTheMorningInThePersonsTimeZone() {
		UserAccount candidate = users.create("Digest", Role.CANDIDATE);
		save(candidate, "Elixir jobs", "skills=elixir", Frequency.DAILY, "America/New_York");
		save(candidate, "Scala jobs", "skills=scala", Frequency.DAILY, "America/New_York");
		Instant today = clock.instant();
		Job first = fixtures.publishWith("Elixir Engineer Chat " + System.nanoTime(), "elixir");
		clock.set(today.plusSeconds(3600));
		Job second = fixtures.publishWith("Elixir Engineer Video " + System.nanoTime(), "elixir");
		Job scala = fixtures.publishWith("Scala Engineer Streams " + System.nanoTime(), "scala");
		fixtures.awaitMatched(List.of(first.getId(), second.getId(), scala.getId()));
		assertThat(fixtures.mailsTo(candidate.getEmail())).isZero();
		try {
			LocalDate tomorrow = LocalDate.now(ZoneOffset.UTC).plusDays(1);
			// 07:00 in New York: too early.
			clock.set(tomorrow.atTime(12, 0).toInstant(ZoneOffset.UTC));
			digests.sendDue();
			assertThat(fixtures.mailsTo(candidate.getEmail())).isZero();
			// 08:30 in New York.
			clock.set(tomorrow.atTime(13, 30).toInstant(ZoneOffset.UTC));
			digests.sendDue();
			Mailbox.Received digest = mailbox.waitForSubject(candidate.getEmail(), "Your daily job alerts: 3 new jobs");
			String text = digest.text();
			assertThat(text).contains("“Elixir jobs”: 2 new jobs", "“Scala jobs”: 1 new job");
			assertThat(text.indexOf(second.getSlug())).isLessThan(text.indexOf(first.getSlug()));
			assertThat(digest.message().getHeader("List-Unsubscribe-Post", null))
				.isEqualTo("List-Unsubscribe=One-Click");
			// Nothing new: nothing sent, even a day later.
			clock.set(tomorrow.plusDays(1).atTime(13, 30).toInstant(ZoneOffset.UTC));
			digests.sendDue();
			assertThat(fixtures.mailsTo(candidate.getEmail())).isEqualTo(1);
		}
		catch (jakarta.mail.MessagingException ex) {
			throw new AssertionError(ex);
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void aDigestListsWhatItsSearchReturnsWhenSentAmongTheJobsChangedSinceItWasSaved() throws Exception {
		UserAccount candidate = users.create("DigestEdits", Role.CANDIDATE);
		String storage = "Systems Engineer Storage " + System.nanoTime();
		JobDetails rust = AlertFixtures.remote(storage, "Storage engines.", "rust");
		JobDetails zig = AlertFixtures.remote(storage, "Storage engines.", "zig");
		try {
			Job before = fixtures.publishWith("Zig Engineer Firmware " + System.nanoTime(), "zig");
			fixtures.awaitMatched(List.of(before.getId()));
			clock.set(clock.instant().plusSeconds(60));
			save(candidate, "Zig jobs", "skills=zig", Frequency.DAILY, "UTC");
			clock.set(clock.instant().plusSeconds(60));
			Job published = fixtures.publishWith("Zig Engineer Compilers " + System.nanoTime(), "zig");
			Job editedIn = fixtures.publish(rust);
			Job editedOut = fixtures.publishWith("Zig Engineer Databases " + System.nanoTime(), "zig");
			transactions.executeWithoutResult(status -> {
				jobs.revise(editedIn.getId(), zig);
				jobs.revise(editedOut.getId(), rust);
			});
			fixtures.awaitMatched(List.of(published.getId(), editedIn.getId(), editedOut.getId()));

			clock.set(LocalDate.now(ZoneOffset.UTC).plusDays(1).atTime(8, 30).toInstant(ZoneOffset.UTC));
			digests.sendDue();
			Mailbox.Received digest = mailbox.waitForSubject(candidate.getEmail(), "Your daily job alerts: 2 new jobs");
			assertThat(digest.text()).contains("/jobs/" + published.getSlug(), "/jobs/" + editedIn.getSlug())
				.doesNotContain(before.getSlug())
				.doesNotContain(editedOut.getSlug());
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void exportAndErasureIncludeSavedSearches() {
		UserAccount candidate = users.create("Private", Role.CANDIDATE);
		save(candidate, "Haskell", "skills=haskell", Frequency.WEEKLY, "UTC");
		save(candidate, "Haskell now", "skills=haskell", Frequency.INSTANT, "UTC");
		Job job = fixtures.publishWith("Haskell Engineer Ledger " + System.nanoTime(), "haskell");
		fixtures.awaitMatched(List.of(job.getId()));
		long subscriber = subscriberOf(candidate);
		List<Long> searches = jdbc.sql("select id from saved_search where subscriber_id = :subscriber")
			.param("subscriber", subscriber)
			.query(Long.class)
			.list();
		assertThat(searches).hasSize(2);
		assertThat(announcedTo(subscriber)).isEqualTo(1);
		PersonalData part = personalData.stream().filter(p -> p.section().equals("alerts")).findFirst().orElseThrow();
		assertThat(part.export(candidate.getId())).asString().contains("Haskell", "skills=haskell", "WEEKLY");
		part.erase(candidate.getId());
		assertThat(jdbc.sql("select count(*) from alert_subscriber where account_id = :account")
			.param("account", candidate.getId())
			.query(Long.class)
			.single()).isZero();
		// What the alerts recorded goes with them.
		assertThat(jdbc.sql("select count(*) from saved_search where id in (:searches)")
			.param("searches", searches)
			.query(Long.class)
			.single()).isZero();
		assertThat(announcedTo(subscriber)).isZero();
		assertThat(part.export(candidate.getId())).asString().doesNotContain("Haskell");
	}

	@Test
	void aForeignOrUnknownLinkFindsNothing() {
		UserAccount owner = users.create("AlertOwner", Role.CANDIDATE);
		Alerts.Saved saved = save(owner, "Erlang", "skills=erlang", Frequency.INSTANT, "UTC");
		UserAccount other = users.create("OtherPerson", Role.CANDIDATE);
		String othersToken = save(other, "Ocaml", "skills=ocaml", Frequency.INSTANT, "UTC").token();
		WebSession anyone = new WebSession(port);
		assertThat(anyone.get("/alerts/no-such-token").status()).isEqualTo(404);
		String csrf = anyone.csrfToken("/alerts/" + othersToken);
		assertThat(anyone
			.post("/alerts/" + othersToken + "/searches/" + saved.searchId() + "/delete", Map.of("_csrf", csrf))
			.status()).isEqualTo(404);
		assertThat(alerts.manage(saved.token()).searches()).hasSize(1);
	}

	private Alerts.Saved save(UserAccount account, String name, String query, Frequency frequency, String zone) {
		return alerts.save(new Alerts.Request(name, JobQuery.fromQueryString(query), frequency, null, zone),
				account.getId(), account.getEmail(), "198.51.100." + (1 + (int) (account.getId() % 200)));
	}

	private long subscriberOf(UserAccount account) {
		return jdbc.sql("select id from alert_subscriber where account_id = :account")
			.param("account", account.getId())
			.query(Long.class)
			.single();
	}

	private long announcedTo(long subscriber) {
		return jdbc.sql("select count(*) from alert_heard where subscriber_id = :subscriber")
			.param("subscriber", subscriber)
			.query(Long.class)
			.single();
	}

}
