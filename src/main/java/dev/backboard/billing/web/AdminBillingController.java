package dev.backboard.billing.web;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import dev.backboard.billing.BillingProperties;
import dev.backboard.billing.Credits;
import dev.backboard.billing.InvalidPurchase;
import dev.backboard.billing.PriceKind;
import dev.backboard.billing.Prices;
import dev.backboard.billing.Revenue;
import dev.backboard.billing.internal.StripeEvents;
import dev.backboard.companies.CompanyRepository;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The operator's billing page: prices and their history, free listings for a company,
 * revenue per day and month, refunds and disputes, and the CSV of every payment.
 */
@Controller
class AdminBillingController {

	private final Prices prices;

	private final Revenue revenue;

	private final Credits credits;

	private final CompanyRepository companies;

	private final BillingProperties properties;

	AdminBillingController(Prices prices, Revenue revenue, Credits credits, CompanyRepository companies,
			BillingProperties properties) {
		this.prices = prices;
		this.revenue = revenue;
		this.credits = credits;
		this.companies = companies;
		this.properties = properties;
	}

	@GetMapping("/admin/billing")
	String page(Map<String, Object> model) {
		model.put("enabled", properties.enabled());
		model.put("current", prices.current());
		model.put("history", prices.history());
		model.put("daily", revenue.daily(31));
		model.put("monthly", revenue.monthly(12));
		model.put("refunds", revenue.refunds(100));
		model.put("disputes", revenue.disputes(100));
		model.put("events", StripeEvents.HANDLED.stream().sorted().toList());
		model.put("kinds", PriceKind.values());
		return "billing/admin";
	}

	@PostMapping("/admin/billing/prices")
	String setPrice(@RequestParam(defaultValue = "") String code, @RequestParam(defaultValue = "LISTING") String kind,
			@RequestParam(defaultValue = "") String label, @RequestParam(defaultValue = "") String amount,
			@RequestParam(defaultValue = "") String days, @RequestParam(defaultValue = "") String listings,
			RedirectAttributes redirect) {
		try {
			PriceKind priceKind = parseKind(kind);
			prices.set(code, priceKind, label, number("amount", amount), optionalInt("days", days),
					optionalInt("listings", listings));
			redirect.addFlashAttribute("notice", "Price " + code.strip() + " set.");
		}
		catch (InvalidPurchase ex) {
			redirect.addFlashAttribute("errors", ex.fieldErrors());
			redirect.addFlashAttribute("values",
					Map.of("code", code, "label", label, "amount", amount, "days", days, "listings", listings));
		}
		return "redirect:/admin/billing";
	}

	@PostMapping("/admin/billing/allowances")
	String grant(@RequestParam(defaultValue = "") String company, @RequestParam(defaultValue = "") String freeListings,
			RedirectAttributes redirect) {
		try {
			long companyId = companies.findBySlug(company.strip())
				.orElseThrow(() -> new InvalidPurchase("company", "no company has this URL name"))
				.getId();
			long count = number("freeListings", freeListings);
			credits.grantFreeListings(companyId, (int) Math.clamp(count, 0, 1001));
			redirect.addFlashAttribute("notice", "Granted " + count + " free listings to " + company.strip() + ".");
		}
		catch (InvalidPurchase ex) {
			redirect.addFlashAttribute("errors", ex.fieldErrors().containsKey("listings")
					? Map.of("freeListings", ex.fieldErrors().get("listings")) : ex.fieldErrors());
			redirect.addFlashAttribute("values", Map.of("company", company, "freeListings", freeListings));
		}
		return "redirect:/admin/billing";
	}

	@GetMapping("/admin/billing/payments.csv")
	ResponseEntity<byte[]> csv() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("backboard-payments.csv").build().toString())
			.body(revenue.csv().getBytes(StandardCharsets.UTF_8));
	}

	private static PriceKind parseKind(String kind) {
		try {
			return PriceKind.valueOf(kind.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidPurchase("kind", "choose a listing, a featured upgrade or a package");
		}
	}

	private static long number(String field, String value) {
		try {
			return Long.parseLong(value.strip());
		}
		catch (NumberFormatException ex) {
			throw new InvalidPurchase(field, "must be a whole number");
		}
	}

	private static @Nullable Integer optionalInt(String field, String value) {
		if (value.isBlank()) {
			return null;
		}
		long parsed = number(field, value);
		if (parsed > Integer.MAX_VALUE || parsed < Integer.MIN_VALUE) {
			throw new InvalidPurchase(field, "is out of range");
		}
		return (int) parsed;
	}

}
