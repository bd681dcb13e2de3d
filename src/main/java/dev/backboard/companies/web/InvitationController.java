package dev.backboard.companies.web;

import java.time.Clock;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.SignedInSessions;
import dev.backboard.accounts.SignedInUser;
import dev.backboard.companies.Invitation;
import dev.backboard.companies.InvitationRefused;
import dev.backboard.companies.Invitations;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The page an invitation mail links to. Only signed-in people reach it (anonymous ones
 * sign in first and come back); only the invited address can accept.
 */
@Controller
class InvitationController {

	private final Invitations invitations;

	private final SignedInSessions sessions;

	private final Employers employers;

	private final Clock clock;

	InvitationController(Invitations invitations, SignedInSessions sessions, Employers employers, Clock clock) {
		this.invitations = invitations;
		this.sessions = sessions;
		this.employers = employers;
		this.clock = clock;
	}

	@GetMapping("/invitations/{token}")
	String show(@AuthenticationPrincipal SignedInUser user, @PathVariable String token, Map<String, Object> model,
			HttpServletResponse response) {
		Invitation invitation = invitations.find(token);
		String problem = null;
		if (invitation.acceptedAt() != null) {
			problem = InvitationRefused.Reason.USED.message();
		}
		else if (!invitation.isOpenAt(clock.instant())) {
			problem = InvitationRefused.Reason.EXPIRED.message();
			response.setStatus(HttpStatus.GONE.value());
		}
		else if (!invitation.email().equalsIgnoreCase(user.email())) {
			problem = InvitationRefused.Reason.OTHER_EMAIL.message();
		}
		return page(model, invitation, token, problem);
	}

	@PostMapping("/invitations/{token}")
	String accept(@AuthenticationPrincipal SignedInUser user, @PathVariable String token, Map<String, Object> model,
			HttpServletRequest request, HttpServletResponse response) {
		try {
			invitations.accept(token, user.accountId());
		}
		catch (InvitationRefused ex) {
			response.setStatus(status(ex.reason()).value());
			return page(model, invitations.find(token), token, ex.getMessage());
		}
		sessions.refresh(request, response);
		return "redirect:/employer/company/membership?joined";
	}

	/** Where a new member lands: their company and role, and the employer pages. */
	@GetMapping("/employer/company/membership")
	String membership(@AuthenticationPrincipal SignedInUser user, Map<String, Object> model) {
		model.put("membership", employers.member(user));
		return "employer/membership";
	}

	private static String page(Map<String, Object> model, Invitation invitation, String token,
			@Nullable String problem) {
		model.put("invitation", invitation);
		model.put("token", token);
		model.put("problem", problem);
		return "companies/invitation";
	}

	private static HttpStatus status(InvitationRefused.Reason reason) {
		return switch (reason) {
			case EXPIRED -> HttpStatus.GONE;
			case OTHER_EMAIL -> HttpStatus.FORBIDDEN;
			case USED, IN_A_COMPANY -> HttpStatus.CONFLICT;
		};
	}

}
