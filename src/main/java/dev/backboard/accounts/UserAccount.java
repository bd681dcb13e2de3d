package dev.backboard.accounts;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.jspecify.annotations.Nullable;

/**
 * A person who signs in. The password is only ever held as an Argon2id hash; accounts
 * created through an identity provider may have none.
 */
@Entity
@Table(name = "user_account")
public class UserAccount {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "user_account_seq")
	@SequenceGenerator(name = "user_account_seq", sequenceName = "user_account_seq", allocationSize = 50)
	private @Nullable Long id;

	private String email;

	private @Nullable String passwordHash;

	private String displayName;

	private @Nullable Instant emailVerifiedAt;

	private @Nullable String totpSecret;

	private @Nullable Instant totpEnabledAt;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
	@Column(name = "role")
	@Enumerated(EnumType.STRING)
	private Set<Role> roles = EnumSet.noneOf(Role.class);

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	@SuppressWarnings("NullAway.Init")
	protected UserAccount() {
	}

	UserAccount(String email, @Nullable String passwordHash, String displayName, Set<Role> roles, Instant now) {
		this.email = normalize(email);
		this.passwordHash = passwordHash;
		this.displayName = displayName.strip();
		this.roles = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
		this.createdAt = now;
		this.updatedAt = now;
	}

	/** Emails compare without regard to case or surrounding blanks. */
	public static String normalize(String email) {
		return email.strip().toLowerCase(Locale.ROOT);
	}

	void verifyEmail(Instant now) {
		if (emailVerifiedAt == null) {
			this.emailVerifiedAt = now;
			this.updatedAt = now;
		}
	}

	void changePassword(String newHash, Instant now) {
		this.passwordHash = newHash;
		this.updatedAt = now;
	}

	void changeEmail(String newEmail, Instant now) {
		this.email = normalize(newEmail);
		this.emailVerifiedAt = now;
		this.updatedAt = now;
	}

	void grant(Role role, Instant now) {
		if (roles.add(role)) {
			this.updatedAt = now;
		}
	}

	void enableTotp(String secret, Instant now) {
		this.totpSecret = secret;
		this.totpEnabledAt = now;
		this.updatedAt = now;
	}

	void disableTotp(Instant now) {
		this.totpSecret = null;
		this.totpEnabledAt = null;
		this.updatedAt = now;
	}

	public Long getId() {
		if (id == null) {
			throw new IllegalStateException("The account has not been saved yet");
		}
		return id;
	}

	public String getEmail() {
		return email;
	}

	@Nullable String getPasswordHash() {
		return passwordHash;
	}

	public boolean hasPassword() {
		return passwordHash != null;
	}

	public String getDisplayName() {
		return displayName;
	}

	public boolean isEmailVerified() {
		return emailVerifiedAt != null;
	}

	@Nullable String getTotpSecret() {
		return totpSecret;
	}

	public boolean isTotpEnabled() {
		return totpEnabledAt != null;
	}

	public Set<Role> getRoles() {
		return roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
	}

	public boolean hasRole(Role role) {
		return roles.contains(role);
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

}
