package dev.backboard.companies;

import java.sql.Timestamp;
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

	/**
	 * The company the person acts for.
	 * @throws NoCompanyYet when they have not created or joined one
	 */
	@Transactional(readOnly = true)
	public Membership member(long accountId) {
		return of(accountId).orElseThrow(NoCompanyYet::new);
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
			.param("now", Timestamp.from(clock.instant()))
			.update();
	}

	/** Everyone in the company, owners first. */
	@Transactional(readOnly = true)
	public List<Member> members(long companyId) {
		return jdbc.sql("""
				select m.user_id, u.display_name, u.email, m.role, m.joined_at
				from company_member m join user_account u on u.id = m.user_id
				where m.company_id = :company
				order by case m.role when 'OWNER' then 0 else 1 end, m.joined_at, m.user_id""")
			.param("company", companyId)
			.query((row, n) -> new Member(row.getLong(1), row.getString(2), row.getString(3),
					MemberRole.valueOf(row.getString(4)), row.getTimestamp(5).toInstant()))
			.list();
	}

	/**
	 * Gives a member another role.
	 * @throws MemberNotFound when the account is not a member of that company
	 * @throws LastOwner when that would leave the company without an owner
	 */
	@Transactional
	public void changeRole(long companyId, long accountId, MemberRole role) {
		MemberRole current = lockedRole(companyId, accountId);
		if (current == MemberRole.OWNER && role != MemberRole.OWNER) {
			requireAnotherOwner(companyId);
		}
		jdbc.sql("update company_member set role = :role where company_id = :company and user_id = :user")
			.param("role", role.name())
			.param("company", companyId)
			.param("user", accountId)
			.update();
	}

	/**
	 * Takes a member out of the company.
	 * @throws MemberNotFound when the account is not a member of that company
	 * @throws LastOwner when that would leave the company without an owner
	 */
	@Transactional
	public void remove(long companyId, long accountId) {
		if (lockedRole(companyId, accountId) == MemberRole.OWNER) {
			requireAnotherOwner(companyId);
		}
		jdbc.sql("delete from company_member where company_id = :company and user_id = :user")
			.param("company", companyId)
			.param("user", accountId)
			.update();
	}

	/**
	 * The member's role, with the company row locked so that two owners demoting each
	 * other at once cannot both succeed.
	 */
	private MemberRole lockedRole(long companyId, long accountId) {
		jdbc.sql("select id from company where id = :company for update")
			.param("company", companyId)
			.query(Long.class)
			.optional()
			.orElseThrow(MemberNotFound::new);
		return jdbc.sql("select role from company_member where company_id = :company and user_id = :user")
			.param("company", companyId)
			.param("user", accountId)
			.query((row, n) -> MemberRole.valueOf(row.getString(1)))
			.optional()
			.orElseThrow(MemberNotFound::new);
	}

	private void requireAnotherOwner(long companyId) {
		if (owners(companyId).size() <= 1) {
			throw new LastOwner();
		}
	}

}
