package dev.backboard.accounts;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Who is signed in, however they signed in (password or identity provider). It carries
 * the account id, never a password hash once authenticated, and is kept in the shared
 * session store, so it stays small and serializable.
 */
public final class SignedInUser implements UserDetails, OidcUser, CredentialsContainer, Serializable {

	@Serial
	private static final long serialVersionUID = 1L;

	private final long accountId;

	private final String email;

	private final String displayName;

	private final Set<Role> roles;

	private final List<GrantedAuthority> authorities;

	private @Nullable String passwordHash;

	private final @Nullable OidcIdToken idToken;

	/**
	 * Set when the account uses TOTP and this sign-in has not passed that step yet; the
	 * session then only holds a {@link PendingSecondFactor}.
	 */
	private final boolean secondFactorPending;

	SignedInUser(UserAccount account, @Nullable OidcIdToken idToken) {
		this(account, idToken, account.isTotpEnabled());
	}

	SignedInUser(UserAccount account, @Nullable OidcIdToken idToken, boolean secondFactorPending) {
		this.accountId = account.getId();
		this.email = account.getEmail();
		this.displayName = account.getDisplayName();
		this.roles = account.getRoles();
		this.authorities = roles.stream()
			.map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
			.toList();
		this.passwordHash = account.getPasswordHash();
		this.idToken = idToken;
		this.secondFactorPending = secondFactorPending;
	}

	private SignedInUser(SignedInUser user) {
		this.accountId = user.accountId;
		this.email = user.email;
		this.displayName = user.displayName;
		this.roles = user.roles;
		this.authorities = user.authorities;
		this.passwordHash = null;
		this.idToken = user.idToken;
		this.secondFactorPending = false;
	}

	/** The same user once the second factor is checked. */
	SignedInUser withSecondFactor() {
		return new SignedInUser(this);
	}

	boolean secondFactorPending() {
		return secondFactorPending;
	}

	public long accountId() {
		return accountId;
	}

	public String email() {
		return email;
	}

	public String displayName() {
		return displayName;
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	@Override
	public Collection<? extends GrantedAuthority> getAuthorities() {
		return authorities;
	}

	@Override
	public @Nullable String getPassword() {
		return passwordHash;
	}

	/**
	 * The account id, not the email: sessions are indexed by this name, and it survives
	 * an email change.
	 */
	@Override
	public String getUsername() {
		return Long.toString(accountId);
	}

	@Override
	public void eraseCredentials() {
		this.passwordHash = null;
	}

	@Override
	public String getName() {
		return Long.toString(accountId);
	}

	@Override
	public Map<String, Object> getClaims() {
		return idToken == null ? Map.of() : idToken.getClaims();
	}

	@Override
	public @Nullable OidcUserInfo getUserInfo() {
		return null;
	}

	@Override
	public @Nullable OidcIdToken getIdToken() {
		return idToken;
	}

	@Override
	public Map<String, Object> getAttributes() {
		return getClaims();
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof SignedInUser user && user.accountId == accountId;
	}

	@Override
	public int hashCode() {
		return Long.hashCode(accountId);
	}

	@Override
	public String toString() {
		return "SignedInUser[" + accountId + "]";
	}

}
