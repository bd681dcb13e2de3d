package dev.backboard.support;

import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;

/**
 * Accounts for tests, each with a fresh email so that tests sharing the application never
 * meet each other's users.
 */
public class Users {

	public static final String PASSWORD = "correct horse battery staple";

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private final Accounts accounts;

	Users(Accounts accounts) {
		this.accounts = accounts;
	}

	public static String freshEmail(String who) {
		return who + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000 + "@example.com";
	}

	public UserAccount create(String who, Role... roles) {
		return accounts.createVerified(freshEmail(who), PASSWORD, who, Set.of(roles));
	}

}
