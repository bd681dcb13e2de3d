package dev.backboard.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInUser;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * What every page template may ask about the request it renders: who is signed in and the
 * CSRF token its forms carry. Templates call these instead of every controller passing
 * them along.
 */
public final class Page {

	private Page() {
	}

	public static Optional<SignedInUser> user() {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		return authentication != null && authentication.getPrincipal() instanceof SignedInUser user ? Optional.of(user)
				: Optional.empty();
	}

	public static @Nullable CsrfToken csrf() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes == null ? null
				: (CsrfToken) attributes.getAttribute(CsrfToken.class.getName(), RequestAttributes.SCOPE_REQUEST);
	}

}
