package dev.backboard.companies;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an API token may do. Each scope becomes a {@code SCOPE_…} authority that the API's
 * route rules check.
 */
public enum ApiScope {

	JOBS_READ("jobs:read"), JOBS_WRITE("jobs:write"), WEBHOOKS_WRITE("webhooks:write");

	private final String value;

	ApiScope(String value) {
		this.value = value;
	}

	/** "jobs:read", as tokens carry it. */
	public String value() {
		return value;
	}

	/** "SCOPE_jobs:read", as Spring Security checks it. */
	public String authority() {
		return "SCOPE_" + value;
	}

	public static Optional<ApiScope> of(String value) {
		return Arrays.stream(values()).filter(scope -> scope.value.equals(value)).findFirst();
	}

}
