package dev.backboard.companies;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * An invitation to join a company, without its token.
 *
 * @param id its id
 * @param companyName the company it is for
 * @param email the address it was sent to
 * @param role the role the invitee gets
 * @param expiresAt when the link stops working
 * @param acceptedAt when it was accepted, if it was
 */
public record Invitation(long id, String companyName, String email, MemberRole role, Instant expiresAt,
		@Nullable Instant acceptedAt) {

	public boolean isOpenAt(Instant now) {
		return acceptedAt == null && expiresAt.isAfter(now);
	}

}
