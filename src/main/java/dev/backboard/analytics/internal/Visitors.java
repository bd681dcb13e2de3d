package dev.backboard.analytics.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Date;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pseudonymous visitor ids, as Plausible makes them: SHA-256 of a secret salt of the day,
 * the user agent and the client address (as the board's trusted-proxy handling resolved
 * it), cut to 128 bits. Computed in memory at request time; the address never leaves this
 * method. The salt of each UTC day is made once, by whichever node needs it first, and
 * shared through PostgreSQL; older salts are deleted then, so the same visitor gets
 * another id the next day and no id can be recomputed once its day is over. Each node
 * keeps the day's salt in memory until the day changes.
 */
@Component
class Visitors {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AtomicReference<@Nullable DaySalt> current = new AtomicReference<>();

	Visitors(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The request's visitor id for today. */
	String of(HttpServletRequest request) {
		return id(salt(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)), request.getRemoteAddr(),
				request.getHeader("User-Agent"));
	}

	static String id(byte[] salt, @Nullable String address, @Nullable String userAgent) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			sha.update(salt);
			sha.update((address + "\n" + userAgent).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(sha.digest(), 0, 16);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private byte[] salt(LocalDate day) {
		DaySalt known = current.get();
		if (known != null && known.day().equals(day)) {
			return known.salt();
		}
		byte[] fresh = new byte[32];
		RANDOM.nextBytes(fresh);
		jdbc.sql("insert into analytics_salt (day, salt) values (:day, :salt) on conflict (day) do nothing")
			.param("day", Date.valueOf(day))
			.param("salt", fresh)
			.update();
		jdbc.sql("delete from analytics_salt where day < :day").param("day", Date.valueOf(day)).update();
		byte[] salt = jdbc.sql("select salt from analytics_salt where day = :day")
			.param("day", Date.valueOf(day))
			.query(byte[].class)
			.single();
		current.set(new DaySalt(day, salt));
		return salt;
	}

	private record DaySalt(LocalDate day, byte[] salt) {
	}

}
