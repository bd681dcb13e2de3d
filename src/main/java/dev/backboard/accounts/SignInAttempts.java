package dev.backboard.accounts;

import java.io.IOException;

import gg.jte.TemplateEngine;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import dev.backboard.core.ratelimit.RateLimits;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationFailureHandler;
import org.springframework.stereotype.Component;

/**
 * What follows a password sign-in: the security log, and the per-account attempt count,
 * which a success clears. The count is kept by typed address, known or not, so a limit
 * reached says nothing about whether an account exists.
 */
@Component
class SignInAttempts implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

	static final String PER_IP = "login-ip";

	static final String PER_ACCOUNT = "login-account";

	private final RateLimits limits;

	private final SecurityEvents events;

	private final UserAccountRepository users;

	private final TemplateEngine templates;

	private final SavedRequestAwareAuthenticationSuccessHandler success = new SavedRequestAwareAuthenticationSuccessHandler();

	private final SimpleUrlAuthenticationFailureHandler failure = new SimpleUrlAuthenticationFailureHandler(
			"/login?error");

	SignInAttempts(RateLimits limits, SecurityEvents events, UserAccountRepository users, TemplateEngine templates) {
		this.limits = limits;
		this.events = events;
		this.users = users;
		this.templates = templates;
		this.success.setDefaultTargetUrl("/account");
	}

	/**
	 * The filter that counts attempts before the password is checked. Not a bean: as one
	 * it would also run outside the security chain.
	 */
	SignInThrottle throttle() {
		return new SignInThrottle(limits, events, templates);
	}

	/** The key of the per-account limit: the address as typed, normalized. */
	static String accountKey(HttpServletRequest request) {
		String username = request.getParameter("username");
		return username == null ? "" : UserAccount.normalize(username);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException, ServletException {
		limits.reset(PER_ACCOUNT, accountKey(request));
		Long accountId = authentication.getPrincipal() instanceof SignedInUser user ? user.accountId() : null;
		events.record(accountId, SecurityEventType.SIGN_IN_SUCCEEDED, "password");
		success.onAuthenticationSuccess(request, response, authentication);
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException exception) throws IOException, ServletException {
		// The typed address is not logged: people type their password into it by mistake.
		Long accountId = users.findByEmail(accountKey(request)).map(UserAccount::getId).orElse(null);
		events.record(accountId, SecurityEventType.SIGN_IN_FAILED,
				accountId == null ? "no account with a password for that address" : "wrong password");
		failure.onAuthenticationFailure(request, response, exception);
	}

}
