package dev.backboard.accounts;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Moves a session between the two sign-in steps: after the first step it holds only a
 * {@link PendingSecondFactor}; once the code is checked, the full authentication replaces
 * it under a new session id.
 */
@Component
public class SecondFactorSignIn {

	static final SecurityContextRepository CONTEXTS = new DelegatingSecurityContextRepository(
			new RequestAttributeSecurityContextRepository(), new HttpSessionSecurityContextRepository());

	/** The account waiting for its second step in this request's session, if any. */
	public Optional<Long> pendingAccount() {
		return SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor pending
				? Optional.of(pending.accountId()) : Optional.empty();
	}

	/** Completes the sign-in of a pending session; its code must already be checked. */
	public void complete(HttpServletRequest request, HttpServletResponse response) {
		if (!(SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor pending)) {
			throw new IllegalStateException("No sign-in is waiting for a second factor");
		}
		SignedInUser user = pending.user().withSecondFactor();
		Authentication primary = pending.primary();
		Authentication full = primary instanceof OAuth2AuthenticationToken oauth
				? new OAuth2AuthenticationToken(user, primary.getAuthorities(),
						oauth.getAuthorizedClientRegistrationId())
				: UsernamePasswordAuthenticationToken.authenticated(user, null, primary.getAuthorities());
		request.changeSessionId();
		replace(full, request, response);
	}

	/**
	 * Swaps a first-step authentication for a pending one in this request and session.
	 */
	static void holdForSecondFactor(Authentication primary, SignedInUser user, HttpServletRequest request,
			HttpServletResponse response) {
		replace(new PendingSecondFactor(primary, user), request, response);
	}

	private static void replace(Authentication authentication, HttpServletRequest request,
			HttpServletResponse response) {
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(authentication);
		SecurityContextHolder.setContext(context);
		CONTEXTS.saveContext(context, request, response);
	}

}
