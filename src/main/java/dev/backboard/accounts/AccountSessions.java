package dev.backboard.accounts;

import org.jspecify.annotations.Nullable;

import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * An account's sessions on every node, found by the principal name the session store
 * indexes (the account id, see {@link SignedInUser#getUsername()}).
 */
@Component
class AccountSessions {

	private final FindByIndexNameSessionRepository<? extends Session> sessions;

	AccountSessions(FindByIndexNameSessionRepository<? extends Session> sessions) {
		this.sessions = sessions;
	}

	/**
	 * Ends the account's sessions, except the one given (the caller's own).
	 * @return how many were ended
	 */
	int endAll(long accountId, @Nullable String exceptSessionId) {
		int ended = 0;
		for (String id : sessions.findByPrincipalName(Long.toString(accountId)).keySet()) {
			if (!id.equals(exceptSessionId)) {
				sessions.deleteById(id);
				ended++;
			}
		}
		return ended;
	}

}
