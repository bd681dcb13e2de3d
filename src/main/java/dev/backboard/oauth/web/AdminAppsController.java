package dev.backboard.oauth.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.core.NotFound;
import dev.backboard.oauth.AppClients;
import dev.backboard.oauth.AppRegistration;
import dev.backboard.oauth.AppScope;
import dev.backboard.oauth.InvalidAppClient;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Admins register the apps that may ask people for access: the client id (and, for a
 * confidential app, the secret) is shown once, in the answer to the POST that made it.
 */
@Controller
class AdminAppsController {

	private final AppClients clients;

	AdminAppsController(AppClients clients) {
		this.clients = clients;
	}

	@GetMapping("/admin/apps")
	String list(@RequestParam Map<String, String> flags, Map<String, Object> model) {
		return page(model, Map.of(), Map.of(), null, flags.containsKey("deleted") ? "The app is deleted." : null);
	}

	@PostMapping("/admin/apps")
	String register(@AuthenticationPrincipal SignedInUser admin, @RequestParam(defaultValue = "") String name,
			@RequestParam(defaultValue = "") String redirectUris, @RequestParam(defaultValue = "public") String type,
			@RequestParam(required = false) @Nullable List<String> scopes,
			@RequestParam(defaultValue = "") String origins, HttpServletResponse response, Map<String, Object> model) {
		var registration = new AppRegistration(name, redirectUris, "confidential".equals(type),
				scopes == null ? List.of() : scopes, origins);
		try {
			return page(model, Map.of(), Map.of(), clients.register(admin.accountId(), registration), null);
		}
		catch (InvalidAppClient ex) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			Map<String, String> values = new LinkedHashMap<>();
			values.put("name", name);
			values.put("redirectUris", redirectUris);
			values.put("type", type);
			values.put("origins", origins);
			return page(model, values, ex.errors(), null, null);
		}
	}

	@PostMapping("/admin/apps/{id}/delete")
	String delete(@PathVariable String id) {
		if (!clients.delete(id)) {
			throw new NotFound("app");
		}
		return "redirect:/admin/apps?deleted";
	}

	private String page(Map<String, Object> model, Map<String, String> values, Map<String, String> errors,
			AppClients.@Nullable Registered registered, @Nullable String notice) {
		model.put("apps", clients.all());
		model.put("scopes", List.of(AppScope.values()));
		model.put("values", values);
		model.put("errors", errors);
		model.put("registered", registered);
		model.put("notice", notice);
		return "oauth/admin";
	}

}
