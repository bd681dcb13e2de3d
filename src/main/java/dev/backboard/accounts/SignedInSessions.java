package dev.backboard.accounts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Brings the signed-in person's session up to date with their account, so that a role
 * they were just granted works without signing in again.
 */
@Component
public class SignedInSessions {

	private final UserAccountRepository users;

	private final SecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

	SignedInSessions(UserAccountRepository users) {
		this.users = users;
	}

	@Transactional(readOnly = true)
	public void refresh(HttpServletRequest request, HttpServletResponse response) {
		Authentication current = SecurityContextHolder.getContext().getAuthentication();
		if (current == null || !(current.getPrincipal() instanceof SignedInUser user)) {
			return;
		}
		users.findById(user.accountId()).ifPresent(account -> {
			SignedInUser updated = new SignedInUser(account, user.getIdToken());
			updated.eraseCredentials();
			Authentication authentication = (current instanceof OAuth2AuthenticationToken oauth)
					? new OAuth2AuthenticationToken(updated, updated.getAuthorities(),
							oauth.getAuthorizedClientRegistrationId())
					: UsernamePasswordAuthenticationToken.authenticated(updated, null, updated.getAuthorities());
			SecurityContext context = SecurityContextHolder.createEmptyContext();
			context.setAuthentication(authentication);
			SecurityContextHolder.setContext(context);
			contexts.saveContext(context, request, response);
		});
	}

}
