package dev.backboard.oauth.web;

import java.net.URI;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletResponse;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.core.NotFound;
import dev.backboard.oauth.AppScope;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsent;
import org.springframework.security.oauth2.server.authorization.OAuth2AuthorizationConsentService;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Where a signed-in person decides what an app may do for them: each scope it asks for,
 * in plain words, already ticked; the form goes back to the authorization endpoint, which
 * checks the state it issued.
 */
@Controller
class ConsentController {

	private final RegisteredClientRepository clients;

	private final OAuth2AuthorizationConsentService consents;

	ConsentController(RegisteredClientRepository clients, OAuth2AuthorizationConsentService consents) {
		this.clients = clients;
		this.consents = consents;
	}

	/**
	 * The site's policy, but for where the consent form may lead: the authorization
	 * endpoint answers it with a redirect to the app, which a browser checks against
	 * form-action too.
	 */
	private static final String POLICY = "default-src 'self'; img-src 'self' data: https:; style-src 'self'; "
			+ "script-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

	@GetMapping("/oauth2/consent")
	String consent(@AuthenticationPrincipal SignedInUser user,
			@RequestParam(OAuth2ParameterNames.CLIENT_ID) String clientId,
			@RequestParam(name = OAuth2ParameterNames.SCOPE, defaultValue = "") String scope,
			@RequestParam(OAuth2ParameterNames.STATE) String state, HttpServletResponse response,
			Map<String, Object> model) {
		RegisteredClient client = clients.findByClientId(clientId);
		if (client == null) {
			throw new NotFound("app");
		}
		OAuth2AuthorizationConsent previous = consents.findById(client.getId(), user.getName());
		Set<String> approved = previous == null ? Set.of() : previous.getScopes();
		List<AppScope> asked = new ArrayList<>();
		List<AppScope> kept = new ArrayList<>();
		for (String value : new LinkedHashSet<>(Arrays.asList(scope.split(" ")))) {
			// The authorization endpoint has already refused scopes the app was not
			// registered with; openid is not a power over the account.
			Optional<AppScope> known = AppScope.of(value);
			if (known.isEmpty()) {
				continue;
			}
			(approved.contains(value) ? kept : asked).add(known.get());
		}
		response.setHeader("Content-Security-Policy", POLICY + formActions(client));
		model.put("appName", client.getClientName());
		model.put("clientId", clientId);
		model.put("state", state);
		model.put("asked", asked);
		model.put("kept", kept);
		model.put("identity", scope.contains(OidcScopes.OPENID));
		model.put("email", user.email());
		return "oauth/consent";
	}

	/** The app's redirect URIs as CSP sources: a loopback one on any port (RFC 8252). */
	private static String formActions(RegisteredClient client) {
		StringBuilder sources = new StringBuilder();
		for (String redirect : client.getRedirectUris()) {
			URI uri = URI.create(redirect);
			String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
			if (!scheme.equals("http") && !scheme.equals("https")) {
				sources.append(' ').append(scheme).append(':');
			}
			else if (scheme.equals("http")) {
				sources.append(" http://").append(uri.getHost()).append(":*");
			}
			else {
				sources.append(" https://").append(uri.getHost()).append(uri.getPort() < 0 ? "" : ":" + uri.getPort());
			}
		}
		return sources.toString();
	}

}
