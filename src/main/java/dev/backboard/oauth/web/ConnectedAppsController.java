package dev.backboard.oauth.web;

import java.util.Map;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.core.NotFound;
import dev.backboard.oauth.ConnectedApps;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The apps a person authorized, each with what it may do and a button to revoke it. */
@Controller
class ConnectedAppsController {

	private final ConnectedApps apps;

	ConnectedAppsController(ConnectedApps apps) {
		this.apps = apps;
	}

	@GetMapping("/account/apps")
	String list(@AuthenticationPrincipal SignedInUser user, @RequestParam Map<String, String> flags,
			Map<String, Object> model) {
		model.put("apps", apps.of(user.accountId()));
		model.put("notice", flags.containsKey("revoked") ? "The app can no longer use your account." : null);
		return "oauth/connected";
	}

	@PostMapping("/account/apps/{id}/revoke")
	String revoke(@AuthenticationPrincipal SignedInUser user, @PathVariable String id) {
		if (!apps.revoke(user.accountId(), id)) {
			throw new NotFound("app");
		}
		return "redirect:/account/apps?revoked";
	}

}
