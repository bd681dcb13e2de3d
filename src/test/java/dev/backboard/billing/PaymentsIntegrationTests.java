package dev.backboard.billing;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.billing.internal.StripeReconciliation;
import dev.backboard.companies.ApiTokens;
import dev.backboard.companies.Companies;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyForm;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.MemberRole;
import dev.backboard.core.Actor;
import dev.backboard.core.privacy.PersonalData;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobStatus;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.support.Api;
import dev.backboard.support.MutableClock;
import dev.backboard.support.SampleJobs;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Paid listings end to end: the board's Stripe client against the local stand-in, and
 * Stripe's events signed with the real scheme and sent to the webhook. The webhook, not
 * the browser's return, decides.
 */
@PaidBoard
class PaymentsIntegrationTests {

	static final StripeStandIn stripe = StripeStandIn.shared();

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
	Credits credits;

	@Autowired
	Prices prices;

	@Autowired
	ApiTokens tokens;

	@Autowired
	StripeReconciliation reconciliation;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	MutableClock clock;

	@Autowired
	PaymentEvents paymentEvents;

	@Autowired
	List<PersonalData> personalData;

	@BeforeEach
	void connect() {
		clock.reset();
		stripe.connect(port, clock::instant);
	}

	@Test
	void aSubmittedJobWaitsForItsPaymentAndGoesLiveWhenStripeSaysItIsPaid() {
		Employer employer = employer("Paid");
		long jobId = draft(employer, "Kotlin Payments Engineer");

		Api.Response submitted = employer.post("/employer/jobs/" + jobId + "/submit", Map.of());
		assertThat(submitted.status()).isEqualTo(302);
		assertThat(submitted.header("Location")).isEqualTo("/employer/jobs/" + jobId + "/checkout");
		assertThat(status(jobId)).isEqualTo(JobStatus.PENDING_PAYMENT);

		Document checkout = employer.session().page("/employer/jobs/" + jobId + "/checkout");
		assertThat(checkout.select("input[name=price]").eachAttr("value")).containsExactly("listing-30", "listing-60");
		int before = stripe.sessionsCreated();
		String location = pay(employer, jobId, "listing-60");
		assertThat(location).startsWith(stripe.baseUrl() + "/checkout/cs_test_");
		// A double click: the same checkout, no second session at Stripe.
		assertThat(pay(employer, jobId, "listing-60")).isEqualTo(location);
		assertThat(stripe.sessionsCreated()).isEqualTo(before + 1);
		// Another listing while that checkout is open is refused, next to the choice.
		assertThat(pay(employer, jobId, "listing-30")).isEqualTo("/employer/jobs/" + jobId + "/checkout");
		assertThat(employer.session().page("/employer/jobs/" + jobId + "/checkout").select("#price-error").text())
			.contains("a checkout for 60-day listing is open");
		assertThat(stripe.idempotencyKeys()).last().asString().startsWith("backboard-checkout-order-");

		StripeStandIn.CheckoutSession session = session(location);
		assertThat(session.amount()).isEqualTo(14900);
		assertThat(session.currency()).isEqualTo("usd");
		// Back from Stripe before the webhook: nothing is granted yet.
		Api.Response early = employer.session().get("/employer/billing/return?session_id=" + session.id());
		assertThat(early.body()).contains("Waiting for payment confirmation");
		assertThat(early.header("Refresh")).isEqualTo("2");
		assertThat(status(jobId)).isEqualTo(JobStatus.PENDING_PAYMENT);

		HttpResponse<String> delivered = stripe.deliver(stripe.completed(session));
		assertThat(delivered.statusCode()).isEqualTo(200);
		assertThat(delivered.body()).contains("applied");
		Job job = jobs.findForCompany(employer.company().getId(), jobId);
		assertThat(job.getStatus()).isEqualTo(JobStatus.PUBLISHED);
		assertThat(job.getValidThrough()).isEqualTo(clock.instant().plus(Duration.ofDays(60)));

		Api.Response returned = employer.session().get("/employer/billing/return?session_id=" + session.id());
		assertThat(returned.body()).contains("Payment confirmed").contains("149.00 USD").contains("published");
		assertThat(returned.header("Refresh")).isNull();
		Document billing = employer.session().page("/employer/billing");
		assertThat(billing.select("a.receipt").attr("href"))
			.isEqualTo(stripe.baseUrl() + "/receipts/" + session.charge());
		assertThat(billing.select("a.invoice").attr("href"))
			.isEqualTo(stripe.baseUrl() + "/invoices/" + session.invoice());
		assertThat(billing.select("#order-" + session.orderId() + " .status").text()).isEqualTo("Paid");
		assertThat(paymentEvents.succeeded(session.orderId())).singleElement()
			.satisfies(event -> assertThat(event.amount()).isEqualTo(14900));
	}

