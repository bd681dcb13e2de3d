package dev.backboard.billing.web;

import jakarta.servlet.http.HttpServletResponse;

import dev.backboard.billing.BillingProperties;

import org.springframework.stereotype.Component;

/**
 * A page whose form ends on Stripe's checkout (the POST answers with a redirect there)
 * must allow that origin in its {@code form-action}: browsers check every redirect of a
 * form's submission against the policy of the page that holds the form.
 */
@Component
class CheckoutForms {

	private static final String HEADER = "Content-Security-Policy";

	private final BillingProperties properties;

	CheckoutForms(BillingProperties properties) {
		this.properties = properties;
	}

	void allow(HttpServletResponse response) {
		String policy = response.getHeader(HEADER);
		String origin = properties.stripe().checkoutOrigin();
		if (policy != null && origin.matches("https?://[A-Za-z0-9.-]+(:\\d{1,5})?")) {
			response.setHeader(HEADER, policy.replace("form-action 'self'", "form-action 'self' " + origin));
		}
	}

}
