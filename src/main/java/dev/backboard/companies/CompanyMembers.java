package dev.backboard.companies;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who belongs to which company. Other modules ask it whom a signed-in employer acts for.
 */
@Service
public class CompanyMembers {

	private final JdbcClient jdbc;

	private final Clock clock;

	CompanyMembers(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** The company the person acts for, if any. */
	@Transactional(readOnly = true)
	public Optional<Membership> of(long accountId) {
		return jdbc.sql("""
				select m.company_id, c.slug, c.name, m.user_id, m.role
				from company_member m join company c on c.id = m.company_id
				where m.user_id = :user""")
			.param("user", accountId)
			.query((row, n) -> new Membership(row.getLong(1), row.getString(2), row.getString(3), row.getLong(4),
					MemberRole.valueOf(row.getString(5))))
			.optional();
	}

	/** The account ids of the company's owners, who get its mail. */
	@Transactional(readOnly = true)
	public List<Long> owners(long companyId) {
		return jdbc
			.sql("select user_id from company_member where company_id = :company and role = 'OWNER' order by user_id")
			.param("company", companyId)
			.query(Long.class)
			.list();
	}

	@Transactional
	public void add(long companyId, long accountId, MemberRole role) {
		jdbc.sql(
				"insert into company_member (company_id, user_id, role, joined_at) values (:company, :user, :role, :now)")
			.param("company", companyId)
			.param("user", accountId)
			.param("role", role.name())
			.param("now", java.sql.Timestamp.from(clock.instant()))
			.update();
	}

}
