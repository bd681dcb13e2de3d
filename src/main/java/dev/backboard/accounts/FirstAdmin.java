package dev.backboard.accounts;

import dev.backboard.core.Secrets;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.backboard.core.BackboardProperties;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A new board has no admin. At startup it gets the one configured, or else a one-time
 * link in the log that creates one. Each step holds a PostgreSQL advisory lock, so nodes
 * starting together neither create two admins nor keep different links.
 */
@Service
public class FirstAdmin {

	private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);

	/** Any constant the other advisory locks of the board do not use. */
	private static final long LOCK = 0x6261636b61646dL;

	private final JdbcClient jdbc;

	private final UserAccountRepository users;

	private final PasswordEncoder passwords;

	private final PasswordPolicy policy;

	private final SecurityEvents events;

	private final AccountsProperties properties;

	private final BackboardProperties board;

	private final Clock clock;

	private final TransactionTemplate transactions;

	FirstAdmin(JdbcClient jdbc, UserAccountRepository users, PasswordEncoder passwords, PasswordPolicy policy,
			SecurityEvents events, AccountsProperties properties, BackboardProperties board, Clock clock,
			TransactionTemplate transactions) {
		this.jdbc = jdbc;
		this.users = users;
		this.passwords = passwords;
		this.policy = policy;
		this.events = events;
		this.properties = properties;
		this.board = board;
		this.clock = clock;
		this.transactions = transactions;
	}

	@EventListener(ApplicationReadyEvent.class)
	void atStartup() {
		transactions.executeWithoutResult(status -> {
			if (properties.hasConfiguredAdmin() && createConfigured()) {
				return;
			}
			offerSetupLink();
		});
	}

	/**
	 * Replaces the setup link and logs it, while there is no admin.
	 * @return the link, or empty when an admin exists
	 */
	@Transactional
	public Optional<String> offerSetupLink() {
		lock();
		if (users.existsByRolesContaining(Role.ADMIN)) {
			jdbc.sql("delete from admin_setup_token").update();
			return Optional.empty();
		}
		String token = Secrets.random();
		jdbc.sql("""
				insert into admin_setup_token (id, token_hash, expires_at, created_at) values (1, :hash, :expires, :now)
				on conflict (id) do update
				set token_hash = excluded.token_hash, expires_at = excluded.expires_at, used_at = null,
				    created_at = excluded.created_at""")
			.param("hash", Secrets.sha256(token))
			.param("expires", Timestamp.from(clock.instant().plus(properties.adminSetupValidity())))
			.param("now", Timestamp.from(clock.instant()))
			.update();
		String link = board.baseUrl() + "/setup/admin?token=" + token;
		log.warn("Create the first admin account: {}", link);
		return Optional.of(link);
	}

	@Transactional(readOnly = true)
	public boolean isUsable(String token) {
		return jdbc.sql("""
				select count(*) from admin_setup_token
				where token_hash = :hash and used_at is null and expires_at > :now""")
			.param("hash", Secrets.sha256(token))
			.param("now", Timestamp.from(clock.instant()))
			.query(Long.class)
			.single() > 0 && !users.existsByRolesContaining(Role.ADMIN);
	}

	/**
	 * Creates the first admin (who is also a moderator) through the setup link.
	 * @throws InvalidLink when the link expired or was used, or an admin exists
	 * @throws InvalidForm when a field is refused; the link then still works
	 */
	@Transactional
	public UserAccount create(String token, String displayName, String email, String password) {
		lock();
		if (!isUsable(token)) {
			throw new InvalidLink();
		}
		Map<String, String> errors = new LinkedHashMap<>();
		if (displayName.isBlank() || displayName.strip().length() > 100) {
			errors.put("displayName", "Enter a name of at most 100 characters.");
		}
		if (!Emails.isPlausible(email)) {
			errors.put("email", "Enter an email address like name@example.com.");
		}
		else if (users.findByEmail(UserAccount.normalize(email)).isPresent()) {
			errors.put("email", "This address already has an account; use another one.");
		}
		policy.problem(password, email).ifPresent(problem -> errors.put("password", problem));
		if (!errors.isEmpty()) {
			throw new InvalidForm(errors);
		}
		jdbc.sql("update admin_setup_token set used_at = :now where id = 1")
			.param("now", Timestamp.from(clock.instant()))
			.update();
		return createAdmin(email, password, displayName, "through the setup link");
	}

	/**
	 * @return whether the configured admin exists now
	 */
	private boolean createConfigured() {
		lock();
		if (users.existsByRolesContaining(Role.ADMIN)) {
			return true;
		}
		String email = Objects.requireNonNull(properties.adminEmail());
		String password = Objects.requireNonNull(properties.adminPassword());
		Optional<String> problem = policy.problem(password, email);
		if (problem.isPresent() || !Emails.isPlausible(email)) {
			throw new IllegalStateException("backboard.accounts.admin-email/admin-password cannot be used: "
					+ problem.orElse("the email is not an address"));
		}
		if (users.findByEmail(UserAccount.normalize(email)).isPresent()) {
			log.error("backboard.accounts.admin-email already belongs to an account, which is not made an admin; "
					+ "use the setup link instead");
			return false;
		}
		createAdmin(email, password, "Admin", "from the configuration");
		log.info("Created the admin account {} from the configuration", UserAccount.normalize(email));
		return true;
	}

	private UserAccount createAdmin(String email, String password, String displayName, String how) {
		UserAccount account = new UserAccount(email, passwords.encode(password), displayName,
				EnumSet.of(Role.ADMIN, Role.MODERATOR), clock.instant());
		account.verifyEmail(clock.instant());
		account = users.save(account);
		events.record(account.getId(), SecurityEventType.ADMIN_CREATED, how);
		return account;
	}

	private void lock() {
		jdbc.sql("select pg_advisory_xact_lock(:key)").param("key", LOCK).query((rs, row) -> 1).list();
	}

}
