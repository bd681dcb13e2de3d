package dev.backboard.companies;

import java.time.Duration;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import dev.backboard.accounts.Accounts;
import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.TeamFixtures.OwnedCompany;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Mailbox;
import dev.backboard.support.MutableClock;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class TeamIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Companies companies;

	@Autowired
	CompanyMembers members;

	@Autowired
	Accounts accounts;

	@Autowired
	Mailbox mailbox;

	@Autowired
	MutableClock clock;

	@Test
	void anInviteeFollowsTheMailedLinkSignsInAndJoins() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Invites");
		UserAccount invitee = users.create("Ivy", Role.CANDIDATE);

		String link = invite(owned, invitee.getEmail(), "RECRUITER");
		WebSession browser = new WebSession(port);
		Api.Response anonymous = browser.get(link);
		assertThat(anonymous.status()).isEqualTo(302);
		assertThat(anonymous.header("Location")).endsWith("/login");
		Api.Response signIn = browser.submit("/login", "form[action=/login]",
				Map.of("username", invitee.getEmail(), "password", Users.PASSWORD));
		assertThat(signIn.header("Location")).contains("/invitations/");
		Api.Response accepted = browser.submit(signIn.header("Location"), "#accept-form", Map.of());

		assertThat(accepted.status()).isEqualTo(302);
		Membership membership = members.of(invitee.getId()).orElseThrow();
		assertThat(membership.companyId()).isEqualTo(owned.company().getId());
		assertThat(membership.role()).isEqualTo(MemberRole.RECRUITER);
		assertThat(accounts.findById(invitee.getId()).orElseThrow().hasRole(Role.EMPLOYER)).isTrue();
		// The session has the new role at once, without signing in again.
		assertThat(browser.page(accepted.header("Location")).text()).contains("a recruiter at");
	}

	@Test
	void anotherAccountCannotAcceptTheInvitation() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Wrong Account");
		UserAccount invitee = users.create("Ivy", Role.CANDIDATE);
		UserAccount stranger = users.create("Sam", Role.CANDIDATE);
		String link = invite(owned, invitee.getEmail(), "OWNER");
		WebSession session = users.signIn(port, stranger);

		assertThat(session.page(link).select("#accept-form")).isEmpty();
		Api.Response response = session.post(link, Map.of("_csrf", session.csrfToken("/account")));

		assertThat(response.status()).isEqualTo(403);
		assertThat(Jsoup.parse(response.body()).text()).contains("sent to another email address");
		assertThat(members.of(stranger.getId())).isEmpty();
	}

	@Test
	void anExpiredInvitationIsRefused() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Expired");
		UserAccount invitee = users.create("Ivy", Role.CANDIDATE);
		String link = invite(owned, invitee.getEmail(), "RECRUITER");
		WebSession session = users.signIn(port, invitee);
		String csrf = session.csrfToken("/account");

		clock.set(clock.instant().plus(Duration.ofDays(8)));
		try {
			Api.Response response = session.post(link, Map.of("_csrf", csrf));

			assertThat(response.status()).isEqualTo(410);
			assertThat(Jsoup.parse(response.body()).text()).contains("expired");
			assertThat(members.of(invitee.getId())).isEmpty();
		}
		finally {
			clock.reset();
		}
	}

	@Test
	void someoneInAnotherCompanyCannotAccept() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Poacher");
		OwnedCompany other = TeamFixtures.company(users, companies, "Home");
		String link = invite(owned, other.owner().getEmail(), "RECRUITER");
		WebSession session = users.signIn(port, other.owner());

		Api.Response response = session.post(link, Map.of("_csrf", session.csrfToken("/account")));

		assertThat(response.status()).isEqualTo(409);
		assertThat(Jsoup.parse(response.body()).text()).contains("already belong to a company");
		assertThat(members.of(other.owner().getId()).orElseThrow().companyId()).isEqualTo(other.company().getId());
	}

	@Test
	void anOwnerPromotesARecruiter() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Roles");
		UserAccount recruiter = users.create("Rae", Role.EMPLOYER);
		members.add(owned.company().getId(), recruiter.getId(), MemberRole.RECRUITER);
		WebSession owner = users.signIn(port, owned.owner());

		Api.Response response = owner.submit("/employer/team",
				"form[action=/employer/team/members/" + recruiter.getId() + "/role]", Map.of("role", "OWNER"));

		assertThat(response.status()).isEqualTo(302);
		assertThat(members.of(recruiter.getId()).orElseThrow().role()).isEqualTo(MemberRole.OWNER);
	}

	@Test
	void theLastOwnerCanBeNeitherDemotedNorRemoved() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Last Owner");
		WebSession owner = users.signIn(port, owned.owner());
		String self = "/employer/team/members/" + owned.owner().getId();

		Api.Response demote = owner.submit("/employer/team", "form[action=" + self + "/role]",
				Map.of("role", "RECRUITER"));
		Api.Response remove = owner.submit("/employer/team", "form[action=" + self + "/remove]", Map.of());

		assertThat(demote.status()).isEqualTo(409);
		assertThat(Jsoup.parse(demote.body()).select(".form-error").text()).contains("at least one owner");
		assertThat(remove.status()).isEqualTo(409);
		assertThat(members.of(owned.owner().getId()).orElseThrow().role()).isEqualTo(MemberRole.OWNER);
	}

	@Test
	void anotherCompanysMemberIdIsNotFound() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Mine");
		OwnedCompany other = TeamFixtures.company(users, companies, "Theirs");
		UserAccount theirRecruiter = users.create("Rae", Role.EMPLOYER);
		members.add(other.company().getId(), theirRecruiter.getId(), MemberRole.RECRUITER);
		WebSession owner = users.signIn(port, owned.owner());
		String csrf = owner.csrfToken("/employer/team");

		Api.Response remove = owner.post("/employer/team/members/" + theirRecruiter.getId() + "/remove",
				Map.of("_csrf", csrf));
		Api.Response promote = owner.post("/employer/team/members/" + theirRecruiter.getId() + "/role",
				Map.of("_csrf", csrf, "role", "OWNER"));

		assertThat(remove.status()).isEqualTo(404);
		assertThat(promote.status()).isEqualTo(404);
		assertThat(members.of(theirRecruiter.getId()).orElseThrow().role()).isEqualTo(MemberRole.RECRUITER);
	}

	@Test
	void recruitersCannotManageTheTeamOrTokens() {
		OwnedCompany owned = TeamFixtures.company(users, companies, "Recruiters");
		UserAccount recruiter = users.create("Rae", Role.EMPLOYER);
		members.add(owned.company().getId(), recruiter.getId(), MemberRole.RECRUITER);
		WebSession session = users.signIn(port, recruiter);
		String csrf = session.csrfToken("/employer/company/domain");

		assertThat(session.get("/employer/team").status()).isEqualTo(403);
		assertThat(session.get("/employer/tokens").status()).isEqualTo(403);
		assertThat(session.post("/employer/team/invitations", Map.of("_csrf", csrf, "email", "x@example.com")).status())
			.isEqualTo(403);
		assertThat(session.post("/employer/tokens", Map.of("_csrf", csrf, "name", "sneaky", "scopes", "jobs:read"))
			.status()).isEqualTo(403);
		assertThat(session.post("/employer/team/members/" + owned.owner().getId() + "/remove", Map.of("_csrf", csrf))
			.status()).isEqualTo(403);
		assertThat(members.owners(owned.company().getId())).containsExactly(owned.owner().getId());
	}

	@Test
	void aCandidateCannotReachEmployerPages() {
		UserAccount candidate = users.create("Casey", Role.CANDIDATE);
		WebSession session = users.signIn(port, candidate);

		assertThat(session.get("/employer/team").status()).isEqualTo(403);
		assertThat(session.get("/employer/company/new").status()).isEqualTo(403);
	}

	private String invite(OwnedCompany owned, String email, String role) {
		WebSession owner = users.signIn(port, owned.owner());
		Api.Response response = owner.submit("/employer/team", "#invite-form", Map.of("email", email, "role", role));
		assertThat(response.status()).isEqualTo(302);
		return mailbox.waitForSubject(email, "Join " + owned.company().getName())
			.link("/invitations/")
			.replaceFirst("^https?://[^/]+", "");
	}

}
