package dev.backboard.accounts;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs just before the route rules. A sign-in that still owes its TOTP code is turned
 * into a {@link PendingSecondFactor}, which every non-public rule refuses; such refusals
 * send the user to the code page instead of a 403. Users whose role requires a second
 * factor but who have none are sent to enrollment before the areas that need it.
 */
class SecondFactorFilter extends OncePerRequestFilter {

	static final String CODE_PAGE = "/login/2fa";

	static final String ENROLLMENT_PAGE = "/account/2fa?required";

	private final TwoFactor twoFactor;

	SecondFactorFilter(TwoFactor twoFactor) {
		this.twoFactor = twoFactor;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
			if (user.secondFactorPending()) {
				SecondFactorSignIn.holdForSecondFactor(authentication, user, request, response);
			}
			else if (inProtectedArea(request) && twoFactor.mustEnroll(user.accountId())) {
				response.sendRedirect(ENROLLMENT_PAGE);
				return;
			}
		}
		try {
			chain.doFilter(request, response);
		}
		catch (AccessDeniedException ex) {
			if (!(SecurityContextHolder.getContext().getAuthentication() instanceof PendingSecondFactor)
					|| response.isCommitted()) {
				throw ex;
			}
			response.sendRedirect(CODE_PAGE);
		}
	}

	private static boolean inProtectedArea(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return path.equals("/employer") || path.startsWith("/employer/") || path.equals("/moderation")
				|| path.startsWith("/moderation/") || path.equals("/admin") || path.startsWith("/admin/");
	}

}
