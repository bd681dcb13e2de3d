package dev.backboard.oauth;

import java.util.Arrays;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.backboard.accounts.Role;

/**
 * What a person may let an app do for them, with the words the consent page shows. A
 * scope that belongs to a role gives an app nothing for a person without that role.
 */
public enum AppScope {

	JOBS_READ("jobs:read", "Search and read jobs", null),
	PROFILE("profile", "See and change your candidate profile", Role.CANDIDATE),
	RESUMES("resumes", "Upload, download and delete your résumés", Role.CANDIDATE),
	APPLICATIONS("applications", "Apply to jobs for you, see your applications and withdraw them", Role.CANDIDATE),
	SAVED("saved", "See and change your saved jobs", Role.CANDIDATE),
	ALERTS("alerts", "See and change your job alerts", Role.CANDIDATE),
	EMPLOYER_JOBS("employer:jobs", "Read and change your company's jobs", Role.EMPLOYER),
	EMPLOYER_APPLICANTS("employer:applicants", "See your company's applicants and move them between stages",
			Role.EMPLOYER),
	ADMIN_CLIENTS("admin:clients", "Register, change and delete the apps that may use Backboard", Role.ADMIN);

	private final String value;

	private final String description;

	private final @Nullable Role role;

	AppScope(String value, String description, @Nullable Role role) {
		this.value = value;
		this.description = description;
		this.role = role;
	}

	/** As tokens and requests carry it, e.g. {@code "resumes"}. */
	public String value() {
		return value;
	}

	/** In plain words, for the consent page. */
	public String description() {
		return description;
	}

	/** The role a person needs for the scope to mean anything, if any. */
	public @Nullable Role role() {
		return role;
	}

	public static Optional<AppScope> of(String value) {
		return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
	}

}
