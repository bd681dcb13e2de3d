package dev.backboard.accounts;

import dev.backboard.core.Secrets;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

import dev.backboard.core.NotFound;
import dev.backboard.core.ratelimit.RateLimits;
import dev.samstevens.totp.code.CodeGenerator;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import dev.samstevens.totp.exceptions.CodeGenerationException;
import dev.samstevens.totp.exceptions.QrGenerationException;
import dev.samstevens.totp.qr.QrData;
import dev.samstevens.totp.qr.ZxingPngQrGenerator;
import dev.samstevens.totp.recovery.RecoveryCodeGenerator;
import dev.samstevens.totp.secret.DefaultSecretGenerator;
import dev.samstevens.totp.util.Utils;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Two-factor authentication with TOTP (RFC 6238, 30 s steps, 6 digits, SHA-1: what every
 * authenticator app understands) and single-use recovery codes, kept as SHA-256 hashes.
 * Every code check counts against the {@code two-factor} rate limit of the account.
 */
@Service
public class TwoFactor {

	static final String RATE_LIMIT = "two-factor";

	private static final int RECOVERY_CODES = 10;

	private static final int PERIOD_SECONDS = 30;

	/** Sign-in codes from one address, whichever accounts they are for. */
	private static final String IP_RATE_LIMIT = "two-factor-ip";

	private final UserAccountRepository users;

	private final SecurityEvents events;

	private final SecretCipher cipher;

	private final JdbcClient jdbc;

	private final RateLimits rateLimits;

	private final List<SecondFactorRequirement> requirements;

	private final AccountsProperties properties;

	private final Clock clock;

	private final CodeGenerator generator;

