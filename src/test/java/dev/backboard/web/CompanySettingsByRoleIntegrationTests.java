package dev.backboard.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.ApiTokens;
import dev.backboard.companies.Companies;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyForm;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.MemberRole;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every form that changes a company's settings, sent by each role of its members: the
 * README gives owners the profile, the team, API tokens and the stage emails, and lets
 * any member verify the domain. A refused form answers 403 and changes nothing in the
 * database; an allowed one changes what it says.
 */
@IntegrationTest
class CompanySettingsByRoleIntegrationTests {

	enum Who {

		OWNER, RECRUITER

	}

	/**
	 * One settings form: the route as the handler mappings name it, who may send it, how
	 * to fill it in for a company, and the rows it changes.
	 */
	record Form(String route, Set<Who> allowed, Function<Tenant, String> path,
			Function<Tenant, Map<String, String>> fields, String state) {
	}

	static final Set<Who> OWNERS = Set.of(Who.OWNER);

	static final Set<Who> MEMBERS = Set.of(Who.OWNER, Who.RECRUITER);

	static final List<Form> FORMS = List.of(
			new Form("/employer/company", OWNERS, t -> "/employer/company",
					t -> Map.of("name", "Renamed " + t.company().getId(), "website", "https://renamed.example"),
					"select name || website from company where id = :company"),
			new Form("/employer/team/invitations", OWNERS, t -> "/employer/team/invitations",
					t -> Map.of("email", Users.freshEmail("invited"), "role", "OWNER"),
					"select count(*) from company_invitation where company_id = :company"),
			new Form("/employer/team/members/{accountId}/role", OWNERS,
					t -> "/employer/team/members/" + t.other().getId() + "/role", t -> Map.of("role", "OWNER"),
					"select string_agg(user_id || role, ',' order by user_id) from company_member where company_id = :company"),
			new Form("/employer/team/members/{accountId}/remove", OWNERS,
					t -> "/employer/team/members/" + t.other().getId() + "/remove", t -> Map.of(),
					"select string_agg(user_id || role, ',' order by user_id) from company_member where company_id = :company"),
			new Form("/employer/tokens", OWNERS, t -> "/employer/tokens",
					t -> Map.of("name", "ci", "scopes", "jobs:read"),
					"select count(*) from api_token where company_id = :company"),
			new Form("/employer/tokens/{id}/revoke", OWNERS, t -> "/employer/tokens/" + t.tokenId() + "/revoke",
					t -> Map.of(), "select count(*) from api_token where company_id = :company and revoked_at is null"),
			new Form("/employer/stage-emails", OWNERS, t -> "/employer/stage-emails", t -> Map.of("stages", "HIRED"),
					"select coalesce((select array_to_string(stages, ',') from company_stage_email where company_id = :company), 'default')"),
			new Form("/employer/company/domain", MEMBERS, t -> "/employer/company/domain",
					t -> Map.of("email", "hr@" + t.domain()),
					"select count(*) from company_domain_token where company_id = :company"));

	/**
	 * Routes that act on one job or application of the company, covered by the access
	 * matrix, or that a member follows from a mail, purchases (covered by the matrix and
	 * the billing tests), webhook endpoints (owners only, covered by the matrix and
	 * WebhookPagesIntegrationTests) and import sources (owners only, covered by the
	 * matrix and ImportsIntegrationTests): not company settings.
	 */
	static final Set<String> NOT_SETTINGS = Set.of("/employer/company/new", "/employer/company/domain/confirm/{token}",
			"/employer/billing/packages", "/employer/billing/featured", "/employer/webhooks", "/employer/webhooks/{id}",
			"/employer/webhooks/{id}/delete", "/employer/webhooks/{id}/deliveries/{deliveryId}/redeliver",
			"/employer/webhooks/{id}/enable", "/employer/webhooks/{id}/rotate", "/employer/webhooks/{id}/test",
			"/employer/imports", "/employer/imports/{id}", "/employer/imports/{id}/delete",
			"/employer/imports/{id}/sync");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Users users;

	@Autowired
	Companies companies;

	@Autowired
	CompanyMembers members;

	@Autowired
	ApiTokens tokens;

	@Autowired
	JdbcClient jdbc;

	@Test
	void everyCompanySettingsFormIsInTheMatrix() {
		Set<String> settings = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> {
			if (info.getPathPatternsCondition() != null && info.getMethodsCondition()
				.getMethods()
				.contains(org.springframework.web.bind.annotation.RequestMethod.POST)) {
				info.getPathPatternsCondition()
					.getPatternValues()
					.stream()
					.filter(pattern -> pattern.startsWith("/employer/") && !pattern.startsWith("/employer/jobs")
							&& !pattern.startsWith("/employer/applications") && !NOT_SETTINGS.contains(pattern))
					.forEach(settings::add);
			}
		});
		assertThat(FORMS.stream().map(Form::route)).containsExactlyInAnyOrderElementsOf(settings);
	}

	@TestFactory
	Stream<DynamicTest> eachRoleChangesOnlyTheSettingsItMay() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Form form : FORMS) {
			for (Who who : Who.values()) {
				tests.add(DynamicTest.dynamicTest(form.route() + " as " + who, () -> check(form, who)));
			}
		}
		return tests.stream();
	}

	private void check(Form form, Who who) {
		Tenant tenant = tenant();
		WebSession session = users.signIn(port, who == Who.OWNER ? tenant.owner() : tenant.recruiter());
		String before = state(form, tenant);
		Map<String, String> fields = new java.util.HashMap<>(form.fields().apply(tenant));
		fields.put("_csrf", session.csrfToken("/account"));
		Api.Response response = session.post(form.path().apply(tenant), fields);
		String outcome = form.route() + " as " + who + " answered " + response.status() + " "
				+ response.header("Location");
		if (form.allowed().contains(who)) {
			assertThat(response.status()).as(outcome).isIn(200, 302);
			assertThat(state(form, tenant)).as(outcome).isNotEqualTo(before);
		}
		else {
			assertThat(response.status()).as(outcome).isEqualTo(403);
			assertThat(state(form, tenant)).as(outcome).isEqualTo(before);
		}
	}

	private String state(Form form, Tenant tenant) {
		return jdbc.sql(form.state()).param("company", tenant.company().getId()).query(String.class).single();
	}

	/** A company with an owner, the recruiter who acts, and another recruiter. */
	private Tenant tenant() {
		UserAccount owner = users.create("Owner", Role.EMPLOYER);
		UserAccount recruiter = users.create("Recruiter", Role.EMPLOYER);
		UserAccount other = users.create("Other", Role.EMPLOYER);
		String domain = "settings" + System.nanoTime() + ".example";
		Company company = companies.create(owner.getId(),
				new CompanyForm("Settings " + System.nanoTime(), "https://" + domain, null, null, null), null);
		members.add(company.getId(), recruiter.getId(), MemberRole.RECRUITER);
		members.add(company.getId(), other.getId(), MemberRole.RECRUITER);
		long tokenId = tokens.create(company.getId(), owner.getId(), "matrix", List.of("jobs:read")).id();
		return new Tenant(company, owner, recruiter, other, tokenId, domain);
	}

	record Tenant(Company company, UserAccount owner, UserAccount recruiter, UserAccount other, long tokenId,
			String domain) {
	}

}