	@Test
	void theWebhookMayArriveBeforeTheBrowserReturns() {
		Employer employer = employer("Early");
		long jobId = submitted(employer, "Go Platform Engineer");
		StripeStandIn.CheckoutSession session = session(pay(employer, jobId, "listing-30"));

		assertThat(stripe.deliver(stripe.completed(session)).statusCode()).isEqualTo(200);

		Api.Response returned = employer.session().get("/employer/billing/return?session_id=" + session.id());
		assertThat(returned.body()).contains("Payment confirmed").doesNotContain("Waiting");
		assertThat(status(jobId)).isEqualTo(JobStatus.PUBLISHED);
	}

	@Test
	void aReplayedEventTakesEffectOnceEvenWhenDeliveredTwiceAtTheSameTime() throws Exception {
		Employer employer = employer("Replay");
		long jobId = submitted(employer, "Rust Storage Engineer");
		StripeStandIn.CheckoutSession session = session(pay(employer, jobId, "listing-30"));
		String event = stripe.completed(session);

		List<HttpResponse<String>> answers = concurrently(2, () -> stripe.deliver(event));
		assertThat(answers).allSatisfy(answer -> assertThat(answer.statusCode()).isEqualTo(200));
		assertThat(answers).extracting(HttpResponse::body).anyMatch(body -> body.contains("duplicate"));
		assertThat(stripe.deliver(event).body()).contains("duplicate");

		assertThat(jobs.transitions(jobId)).filteredOn(t -> t.to() == JobStatus.PUBLISHED).hasSize(1);
		assertThat(paymentEvents.succeeded(session.orderId())).hasSize(1);
	}

	@Test
	void aForgedOrOldSignatureIsRefusedAndChangesNothing() {
		Employer employer = employer("Forged");
		long jobId = submitted(employer, "Scala Data Engineer");
		StripeStandIn.CheckoutSession session = session(pay(employer, jobId, "listing-30"));
		String event = stripe.completed(session);
		long now = clock.instant().getEpochSecond();

		HttpResponse<String> forged = stripe.deliver(event, StripeStandIn.signature(event, now, "whsec_somebody_else"));
		HttpResponse<String> tampered = stripe.deliver(event.replace("\"paid\"", "\"paid\" "),
				StripeStandIn.signature(event, now, StripeStandIn.WEBHOOK_SECRET));
		HttpResponse<String> old = stripe.deliver(event,
				StripeStandIn.signature(event, now - 301, StripeStandIn.WEBHOOK_SECRET));
		HttpResponse<String> unsigned = stripe.deliver(event, "");

		for (HttpResponse<String> answer : List.of(forged, tampered, old, unsigned)) {
			assertThat(answer.statusCode()).isEqualTo(400);
			assertThat(answer.headers().firstValue("Content-Type"))
				.hasValueSatisfying(type -> assertThat(type).startsWith("application/problem+json"));
			assertThat(answer.body()).contains("Stripe-Signature");
		}
		assertThat(status(jobId)).isEqualTo(JobStatus.PENDING_PAYMENT);
		assertThat(orderStatus(session)).isEqualTo("PENDING");
		assertThat(eventStored(event)).isFalse();
		// Within the tolerance it is accepted.
		assertThat(stripe.deliver(event, StripeStandIn.signature(event, now - 299, StripeStandIn.WEBHOOK_SECRET))
			.statusCode()).isEqualTo(200);
		assertThat(status(jobId)).isEqualTo(JobStatus.PUBLISHED);
	}