	TwoFactor(UserAccountRepository users, SecretCipher cipher, JdbcClient jdbc, RateLimits rateLimits,
			List<SecondFactorRequirement> requirements, AccountsProperties properties, SecurityEvents events,
			Clock clock) {
		this.events = events;
		this.users = users;
		this.cipher = cipher;
		this.jdbc = jdbc;
		this.rateLimits = rateLimits;
		this.requirements = requirements;
		this.properties = properties;
		this.clock = clock;
		this.generator = new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6);
	}

	/** Whether any rule makes a second factor mandatory for this account. */
	public boolean isRequired(long accountId) {
		return requirements.stream().anyMatch(rule -> rule.requiresSecondFactor(accountId));
	}

	@Transactional(readOnly = true)
	public boolean mustEnroll(long accountId) {
		return !account(accountId).isTotpEnabled() && isRequired(accountId);
	}

	/**
	 * A fresh secret, encrypted, to keep in the session until the user confirms it;
	 * nothing is stored until {@link #confirm}.
	 */
	public String begin(long accountId) {
		return cipher.encrypt(new DefaultSecretGenerator(32).generate(), accountId);
	}

	/** The secret and QR code of an enrollment kept (encrypted) in the session. */
	@Transactional(readOnly = true)
	public TotpEnrollment enrollment(long accountId, String sealed) {
		UserAccount account = account(accountId);
		String secret = cipher.decrypt(sealed, accountId);
		QrData data = new QrData.Builder().label(account.getEmail())
			.secret(secret)
			.issuer(properties.totpIssuer())
			.algorithm(HashingAlgorithm.SHA1)
			.digits(6)
			.period(PERIOD_SECONDS)
			.build();
		try {
			ZxingPngQrGenerator png = new ZxingPngQrGenerator();
			String qr = Utils.getDataUriForImage(png.generate(data), png.getImageMimeType());
			return new TotpEnrollment(secret, qr);
		}
		catch (QrGenerationException ex) {
			throw new IllegalStateException("Could not draw the QR code", ex);
		}
	}

	/**
	 * Turns 2FA on once the user proves their app has the secret.
	 * @return the recovery codes, to show once
	 * @throws InvalidSecondFactorCode when the code does not match
	 */
	@Transactional
	public List<String> confirm(long accountId, String sealed, String code) {
		rateLimits.consume(RATE_LIMIT, Long.toString(accountId));
		UserAccount account = account(accountId);
		OptionalLong step = matchingStep(cipher.decrypt(sealed, accountId), code);
		if (step.isEmpty()) {
			throw new InvalidSecondFactorCode();
		}
		account.enableTotp(sealed, clock.instant());
		users.save(account);
		useStep(accountId, step.getAsLong());
		events.record(accountId, SecurityEventType.TWO_FACTOR_ENABLED, null);
		return newRecoveryCodes(accountId);
	}

	/** Turns 2FA off; the current TOTP code is required. */
	@Transactional
	public void disable(long accountId, String code) {
		rateLimits.consume(RATE_LIMIT, Long.toString(accountId));
		UserAccount account = account(accountId);
		if (!account.isTotpEnabled() || !matchesTotp(account, code)) {
			throw new InvalidSecondFactorCode();
		}
		account.disableTotp(clock.instant());
		users.save(account);
		events.record(accountId, SecurityEventType.TWO_FACTOR_DISABLED, null);
		jdbc.sql("delete from recovery_code where user_id = ?").param(accountId).update();
	}

	/**
	 * Checks the second step of a sign-in: the current TOTP code, or an unused recovery
	 * code, which is then used up.
	 */
	@Transactional
	public boolean verify(long accountId, String code) {
		String ip = SecurityEvents.clientIp();
		if (ip != null) {
			rateLimits.consume(IP_RATE_LIMIT, ip);
		}
		rateLimits.consume(RATE_LIMIT, Long.toString(accountId));
		UserAccount account = account(accountId);
		boolean totp = account.isTotpEnabled() && matchesTotp(account, code);
		boolean recovery = !totp && account.isTotpEnabled() && useRecoveryCode(accountId, code);
		if (totp || recovery) {
			rateLimits.reset(RATE_LIMIT, Long.toString(accountId));
			if (recovery) {
				events.record(accountId, SecurityEventType.RECOVERY_CODE_USED, null);
			}
			return true;
		}
		events.record(accountId, SecurityEventType.SECOND_FACTOR_FAILED, null);
		return false;
	}

	@Transactional(readOnly = true)
	public int unusedRecoveryCodes(long accountId) {
		return jdbc.sql("select count(*) from recovery_code where user_id = ? and used_at is null")
			.param(accountId)
			.query(Integer.class)
			.single();
	}

	private boolean matchesTotp(UserAccount account, String code) {
		String sealed = account.getTotpSecret();
		if (sealed == null) {
			return false;
		}
		OptionalLong step = matchingStep(cipher.decrypt(sealed, account.getId()), code);
		return step.isPresent() && useStep(account.getId(), step.getAsLong());
	}

	/**
	 * The time step whose code this is: the current one or a neighbour, for clocks that
	 * drift.
	 */
	private OptionalLong matchingStep(String secret, String code) {
		byte[] given = digits(code).getBytes(StandardCharsets.US_ASCII);
		long now = clock.instant().getEpochSecond() / PERIOD_SECONDS;
		for (long step = now - 1; step <= now + 1; step++) {
			try {
				if (MessageDigest.isEqual(generator.generate(secret, step).getBytes(StandardCharsets.US_ASCII),
						given)) {
					return OptionalLong.of(step);
				}
			}
			catch (CodeGenerationException ex) {
				throw new IllegalStateException("Could not compute a TOTP code", ex);
			}
		}
		return OptionalLong.empty();
	}

	/**
	 * Takes a time step: a code counts once, even when two requests bring it at the same
	 * time, and never after a later one.
	 */
	private boolean useStep(long accountId, long step) {
		return jdbc.sql("""
				update user_account set totp_last_step = ?
				where id = ? and (totp_last_step is null or totp_last_step < ?)""")
			.params(step, accountId, step)
			.update() == 1;
	}

	private boolean useRecoveryCode(long accountId, String code) {
		String normalized = code.strip().toLowerCase(Locale.ROOT).replace(" ", "");
		if (normalized.length() < 8) {
			return false;
		}
		// One statement, so that two sign-ins racing with the same code cannot both use
		// it.
		return jdbc.sql("update recovery_code set used_at = ? where user_id = ? and code_hash = ? and used_at is null")
			.params(Timestamp.from(clock.instant()), accountId, Secrets.sha256(normalized))
			.update() == 1;
	}

	private List<String> newRecoveryCodes(long accountId) {
		jdbc.sql("delete from recovery_code where user_id = ?").param(accountId).update();
		List<String> codes = List.of(new RecoveryCodeGenerator().generateCodes(RECOVERY_CODES));
		for (String code : codes) {
			jdbc.sql("insert into recovery_code (user_id, code_hash) values (?, ?)")
				.params(accountId, Secrets.sha256(code))
				.update();
		}
		return codes;
	}

	private UserAccount account(long accountId) {
		return users.findById(accountId).orElseThrow(() -> new NotFound("account"));
	}

	private static String digits(String code) {
		return code.replaceAll("\\s", "");
	}

}
