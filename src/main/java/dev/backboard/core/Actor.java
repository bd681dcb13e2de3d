package dev.backboard.core;

import org.jspecify.annotations.Nullable;

/**
 * Who caused a change, for the records kept of it: a signed-in person, an API token or
 * the board itself.
 *
 * @param accountId the person's account, or {@code null} for tokens and the system
 * @param description how records show the actor, e.g. "Dana (account 51)"
 */
public record Actor(@Nullable Long accountId, String description) {

	public static Actor person(long accountId, String name) {
		return new Actor(accountId, name + " (account " + accountId + ")");
	}

	public static Actor apiToken(long tokenId, String tokenName) {
		return new Actor(null, "API token " + tokenName + " (" + tokenId + ")");
	}

	public static Actor system() {
		return new Actor(null, "Backboard");
	}

}