	@Test
	void anExpiredCheckoutLeavesTheJobWaitingAndAnotherCheckoutCanStart() {
		Employer employer = employer("Expired");
		long jobId = submitted(employer, "Elixir Engineer");
		String first = pay(employer, jobId, "listing-30");
		StripeStandIn.CheckoutSession session = session(first);

		assertThat(stripe.deliver(stripe.expired(session)).statusCode()).isEqualTo(200);

		assertThat(orderStatus(session)).isEqualTo("EXPIRED");
		assertThat(status(jobId)).isEqualTo(JobStatus.PENDING_PAYMENT);
		String second = pay(employer, jobId, "listing-30");
		assertThat(second).isNotEqualTo(first);
		stripe.deliver(stripe.completed(session(second)));
		assertThat(status(jobId)).isEqualTo(JobStatus.PUBLISHED);
		// The old session's expiry, repeated late, changes nothing.
		assertThat(stripe.deliver(stripe.expired(session)).statusCode()).isEqualTo(200);
		assertThat(status(jobId)).isEqualTo(JobStatus.PUBLISHED);
	}

	@Test
	void aFailedPaymentIsShownAndALaterSuccessStillCounts() {
		Employer employer = employer("Declined");
		long jobId = submitted(employer, "Haskell Engineer");
		StripeStandIn.CheckoutSession session = session(pay(employer, jobId, "listing-30"));

		stripe.deliver(stripe.paymentFailed(session, "Your card has insufficient funds."));

		assertThat(orderStatus(session)).isEqualTo("FAILED");
		assertThat(status(jobId)).isEqualTo(JobStatus.PENDING_PAYMENT);
		assertThat(employer.session().get("/employer/billing/return?session_id=" + session.id()).body())
			.contains("Your card has insufficient funds.");
		stripe.deliver(stripe.completed(session));
		assertThat(orderStatus(session)).isEqualTo("PAID");
		assertThat(status(jobId)).isEqualTo(JobStatus.PUBLISHED);
		// Out of order: the failure again, after the success, changes nothing.
		stripe.deliver(stripe.paymentFailed(session, "Your card was declined."));
		assertThat(orderStatus(session)).isEqualTo("PAID");
	}

	@Test
	void aRefundedListingIsClosedAndARefundedUpgradeWithdrawn() {
		Employer employer = employer("Refund");
		long jobId = submitted(employer, "Clojure Engineer");
		StripeStandIn.CheckoutSession listing = session(pay(employer, jobId, "listing-30"));
		stripe.deliver(stripe.completed(listing));
		Api.Response featuredCheckout = employer.post("/employer/billing/featured",
				Map.of("job", Long.toString(jobId), "price", "featured-7"));
		StripeStandIn.CheckoutSession upgrade = session(featuredCheckout.header("Location"));
		stripe.deliver(stripe.completed(upgrade));
		Job featured = jobs.findForCompany(employer.company().getId(), jobId);
		assertThat(featured.isFeatured()).isTrue();
		assertThat(featured.getFeaturedUntil()).isEqualTo(clock.instant().plus(Duration.ofDays(7)));

		stripe.deliver(stripe.refunded(upgrade));
		assertThat(jobs.findForCompany(employer.company().getId(), jobId).isFeatured()).isFalse();
		assertThat(status(jobId)).isEqualTo(JobStatus.PUBLISHED);

		stripe.deliver(stripe.refunded(listing));
		assertThat(status(jobId)).isEqualTo(JobStatus.CLOSED);
		assertThat(orderStatus(listing)).isEqualTo("REFUNDED");
		assertThat(paymentEvents.refunded(listing.orderId())).singleElement()
			.satisfies(event -> assertThat(event.full()).isTrue());
		assertThat(employer.session().page("/employer/billing").select("#order-" + listing.orderId()).text())
			.contains("Refunded")
			.contains("refunded 99.00 USD");
	}

