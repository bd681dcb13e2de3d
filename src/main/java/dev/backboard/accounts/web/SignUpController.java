package dev.backboard.accounts.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import jakarta.servlet.http.HttpServletResponse;

import dev.backboard.accounts.InvalidForm;
import dev.backboard.accounts.Role;
import dev.backboard.accounts.SignUps;
import dev.backboard.core.ratelimit.RateLimits;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-up form. A new address and a taken one end on the same "check your inbox"
 * page.
 */
@Controller
class SignUpController {

	private static final Logger log = LoggerFactory.getLogger(SignUpController.class);

	private final SignUps signUps;

	private final RateLimits limits;

	SignUpController(SignUps signUps, RateLimits limits) {
		this.signUps = signUps;
		this.limits = limits;
	}

	@GetMapping("/signup")
	String form(Map<String, Object> model) {
		model.put("values", Map.of());
		model.put("errors", Map.of());
		return "accounts/signup";
	}

	@PostMapping("/signup")
	String signUp(@RequestParam(defaultValue = "") String displayName, @RequestParam(defaultValue = "") String email,
			@RequestParam(defaultValue = "") String password, @RequestParam(defaultValue = "") String role,
			HttpServletRequest request, HttpServletResponse response, Map<String, Object> model) {
		limits.consume("signup-ip", request.getRemoteAddr());
		try {
			signUps.signUp(new SignUps.Form(displayName, email, password, role(role)));
		}
		catch (InvalidForm ex) {
			Map<String, String> values = new LinkedHashMap<>();
			values.put("displayName", displayName);
			values.put("email", email);
			values.put("role", role);
			model.put("values", values);
			model.put("errors", ex.errors());
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return "accounts/signup";
		}
		catch (DataIntegrityViolationException ex) {
			// Someone signed up with the same address a moment earlier: the address is
			// taken,
			// and the answer is the same as for any taken address.
		}
		model.put("title", "Check your inbox");
		model.put("message", "We sent a mail to " + email.strip()
				+ ". Follow the link in it to confirm your address and finish signing up.");
		return "accounts/message";
	}

	private static Role role(String value) {
		return switch (value) {
			case "EMPLOYER" -> Role.EMPLOYER;
			case "CANDIDATE" -> Role.CANDIDATE;
			default -> null;
		};
	}

}
