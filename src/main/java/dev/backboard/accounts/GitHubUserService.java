package dev.backboard.accounts;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

import org.springframework.core.ParameterizedTypeReference;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.client.userinfo.DefaultOAuth2UserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserRequest;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.user.OAuth2User;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

/**
 * GitHub speaks OAuth 2 without OpenID Connect: no ID token, so the person is GitHub's
 * numeric user id under the issuer {@code https://github.com} (logins can be renamed, ids
 * cannot). The email comes from {@code /user/emails} (scope {@code user:email}); only the
 * verified primary address counts as verified. Other plain OAuth 2 providers are refused:
 * without an issuer and a stable subject they cannot be keyed safely.
 */
class GitHubUserService implements OAuth2UserService<OAuth2UserRequest, OAuth2User> {

	static final String ISSUER = "https://github.com";

	private final DefaultOAuth2UserService profiles = new DefaultOAuth2UserService();

	private final RestClient api = RestClient.create();

	private final ExternalSignIn signIn;

	GitHubUserService(ExternalSignIn signIn) {
		this.signIn = signIn;
	}

	@Override
	public OAuth2User loadUser(OAuth2UserRequest request) {
		String userInfoUri = request.getClientRegistration().getProviderDetails().getUserInfoEndpoint().getUri();
		if (userInfoUri == null || !userInfoUri.startsWith("https://api.github.com/")) {
			throw new OAuth2AuthenticationException(new OAuth2Error("unsupported_provider"));
		}
		OAuth2User profile = profiles.loadUser(request);
		Object id = profile.getAttribute("id");
		if (!(id instanceof Number number)) {
			throw new OAuth2AuthenticationException(new OAuth2Error("invalid_user_info"));
		}
		PrimaryEmail email = primaryEmail(request, profile.getAttribute("email"));
		String name = OidcAccountUserService.firstNonBlank(profile.getAttribute("name"), profile.getAttribute("login"));
		ExternalIdentity identity = new ExternalIdentity(request.getClientRegistration().getRegistrationId(), ISSUER,
				Long.toString(number.longValue()), email.address(), email.verified(),
				name == null ? "GitHub user" : name);
		return signIn.signIn(identity, null);
	}

	/**
	 * The verified primary address from {@code /user/emails}; when that call is not
	 * allowed (scope missing), the public profile email, unverified.
	 */
	private PrimaryEmail primaryEmail(OAuth2UserRequest request, @Nullable String publicEmail) {
		try {
			List<Map<String, Object>> emails = api.get()
				.uri("https://api.github.com/user/emails")
				.header(HttpHeaders.AUTHORIZATION, "Bearer " + request.getAccessToken().getTokenValue())
				.header(HttpHeaders.ACCEPT, "application/vnd.github+json")
				.retrieve()
				.body(new ParameterizedTypeReference<>() {
				});
			if (emails != null) {
				for (Map<String, Object> email : emails) {
					if (Boolean.TRUE.equals(email.get("primary")) && email.get("email") instanceof String address) {
						return new PrimaryEmail(address, Boolean.TRUE.equals(email.get("verified")));
					}
				}
			}
		}
		catch (RestClientException ex) {
			// Fall back to the public profile email below.
		}
		return new PrimaryEmail(publicEmail, false);
	}

	private record PrimaryEmail(@Nullable String address, boolean verified) {
	}

}
