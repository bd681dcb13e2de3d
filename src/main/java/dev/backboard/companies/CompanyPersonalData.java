package dev.backboard.companies;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.UserAccount;
import dev.backboard.core.privacy.ErasureRefused;
import dev.backboard.core.privacy.PersonalData;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The person's place in a company, the invitations they sent and the API tokens they
 * created. The invitees' addresses are theirs, not the person's, so the export leaves
 * them out. On erasure the membership goes (unless the company would be left without an
 * owner), and the tokens keep working for the company without their creator.
 */
@Component
class CompanyPersonalData implements PersonalData {

	private final CompanyMembers members;

	private final Accounts accounts;

	private final JdbcClient jdbc;

	CompanyPersonalData(CompanyMembers members, Accounts accounts, JdbcClient jdbc) {
		this.members = members;
		this.accounts = accounts;
		this.jdbc = jdbc;
	}

	@Override
	public String section() {
		return "company";
	}

	@Override
	public Object export(long accountId) {
		CompanyRole membership = jdbc.sql("""
				select c.name, m.role, m.joined_at from company_member m join company c on c.id = m.company_id
				where m.user_id = ?""")
			.param(accountId)
			.query((row, n) -> new CompanyRole(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant()))
			.optional()
			.orElse(null);
		List<SentInvitation> invitations = jdbc.sql("""
				select c.name, i.role, i.created_at, i.expires_at, i.accepted_at is not null
				from company_invitation i join company c on c.id = i.company_id
				where i.invited_by = ? order by i.created_at, i.id""")
			.param(accountId)
			.query((row, n) -> new SentInvitation(row.getString(1), row.getString(2), row.getTimestamp(3).toInstant(),
					row.getTimestamp(4).toInstant(), row.getBoolean(5)))
			.list();
		List<CreatedToken> tokens = jdbc.sql("""
				select c.name, t.name, t.scopes, t.created_at, t.revoked_at is not null
				from api_token t join company c on c.id = t.company_id
				where t.created_by = ? order by t.created_at, t.id""")
			.param(accountId)
			.query((row, n) -> new CreatedToken(row.getString(1), row.getString(2), row.getString(3),
					row.getTimestamp(4).toInstant(), row.getBoolean(5)))
			.list();
		return new Export(membership, invitations, tokens);
	}

	/**
	 * @throws ErasureRefused when the person is the last owner of their company
	 */
	@Override
	public void erase(long accountId) {
		members.of(accountId).ifPresent(membership -> {
			try {
				members.remove(membership.companyId(), accountId);
			}
			catch (LastOwner ex) {
				throw new ErasureRefused("You are the last owner of " + membership.companyName()
						+ ". Make another team member an owner first, then delete your account.");
			}
		});
		jdbc.sql("update api_token set created_by = null where created_by = ?").param(accountId).update();
		jdbc.sql("update company_invitation set invited_by = null where invited_by = ?").param(accountId).update();
		// A domain check names the address at the company's domain the person used.
		jdbc.sql("delete from company_domain_token where requested_by = ?").param(accountId).update();
		String email = accounts.findById(accountId).map(UserAccount::getEmail).orElse(null);
		if (email != null) {
			// Invitations and domain checks sent to the person's address carry it.
			jdbc.sql("delete from company_invitation where lower(email) = lower(?) or accepted_by = ?")
				.params(email, accountId)
				.update();
			jdbc.sql("delete from company_domain_token where lower(email) = lower(?)").param(email).update();
		}
	}

	record Export(@Nullable CompanyRole membership, List<SentInvitation> invitationsSent,
			List<CreatedToken> apiTokensCreated) {
	}

	record CompanyRole(String company, String role, Instant joinedAt) {
	}

	record SentInvitation(String company, String role, Instant sentAt, Instant expiresAt, boolean accepted) {
	}

	record CreatedToken(String company, String name, String scopes, Instant createdAt, boolean revoked) {
	}

}