	@Test
	void aFeaturedUpgradeEndsWhenItsDaysAreUp() {
		Employer employer = employer("Upgrade");
		long jobId = submitted(employer, "Julia Engineer");
		stripe.deliver(stripe.completed(session(pay(employer, jobId, "listing-30"))));
		Api.Response upgrade = employer.post("/employer/billing/featured",
				Map.of("job", Long.toString(jobId), "price", "featured-7"));
		stripe.deliver(stripe.completed(session(upgrade.header("Location"))));
		assertThat(jobs.findForModeration(jobId).isFeatured()).isTrue();

		clock.set(clock.instant().plus(Duration.ofDays(7)).plusSeconds(1));
		jobs.expireDue();

		Job job = jobs.findForModeration(jobId);
		assertThat(job.isFeatured()).isFalse();
		assertThat(job.getStatus()).isEqualTo(JobStatus.PUBLISHED);
	}

	@Test
	void freeListingsTheOperatorGrantsAreSpentBeforeAnyCheckout() {
		Employer employer = employer("Allowance");
		WebSession admin = users.signIn(port, users.create("Admin", Role.ADMIN));
		String csrf = admin.csrfToken("/admin/billing");
		admin.post("/admin/billing/allowances",
				Map.of("_csrf", csrf, "company", "no-such-company", "freeListings", "1"));
		assertThat(admin.page("/admin/billing").select("#company-error").text()).contains("no company");
		admin.post("/admin/billing/allowances",
				Map.of("_csrf", csrf, "company", employer.company().getSlug(), "freeListings", "1"));
		int sessions = stripe.sessionsCreated();

		long free = draft(employer, "Crystal Engineer");
		Api.Response submitted = employer.post("/employer/jobs/" + free + "/submit", Map.of());
		assertThat(submitted.header("Location")).isEqualTo("/employer");
		assertThat(status(free)).isEqualTo(JobStatus.PUBLISHED);
		assertThat(credits.balance(employer.company().getId()).freeListings()).isZero();
		long paid = draft(employer, "Pony Engineer");
		employer.post("/employer/jobs/" + paid + "/submit", Map.of());
		assertThat(status(paid)).isEqualTo(JobStatus.PENDING_PAYMENT);
		assertThat(stripe.sessionsCreated()).isEqualTo(sessions);
	}

	@Test
	void aDisputeIsFlaggedForModeratorsAndTheOperator() {
		Employer employer = employer("Dispute");
		long jobId = submitted(employer, "OCaml Engineer");
		StripeStandIn.CheckoutSession session = session(pay(employer, jobId, "listing-30"));
		stripe.deliver(stripe.completed(session));

		assertThat(stripe.deliver(stripe.disputed(session)).statusCode()).isEqualTo(200);

		assertThat(order(session, "dispute_reason", String.class)).isEqualTo("fraudulent");
		assertThat(jdbc.sql("select details from job_report where job_id = :job")
			.param("job", jobId)
			.query(String.class)
			.list()).singleElement().asString().contains("Payment disputed").contains("fraudulent");
		WebSession admin = users.signIn(port, users.create("Admin", Role.ADMIN));
		assertThat(admin.page("/admin/billing").select("#disputes").text()).contains(employer.company().getName());
	}

