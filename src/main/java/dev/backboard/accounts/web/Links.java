package dev.backboard.accounts.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The page for a mail link that no longer works. Expired, used and unknown links look the
 * same.
 */
final class Links {

	private Links() {
	}

	static String invalid(HttpServletResponse response, Map<String, Object> model) {
		response.setStatus(HttpServletResponse.SC_GONE);
		model.put("title", "This link no longer works");
		model.put("message", "The link has expired or was already used. You can ask for a new one.");
		model.put("linkHref", "/account");
		model.put("linkLabel", "Go to your account");
		return "accounts/message";
	}

}
