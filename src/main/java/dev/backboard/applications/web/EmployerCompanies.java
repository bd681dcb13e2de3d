package dev.backboard.applications.web;

import dev.backboard.accounts.SignedInUser;
import dev.backboard.companies.CompanyMembers;
import dev.backboard.companies.Membership;
import dev.backboard.core.Actor;
import dev.backboard.jobs.JobNotFound;

import org.springframework.stereotype.Component;

/**
 * The company a signed-in employer acts for. An employer without a company reaches no job
 * or application, so the pages answer 404 as for anyone else's.
 */
@Component
class EmployerCompanies {

	private final CompanyMembers members;

	EmployerCompanies(CompanyMembers members) {
		this.members = members;
	}

	long of(SignedInUser user) {
		return membership(user).companyId();
	}

	Membership membership(SignedInUser user) {
		return members.of(user.accountId()).orElseThrow(() -> new JobNotFound(0));
	}

	static Actor actor(SignedInUser user) {
		return Actor.person(user.accountId(), user.displayName());
	}

}