	@Test
	void twoMembersSpendingTheLastCreditAtOnceSpendItOnce() throws Exception {
		Employer employer = employer("Credits");
		UserAccount recruiter = users.create("Recruiter", Role.EMPLOYER);
		members.add(employer.company().getId(), recruiter.getId(), MemberRole.RECRUITER);
		Api.Response bought = employer.post("/employer/billing/packages",
				Map.of("price", "package-5", "requestKey", "key-" + System.nanoTime()));
		StripeStandIn.CheckoutSession pack = session(bought.header("Location"));
		stripe.deliver(stripe.completed(pack));
		assertThat(credits.balance(employer.company().getId()).packageCredits()).isEqualTo(5);
		jdbc.sql("update billing_credit set package_credits = 1 where company_id = :c")
			.param("c", employer.company().getId())
			.update();
		long first = draft(employer, "Zig Engineer");
		long second = draft(employer, "Nim Engineer");
		long companyId = employer.company().getId();

		List<Job> submitted = concurrently(2,
				List.of(() -> jobs.submit(companyId, first, Actor.person(employer.owner().getId(), "Owner")),
						() -> jobs.submit(companyId, second, Actor.person(recruiter.getId(), "Recruiter"))));

		assertThat(submitted).extracting(Job::getStatus)
			.containsExactlyInAnyOrder(JobStatus.PUBLISHED, JobStatus.PENDING_PAYMENT);
		assertThat(credits.balance(companyId).packageCredits()).isZero();
	}

	@Test
	void aJobClosedWhileItsPaymentWasUnderWayIsRefunded() {
		Employer employer = employer("Closed");
		long jobId = submitted(employer, "Erlang Engineer");
		StripeStandIn.CheckoutSession session = session(pay(employer, jobId, "listing-30"));
		employer.post("/employer/jobs/" + jobId + "/close", Map.of());
		assertThat(status(jobId)).isEqualTo(JobStatus.CLOSED);
		int refunds = stripe.refundsCreated();

		assertThat(stripe.deliver(stripe.completed(session)).statusCode()).isEqualTo(200);

		assertThat(status(jobId)).isEqualTo(JobStatus.CLOSED);
		assertThat(stripe.refundsCreated()).isEqualTo(refunds + 1);
		assertThat(stripe.idempotencyKeys()).contains("backboard-refund-order-" + session.orderId());
		assertThat(orderStatus(session)).isEqualTo("REFUNDED");
	}

	@Test
	void aPersonsPurchasesAreExportedAndErasureKeepsTheCompanysRecords() {
		Employer employer = employer("Privacy");
		long jobId = submitted(employer, "Pascal Engineer");
		StripeStandIn.CheckoutSession session = session(pay(employer, jobId, "listing-30"));
		stripe.deliver(stripe.completed(session));
		PersonalData purchases = personalData.stream()
			.filter(part -> part.section().equals("purchases"))
			.findFirst()
			.orElseThrow();

		assertThat(purchases.export(employer.owner().getId())).asString()
			.contains("30-day listing")
			.contains("Pascal Engineer")
			.contains("PAID");
		purchases.erase(employer.owner().getId());

		assertThat(purchases.export(employer.owner().getId())).asList().isEmpty();
		assertThat(orderStatus(session)).isEqualTo("PAID");
		assertThat(order(session, "created_by is null", Boolean.class)).isTrue();
	}

