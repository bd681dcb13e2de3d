package dev.backboard.billing.web;

import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.billing.BillingProperties;
import dev.backboard.billing.Checkouts;
import dev.backboard.billing.Credits;
import dev.backboard.billing.InvalidPurchase;
import dev.backboard.billing.Order;
import dev.backboard.billing.OrderNotFound;
import dev.backboard.billing.OrderStatus;
import dev.backboard.billing.PaymentsUnavailable;
import dev.backboard.billing.PriceKind;
import dev.backboard.billing.Prices;
import dev.backboard.billing.internal.Orders;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.Membership;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobStatus;

import org.springframework.data.domain.PageRequest;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The employer's side of payments: paying for a submitted job, the company's billing page
 * (what was bought, receipts, credits, packages and featured upgrades, for owners and
 * billing members), and the page Stripe sends the employer back to.
 */
@Controller
class BillingController {

	private static final int HISTORY = 200;

	private final CompanyMembers members;

	private final JobService jobs;

	private final Prices prices;

	private final Credits credits;

	private final Orders orders;

	private final Checkouts checkouts;

	private final CheckoutForms forms;

	private final BillingProperties properties;

	BillingController(CompanyMembers members, JobService jobs, Prices prices, Credits credits, Orders orders,
			Checkouts checkouts, CheckoutForms forms, BillingProperties properties) {
		this.members = members;
		this.jobs = jobs;
		this.prices = prices;
		this.credits = credits;
		this.orders = orders;
		this.checkouts = checkouts;
		this.forms = forms;
		this.properties = properties;
	}

	@GetMapping("/employer/billing")
	String billing(@AuthenticationPrincipal SignedInUser user, Map<String, Object> model,
			HttpServletResponse response) {
		Membership membership = members.member(user.accountId()).requireBilling();
		long companyId = membership.companyId();
		forms.allow(response);
		model.put("membership", membership);
		model.put("enabled", properties.enabled());
		model.put("balance", credits.balance(companyId));
		model.put("orders", orders.ofCompany(companyId, HISTORY));
		model.put("packages", prices.current(PriceKind.PACKAGE));
		model.put("upgrades", prices.current(PriceKind.FEATURED));
		model.put("liveJobs", jobs.listForCompany(companyId, JobStatus.PUBLISHED, PageRequest.of(0, 100)).getContent());
		model.put("requestKey", UUID.randomUUID().toString());
		return "billing/billing";
	}

	@PostMapping("/employer/billing/packages")
	String buyPackage(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "") String price,
			@RequestParam(defaultValue = "") String requestKey, RedirectAttributes redirect) {
		Membership membership = members.member(user.accountId()).requireBilling();
		return toCheckout(() -> checkouts.buyPackage(membership.companyId(), price, requestKey, user.accountId()),
				"/employer/billing", redirect);
	}

	@PostMapping("/employer/billing/featured")
	String feature(@AuthenticationPrincipal SignedInUser user, @RequestParam(defaultValue = "0") long job,
			@RequestParam(defaultValue = "") String price, RedirectAttributes redirect) {
		Membership membership = members.member(user.accountId()).requireBilling();
		return toCheckout(() -> checkouts.featured(membership.companyId(), job, price, user.accountId()),
				"/employer/billing", redirect);
	}

	/** Where a submitted job is paid for: the listing prices to choose from. */
	@GetMapping("/employer/jobs/{id}/checkout")
	String checkout(@AuthenticationPrincipal SignedInUser user, @PathVariable long id, Map<String, Object> model,
			HttpServletResponse response) {
		Membership membership = members.member(user.accountId());
		Job job = jobs.findForCompany(membership.companyId(), id);
		forms.allow(response);
		model.put("job", job);
		model.put("listings", prices.current(PriceKind.LISTING));
		model.put("pending", orders.pendingForJob(id, PriceKind.LISTING).orElse(null));
		model.put("enabled", properties.enabled());
		return "billing/checkout";
	}

	@PostMapping("/employer/jobs/{id}/checkout")
	String pay(@AuthenticationPrincipal SignedInUser user, @PathVariable long id,
			@RequestParam(defaultValue = "") String price, RedirectAttributes redirect) {
		Membership membership = members.member(user.accountId());
		jobs.findForCompany(membership.companyId(), id);
		return toCheckout(() -> checkouts.listing(membership.companyId(), id, price, user.accountId()),
				"/employer/jobs/" + id + "/checkout", redirect);
	}

	/**
	 * Where Stripe sends the employer back. The browser's return proves nothing: the page
	 * shows what the webhook said, and refreshes itself while that is still nothing.
	 */
	@GetMapping("/employer/billing/return")
	String returned(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(name = "session_id", defaultValue = "") String sessionId, Map<String, Object> model,
			HttpServletResponse response) {
		Membership membership = members.member(user.accountId());
		Order order = checkouts.bySession(membership.companyId(), sessionId).orElseThrow(OrderNotFound::new);
		model.put("order", order);
		model.put("waiting", order.status() == OrderStatus.PENDING);
		if (order.status() == OrderStatus.PENDING) {
			response.setHeader("Refresh", "2");
		}
		model.put("job", order.jobId() == null ? null : jobs.findForCompany(membership.companyId(), order.jobId()));
		return "billing/return";
	}

	private String toCheckout(java.util.function.Supplier<String> start, String back, RedirectAttributes redirect) {
		try {
			return "redirect:" + start.get();
		}
		catch (InvalidPurchase ex) {
			redirect.addFlashAttribute("errors", ex.fieldErrors());
		}
		catch (PaymentsUnavailable ex) {
			redirect.addFlashAttribute("errors",
					Map.of("price", "Stripe could not be reached; nothing was charged. Try again in a moment."));
		}
		return "redirect:" + back;
	}

}
