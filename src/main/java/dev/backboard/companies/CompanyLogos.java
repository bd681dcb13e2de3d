package dev.backboard.companies;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Company logos, kept in the database and served by the board itself, never from a folder
 * an upload could be placed in.
 */
@Service
public class CompanyLogos {

	private final JdbcClient jdbc;

	CompanyLogos(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A logo as stored.
	 *
	 * @param contentType the type read from its bytes at upload
	 * @param bytes the image
	 * @param updatedAt when it was uploaded
	 */
	public record StoredLogo(String contentType, byte[] bytes, Instant updatedAt) {
	}

	@Transactional(readOnly = true)
	public Optional<StoredLogo> find(String companySlug) {
		return jdbc.sql("""
				select l.content_type, l.bytes, l.updated_at
				from company_logo l join company c on c.id = l.company_id
				where c.slug = :slug""")
			.param("slug", companySlug)
			.query((row, n) -> new StoredLogo(row.getString(1), row.getBytes(2), row.getTimestamp(3).toInstant()))
			.optional();
	}

	void store(long companyId, Logo logo, Instant now) {
		jdbc.sql("""
				insert into company_logo (company_id, content_type, bytes, updated_at)
				values (:company, :type, :bytes, :now)
				on conflict (company_id) do update
				set content_type = excluded.content_type, bytes = excluded.bytes, updated_at = excluded.updated_at""")
			.param("company", companyId)
			.param("type", logo.contentType())
			.param("bytes", logo.bytes())
			.param("now", Timestamp.from(now))
			.update();
	}

}
