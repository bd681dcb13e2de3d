package dev.backboard.companies;

import dev.backboard.core.Secrets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.InvitationRefused.Reason;
import dev.backboard.core.BackboardProperties;
import dev.backboard.core.ratelimit.RateLimits;
import dev.backboard.notifications.Mail;
import dev.backboard.notifications.Mailer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Owners invite people by email; the link in the mail lets the person with that address
 * join the company. Only the hash of the link's token is stored.
 */
@Service
public class Invitations {

	static final Duration VALIDITY = Duration.ofDays(7);

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

	private final JdbcClient jdbc;

	private final CompanyMembers members;

	private final Companies companies;

	private final Accounts accounts;

	private final Mailer mailer;

	private final RateLimits rateLimits;

	private final BackboardProperties board;

	private final Clock clock;

	Invitations(JdbcClient jdbc, CompanyMembers members, Companies companies, Accounts accounts, Mailer mailer,
			RateLimits rateLimits, BackboardProperties board, Clock clock) {
		this.jdbc = jdbc;
		this.members = members;
		this.companies = companies;
		this.accounts = accounts;
		this.mailer = mailer;
		this.rateLimits = rateLimits;
		this.board = board;
		this.clock = clock;
	}

	/**
	 * Mails an invitation to join the company.
	 * @throws InvalidCompany naming the bad field ({@code email})
	 */
	@Transactional
	public void invite(long companyId, long inviterAccountId, String email, MemberRole role) {
		String address = UserAccount.normalize(email);
		if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
			throw InvalidCompany.field("email", "Enter an email address, e.g. dana@example.com.");
		}
		boolean member = members.members(companyId).stream().anyMatch(m -> m.email().equalsIgnoreCase(address));
		if (member) {
			throw InvalidCompany.field("email", "This person is already in your team.");
		}
		rateLimits.consume("company-invitations", Long.toString(companyId));
		Company company = companies.get(companyId);
		String inviter = accounts.findById(inviterAccountId).map(UserAccount::getDisplayName).orElse("A colleague");
		String token = Secrets.random();
		Instant now = clock.instant();
		jdbc.sql("""
				insert into company_invitation (token_hash, company_id, email, role, invited_by, created_at, expires_at)
				values (:hash, :company, :email, :role, :inviter, :now, :expires)""")
			.param("hash", Secrets.sha256(token))
			.param("company", companyId)
			.param("email", address)
			.param("role", role.name())
			.param("inviter", inviterAccountId)
			.param("now", Timestamp.from(now))
			.param("expires", Timestamp.from(now.plus(VALIDITY)))
			.update();
		mailer.send(Mail.to(address, "Join " + company.getName() + " on Backboard",
				inviter + " invited you to join " + company.getName() + " on Backboard as " + role.withArticle() + ".",
				"Sign in (or create an account) with " + address
						+ " to accept. The link works for 7 days; if you did not expect it, ignore this mail.")
			.withAction("See the invitation", board.baseUrl() + "/invitations/" + token));
	}

	/** Invitations not yet accepted and not expired, newest first. */
	@Transactional(readOnly = true)
	public List<Invitation> pending(long companyId) {
		return jdbc.sql("""
				select i.id, c.name, i.email, i.role, i.expires_at, i.accepted_at
				from company_invitation i join company c on c.id = i.company_id
				where i.company_id = :company and i.accepted_at is null and i.expires_at > :now
				order by i.created_at desc""")
			.param("company", companyId)
			.param("now", Timestamp.from(clock.instant()))
			.query((row, n) -> invitation(row))
			.list();
	}

	/**
	 * The invitation a link stands for.
	 * @throws InvitationNotFound for a token that was never issued
	 */
	@Transactional(readOnly = true)
	public Invitation find(String token) {
		return jdbc.sql("""
				select i.id, c.name, i.email, i.role, i.expires_at, i.accepted_at
				from company_invitation i join company c on c.id = i.company_id
				where i.token_hash = :hash""")
			.param("hash", Secrets.sha256(token))
			.query((row, n) -> invitation(row))
			.optional()
			.orElseThrow(InvitationNotFound::new);
	}

	/**
	 * Makes the signed-in person a member, and an employer if they were not one.
	 * @throws InvitationNotFound for a token that was never issued
	 * @throws InvitationRefused when it is used, expired, for another address, or the
	 * person already belongs to a company
	 */
	@Transactional
	public Membership accept(String token, long accountId) {
		record Row(long id, long companyId, String email, MemberRole role, Instant expiresAt, boolean accepted) {
		}
		Row row = jdbc.sql("""
				select id, company_id, email, role, expires_at, accepted_at is not null
				from company_invitation where token_hash = :hash for update""")
			.param("hash", Secrets.sha256(token))
			.query((rs, n) -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3),
					MemberRole.valueOf(rs.getString(4)), rs.getTimestamp(5).toInstant(), rs.getBoolean(6)))
			.optional()
			.orElseThrow(InvitationNotFound::new);
		UserAccount account = accounts.findById(accountId).orElseThrow(InvitationNotFound::new);
		Instant now = clock.instant();
		if (row.accepted()) {
			throw new InvitationRefused(Reason.USED);
		}
		if (!row.expiresAt().isAfter(now)) {
			throw new InvitationRefused(Reason.EXPIRED);
		}
		if (!account.getEmail().equalsIgnoreCase(row.email())) {
			throw new InvitationRefused(Reason.OTHER_EMAIL);
		}
		if (members.of(accountId).isPresent()) {
			throw new InvitationRefused(Reason.IN_A_COMPANY);
		}
		members.add(row.companyId(), accountId, row.role());
		jdbc.sql("update company_invitation set accepted_at = :now, accepted_by = :user where id = :id")
			.param("now", Timestamp.from(now))
			.param("user", accountId)
			.param("id", row.id())
			.update();
		accounts.grant(accountId, Role.EMPLOYER);
		return members.of(accountId).orElseThrow();
	}

	private static Invitation invitation(java.sql.ResultSet row) throws java.sql.SQLException {
		Timestamp accepted = row.getTimestamp(6);
		return new Invitation(row.getLong(1), row.getString(2), row.getString(3), MemberRole.valueOf(row.getString(4)),
				row.getTimestamp(5).toInstant(), accepted == null ? null : accepted.toInstant());
	}

}
