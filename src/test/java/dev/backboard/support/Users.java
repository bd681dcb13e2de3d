package dev.backboard.support;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.exceptions.CodeGenerationException;

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

	private final MutableClock clock;

	private final Map<Long, String> secrets = new ConcurrentHashMap<>();

	Users(Accounts accounts, TwoFactor twoFactor, MutableClock clock) {
		this.accounts = accounts;
		this.twoFactor = twoFactor;
		this.clock = clock;
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
			secrets.put(id, enroll(id));
		}
		WebSession session = WebSession.signedIn(port, account.getEmail(), PASSWORD);
		String secret = secrets.get(id);
		if (secret != null) {
			Api.Response response = session.submit("/login/2fa", "form[action=/login/2fa]",
					Map.of("code", code(secret)));
			if (response.status() != 302) {
				throw new AssertionError("The second factor was refused: " + response.status());
			}
		}
		return session;
	}

	/** The current code of an account enrolled by {@link #signIn}. */
	public String currentCode(UserAccount account) {
		return code(secrets.get(account.getId()));
	}

	private String enroll(long accountId) {
		String sealed = twoFactor.begin(accountId);
		String secret = twoFactor.enrollment(accountId, sealed).secret();
		twoFactor.confirm(accountId, sealed, code(secret));
		return secret;
	}

	private String code(String secret) {
		try {
			return new DefaultCodeGenerator().generate(secret, clock.instant().getEpochSecond() / 30);
		}
		catch (CodeGenerationException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
