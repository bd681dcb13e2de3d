package dev.backboard.support;

import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.TwoFactor;
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

	private final TwoFactor twoFactor;

	private final Map<Long, String> secrets = new ConcurrentHashMap<>();

	private final Map<Long, Deque<String>> recoveryCodes = new ConcurrentHashMap<>();

	private final Authenticator authenticator;

	Users(Accounts accounts, TwoFactor twoFactor, Authenticator authenticator) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
		this.authenticator = authenticator;
	}

	public static String freshEmail(String who) {
		return who + "-" + SEQUENCE.incrementAndGet() + "-" + System.nanoTime() % 100000 + "@example.com";
	}

	public UserAccount create(String who, Role... roles) {
		return accounts.createVerified(freshEmail(who), PASSWORD, who, Set.of(roles));
	}

	/**
	 * Signs in through the sign-in form and, when the account needs a second factor
	 * (staff, company owners), enrolls it first if needed and enters the current code, as
	 * a person with an authenticator app would.
	 */
	public WebSession signIn(int port, UserAccount account) {
		long id = account.getId();
		if (twoFactor.mustEnroll(id)) {
			enroll(id);
		}
		WebSession session = WebSession.signedIn(port, account.getEmail(), PASSWORD);
		String secret = secrets.get(id);
		if (secret != null) {
			Api.Response response = session.submit("/login/2fa", "form[action=/login/2fa]",
					Map.of("code", currentCode(account)));
			if (response.status() != 302) {
				throw new AssertionError("The second factor was refused: " + response.status());
			}
		}
		return session;
	}

	/**
	 * A second factor for an account enrolled by {@link #signIn}: a TOTP code not used
	 * yet, or, when the (standing) clock's window has none left, a recovery code.
	 */
	public String currentCode(UserAccount account) {
		long id = account.getId();
		return authenticator.nextCode(secrets.get(id)).orElseGet(() -> recoveryCodes.get(id).pop());
	}

	private void enroll(long accountId) {
		String sealed = twoFactor.begin(accountId);
		String secret = twoFactor.enrollment(accountId, sealed).secret();
		List<String> codes = twoFactor.confirm(accountId, sealed, authenticator.code(secret));
		secrets.put(accountId, secret);
		recoveryCodes.put(accountId, new ConcurrentLinkedDeque<>(codes));
	}

}
