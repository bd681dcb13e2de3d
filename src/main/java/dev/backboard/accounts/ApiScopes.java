package dev.backboard.accounts;

import java.util.List;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The scope each secured API route needs, and which kind of token carries it: the one
 * table that the security chain enforces and the OpenAPI description lists, so the two
 * cannot drift apart. The first rule that matches a request decides, as in the chain.
 */
final class ApiScopes {

	/** The routes anyone may read, with no token. */
	static final List<String> PUBLIC_READS = List.of("/api/v1/jobs", "/api/v1/jobs/*", "/api/v1/skills",
			"/api/v1/suggest", "/api/v1/openapi.json", "/api/v1/openapi.json/**", "/api/v1/docs", "/api/v1/docs/**",
			"/api/v1/swagger-ui/**");

	/** Who holds the token, named as the OpenAPI description's security schemes. */
	enum Credential {

		/** A company's API token ({@code bb_…}), made at /employer/tokens. */
		COMPANY_TOKEN("bearer"),
		/** An access token an app got from a person (authorization code with PKCE). */
		APP("oauth2");

		private final String scheme;

		Credential(String scheme) {
			this.scheme = scheme;
		}

		String scheme() {
			return scheme;
		}

	}

	/**
	 * Routes that need one scope.
	 *
	 * @param method the method, or {@code null} for every method
	 * @param patterns the paths, as Spring's path patterns
	 * @param scope the scope the token must carry
	 * @param credential the kind of token that carries it
	 */
	record Rule(@Nullable HttpMethod method, List<String> patterns, String scope, Credential credential) {

		boolean matches(HttpMethod requested, String path) {
			PathContainer container = PathContainer.parsePath(path);
			return (method == null || method.equals(requested)) && patterns.stream()
				.map(PathPatternParser.defaultInstance::parse)
				.anyMatch((PathPattern pattern) -> pattern.matches(container));
		}

	}

	private static final List<String> COMPANY = List.of("/api/v1/company", "/api/v1/company/**");

	private static final List<String> EMPLOYER_APPLICANTS = List.of("/api/v1/employer/jobs/*/applicants",
			"/api/v1/employer/jobs/*/applicants.csv", "/api/v1/employer/applications/**");

	static final List<Rule> RULES = List
		.of(new Rule(HttpMethod.GET, COMPANY, "jobs:read", Credential.COMPANY_TOKEN),
				new Rule(HttpMethod.HEAD, COMPANY, "jobs:read", Credential.COMPANY_TOKEN),
				new Rule(HttpMethod.POST, List.of("/api/v1/jobs", "/api/v1/jobs/*/*"), "jobs:write",
						Credential.COMPANY_TOKEN),
				new Rule(HttpMethod.PUT, List.of("/api/v1/jobs/*"), "jobs:write", Credential.COMPANY_TOKEN),
				new Rule(HttpMethod.PATCH, List.of("/api/v1/jobs/*"), "jobs:write", Credential.COMPANY_TOKEN),
				new Rule(null, List.of("/api/v1/webhooks", "/api/v1/webhooks/**"), "webhooks:write",
						Credential.COMPANY_TOKEN),
				// What apps do for a person, each under the scope the person granted.
				new Rule(null, List.of("/api/v1/me/profile"), "profile", Credential.APP),
				new Rule(null, List.of("/api/v1/me/resumes", "/api/v1/me/resumes/*"), "resumes", Credential.APP),
				new Rule(null,
						List.of("/api/v1/me/applications", "/api/v1/me/applications/**",
								"/api/v1/me/application-forms/*"),
						"applications", Credential.APP),
				new Rule(null, List.of("/api/v1/me/saved-jobs", "/api/v1/me/saved-jobs/*"), "saved", Credential.APP),
				new Rule(null, EMPLOYER_APPLICANTS, "employer:applicants", Credential.APP),
				// Operators' tools, through an app an admin authorized.
				new Rule(null, List.of("/api/v1/admin/clients", "/api/v1/admin/clients/*"), "admin:clients",
						Credential.APP));

	private ApiScopes() {
	}

	/** Whether anyone may make the request without a token. */
	static boolean isPublic(HttpMethod method, String path) {
		return (method.equals(HttpMethod.GET) || method.equals(HttpMethod.HEAD))
				&& new Rule(null, PUBLIC_READS, "", Credential.APP).matches(method, path);
	}

	/** The rule that decides a request, unless it is public or denied. */
	static Optional<Rule> of(HttpMethod method, String path) {
		if (isPublic(method, path)) {
			return Optional.empty();
		}
		return RULES.stream().filter(rule -> rule.matches(method, path)).findFirst();
	}

}
