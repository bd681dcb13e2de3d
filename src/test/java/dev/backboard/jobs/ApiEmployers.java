package dev.backboard.jobs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.json.JsonMapper;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.ApiTokens;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.companies.MemberRole;
import dev.backboard.support.Api;
import dev.backboard.support.Users;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Companies with API tokens for the employer API's tests, and the requests those tests
 * send.
 */
final class ApiEmployers {

	static final JsonMapper JSON = JsonMapper.builder().build();

	private final int port;

	private final Users users;

	private final CompanyRepository companies;

	private final CompanyMembers members;

	private final ApiTokens tokens;

	private final JdbcClient jdbc;

	ApiEmployers(int port, Users users, CompanyRepository companies, CompanyMembers members, ApiTokens tokens,
			JdbcClient jdbc) {
		this.port = port;
		this.users = users;
		this.companies = companies;
		this.members = members;
		this.tokens = tokens;
		this.jdbc = jdbc;
	}

	/** A company whose owner made a token with both scopes. */
	Employer employer(String name) {
		UserAccount owner = users.create(name, Role.EMPLOYER);
		Company company = companies.save(
				new Company(name + " Api " + System.nanoTime(), "https://example.com", null, java.time.Instant.now()));
		members.add(company.getId(), owner.getId(), MemberRole.OWNER);
		ApiTokens.Created token = tokens.create(company.getId(), owner.getId(), "ATS",
				List.of("jobs:read", "jobs:write"));
		return new Employer(this, owner, company, token.secret(), token.id());
	}

	String token(Employer employer, String... scopes) {
		return tokens.create(employer.companyId(), employer.owner().getId(), "Extra", List.of(scopes)).secret();
	}

	long jobCount(Employer employer) {
		return jdbc.sql("select count(*) from job where company_id = :company")
			.param("company", employer.companyId())
			.query(Long.class)
			.single();
	}

	Api.Response send(String token, String method, String path, Map<String, String> headers, String body) {
		Map<String, String> all = new LinkedHashMap<>(headers);
		all.put("Authorization", "Bearer " + token);
		if (body != null) {
			all.putIfAbsent("Content-Type", "application/json");
		}
		return new Api(port).send(method, path, all, body);
	}

	/** A job body an employer may send, with the given members added or replaced. */
	static String job(Map<String, Object> changes) {
		Map<String, Object> job = new LinkedHashMap<>();
		job.put("title", "Kotlin Backend Engineer");
		job.put("descriptionMarkdown", "Ktor services on **PostgreSQL**.");
		job.put("workplaceType", "REMOTE");
		job.put("remoteCountries", List.of("DE", "NL"));
		job.put("employmentType", "FULL_TIME");
		job.put("seniority", "SENIOR");
		job.put("salary", Map.of("min", 70000, "max", 90000, "currency", "EUR", "period", "YEAR"));
		job.put("skills", List.of(Map.of("skill", "Kotlin"), Map.of("skill", "PostgreSQL", "required", false)));
		job.put("applyUrl", "https://jobs.example/kotlin");
		job.putAll(changes);
		return JSON.writeValueAsString(job);
	}

	static String job() {
		return job(Map.of());
	}

	record Employer(ApiEmployers api, UserAccount owner, Company company, String token, long tokenId) {

		long companyId() {
			return company.getId();
		}

		Api.Response post(String path, String body, Map<String, String> headers) {
			return api.send(token, "POST", path, headers, body);
		}

		Api.Response create(String body) {
			return post("/api/v1/jobs", body, Map.of());
		}

		/** Creates a job and answers its id. */
		long created(Map<String, Object> changes) {
			Api.Response response = create(job(changes));
			if (response.status() != 201) {
				throw new AssertionError("Not created: " + response.status() + " " + response.body());
			}
			return response.json().get("id").asLong();
		}

		Api.Response get(String path) {
			return api.send(token, "GET", path, Map.of(), null);
		}

		Api.Response send(String method, String path, Map<String, String> headers, String body) {
			return api.send(token, method, path, headers, body);
		}

	}

}
