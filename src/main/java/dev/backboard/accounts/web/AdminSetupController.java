package dev.backboard.accounts.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import dev.backboard.accounts.FirstAdmin;
import dev.backboard.accounts.InvalidForm;
import dev.backboard.accounts.InvalidLink;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The page the setup link in the log opens, while the board has no admin.
 */
@Controller
class AdminSetupController {

	private final FirstAdmin firstAdmin;

	AdminSetupController(FirstAdmin firstAdmin) {
		this.firstAdmin = firstAdmin;
	}

	@GetMapping("/setup/admin")
	String form(@RequestParam(defaultValue = "") String token, HttpServletResponse response,
			Map<String, Object> model) {
		if (!firstAdmin.isUsable(token)) {
			return invalid(response, model);
		}
		model.put("token", token);
		model.put("values", Map.of());
		model.put("errors", Map.of());
		return "accounts/admin-setup";
	}

	@PostMapping("/setup/admin")
	String create(@RequestParam(defaultValue = "") String token, @RequestParam(defaultValue = "") String displayName,
			@RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String password,
			HttpServletResponse response, Map<String, Object> model) {
		try {
			firstAdmin.create(token, displayName, email, password);
		}
		catch (InvalidLink ex) {
			return invalid(response, model);
		}
		catch (InvalidForm ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			Map<String, String> values = new LinkedHashMap<>();
			values.put("displayName", displayName);
			values.put("email", email);
			model.put("token", token);
			model.put("values", values);
			model.put("errors", ex.errors());
			return "accounts/admin-setup";
		}
		model.put("title", "The admin account is ready");
		model.put("message", "Sign in with the address and password you just chose.");
		model.put("linkHref", "/login");
		model.put("linkLabel", "Sign in");
		return "accounts/message";
	}

	private static String invalid(HttpServletResponse response, Map<String, Object> model) {
		Links.invalid(response, model);
		model.put("message", "The setup link has expired, was used, or an admin exists already. "
				+ "Restart the board to get a new link while there is no admin.");
		model.put("linkHref", "/login");
		model.put("linkLabel", "Sign in");
		return "accounts/message";
	}

}