	@Test
	void unknownEventsAreAcknowledgedAndIgnored() {
		HttpResponse<String> answer = stripe.deliver(stripe.unknown());
		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).contains("ignored");
	}

	@Test
	void theReconciliationAppliesEventsTheWebhookMissed() {
		Employer employer = employer("Missed");
		long jobId = submitted(employer, "F# Engineer");
		StripeStandIn.CheckoutSession session = session(pay(employer, jobId, "listing-30"));
		String event = stripe.completed(session); // in Stripe's log, never delivered
		assertThat(status(jobId)).isEqualTo(JobStatus.PENDING_PAYMENT);

		assertThat(reconciliation.reconcile()).isPositive();

		assertThat(status(jobId)).isEqualTo(JobStatus.PUBLISHED);
		assertThat(stripe.deliver(event).body()).contains("duplicate");
		reconciliation.reconcile();
		assertThat(jobs.transitions(jobId)).filteredOn(t -> t.to() == JobStatus.PUBLISHED).hasSize(1);
	}

	@Test
	void onlyOwnersAndBillingMembersSeeTheBillingPage() {
		Employer employer = employer("Roles");
		UserAccount recruiter = users.create("Recruiter", Role.EMPLOYER);
		UserAccount billing = users.create("Bookkeeper", Role.EMPLOYER);
		members.add(employer.company().getId(), recruiter.getId(), MemberRole.RECRUITER);
		members.add(employer.company().getId(), billing.getId(), MemberRole.BILLING);

		assertThat(users.signIn(port, recruiter).get("/employer/billing").status()).isEqualTo(403);
		WebSession bookkeeper = users.signIn(port, billing);
		assertThat(bookkeeper.get("/employer/billing").status()).isEqualTo(200);
		assertThat(
				bookkeeper
					.post("/employer/billing/packages",
							Map.of("_csrf", bookkeeper.csrfToken("/employer/billing"), "price", "package-5",
									"requestKey", "bookkeeper-" + System.nanoTime()))
					.header("Location"))
			.startsWith(stripe.baseUrl());
	}

	@Test
	void theApiTellsThePriceAndSubmittingAnswersWithTheCheckout() {
		Employer employer = employer("Api");
		long jobId = draft(employer, "Java Payments Engineer");
		String token = tokens
			.create(employer.company().getId(), employer.owner().getId(), "billing", List.of("jobs:read", "jobs:write"))
			.secret();
		Map<String, String> bearer = Map.of("Authorization", "Bearer " + token);

		Api.Response price = new Api(port).send("GET", "/api/v1/company/jobs/" + jobId + "/price", bearer);
		assertThat(price.status()).isEqualTo(200);
		assertThat(price.json().get("coveredBy").asString()).isEqualTo("checkout");
		assertThat(price.json().get("price").get("amount").asLong()).isEqualTo(9900);

		Api.Response submitted = new Api(port).send("POST", "/api/v1/jobs/" + jobId + "/submit", bearer);
		assertThat(submitted.status()).isEqualTo(200);
		assertThat(submitted.json().get("status").asString()).isEqualTo("PENDING_PAYMENT");
		String url = submitted.json().get("checkoutUrl").asString();
		assertThat(url).startsWith(stripe.baseUrl() + "/checkout/");
		stripe.deliver(stripe.completed(session(url)));
		assertThat(status(jobId)).isEqualTo(JobStatus.PUBLISHED);
	}

	@Test
	void aPriceChangeKeepsWhatWasAlreadyBoughtAndBadInputIsNamed() {
		Employer employer = employer("History");
		long jobId = submitted(employer, "Dart Engineer");
		StripeStandIn.CheckoutSession session = session(pay(employer, jobId, "listing-30"));
		WebSession admin = users.signIn(port, users.create("Admin", Role.ADMIN));
		String csrf = admin.csrfToken("/admin/billing");

		Api.Response refused = admin.post("/admin/billing/prices", Map.of("_csrf", csrf, "code", "listing-30", "kind",
				"LISTING", "label", "30 days", "amount", "lots", "days", "30"));
		assertThat(refused.status()).isEqualTo(302);
		assertThat(admin.page("/admin/billing").select("#amount-error").text()).contains("whole number");
		admin.post("/admin/billing/prices", Map.of("_csrf", csrf, "code", "listing-30", "kind", "LISTING", "label",
				"30-day listing", "amount", "12900", "days", "30"));

		assertThat(prices.current("listing-30")).hasValueSatisfying(p -> assertThat(p.amount()).isEqualTo(12900));
		stripe.deliver(stripe.completed(session));
		assertThat(order(session, "amount", Long.class)).isEqualTo(9900);
		String csv = new String(admin.download("/admin/billing/payments.csv").body());
		assertThat(csv).startsWith("order_id,paid_at").contains(session.orderId() + ",").contains("99.00,USD");
		prices.set("listing-30", PriceKind.LISTING, "30-day listing", 9900, 30, null);
	}

	// Fixtures

	record Employer(Company company, UserAccount owner, WebSession session) {

		Api.Response post(String path, Map<String, String> fields) {
			Map<String, String> withToken = new java.util.HashMap<>(fields);
			withToken.put("_csrf", session.csrfToken("/account"));
			return session.post(path, withToken);
		}

	}

	private Employer employer(String name) {
		UserAccount owner = users.create("Owner " + name, Role.EMPLOYER);
		Company company = companies.create(owner.getId(),
				new CompanyForm(name + " Payments " + System.nanoTime(), "https://example.com", "About us", null, null),
				null);
		return new Employer(company, owner, users.signIn(port, owner));
	}

	private long draft(Employer employer, String title) {
		return jobs
			.createDraft(employer.company().getId(),
					SampleJobs
						.job(title, "Services on PostgreSQL.", WorkplaceType.REMOTE, List.of(), Seniority.SENIOR, null,
								List.of(new JobSkill("postgresql", true)))
						.build(),
					Actor.person(employer.owner().getId(), "Owner"))
			.getId();
	}

	private long submitted(Employer employer, String title) {
		long jobId = draft(employer, title);
		employer.post("/employer/jobs/" + jobId + "/submit", Map.of());
		assertThat(status(jobId)).isEqualTo(JobStatus.PENDING_PAYMENT);
		return jobId;
	}

	/**
	 * Starts the checkout as the page's form does and answers where it sends the browser.
	 */
	private String pay(Employer employer, long jobId, String price) {
		Api.Response response = employer.post("/employer/jobs/" + jobId + "/checkout", Map.of("price", price));
		assertThat(response.status()).isEqualTo(302);
		return response.header("Location");
	}

	private static StripeStandIn.CheckoutSession session(String checkoutUrl) {
		return stripe.session(checkoutUrl.substring(checkoutUrl.lastIndexOf('/') + 1));
	}

	private JobStatus status(long jobId) {
		return jobs.findForModeration(jobId).getStatus();
	}

	private String orderStatus(StripeStandIn.CheckoutSession session) {
		return order(session, "status", String.class);
	}

	private <T> T order(StripeStandIn.CheckoutSession session, String column, Class<T> type) {
		return jdbc.sql("select " + column + " from billing_order where checkout_session_id = :s")
			.param("s", session.id())
			.query(type)
			.single();
	}

	private boolean eventStored(String event) {
		java.util.regex.Matcher id = java.util.regex.Pattern.compile("\"id\":\"(evt_[^\"]+)\"").matcher(event);
		assertThat(id.find()).isTrue();
		return jdbc.sql("select count(*) from billing_stripe_event where id = :id")
			.param("id", id.group(1))
			.query(Long.class)
			.single() > 0;
	}

	private static <T> List<T> concurrently(int times, Callable<T> task) throws Exception {
		List<Callable<T>> tasks = new ArrayList<>();
		for (int i = 0; i < times; i++) {
			tasks.add(task);
		}
		return concurrently(times, tasks);
	}

	private static <T> List<T> concurrently(int threads, List<Callable<T>> tasks) throws Exception {
		CountDownLatch start = new CountDownLatch(1);
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<Future<T>> futures = new ArrayList<>();
			for (Callable<T> task : tasks) {
				futures.add(pool.submit(() -> {
					start.await();
					return task.call();
				}));
			}
			start.countDown();
			List<T> results = new ArrayList<>();
			for (Future<T> future : futures) {
				results.add(future.get());
			}
			return results;
		}
	}

}
