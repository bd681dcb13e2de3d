package dev.backboard.companies;

import java.util.concurrent.atomic.AtomicInteger;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.support.Users;

/**
 * Companies with an owner for tests, each under a fresh name and domain.
 */
final class TeamFixtures {

	private static final AtomicInteger SEQUENCE = new AtomicInteger();

	private TeamFixtures() {
	}

	record OwnedCompany(UserAccount owner, Company company) {
	}

	static OwnedCompany company(Users users, Companies companies, String name) {
		int n = SEQUENCE.incrementAndGet();
		UserAccount owner = users.create("Owen", Role.EMPLOYER);
		String unique = name + " " + n + " " + System.nanoTime() % 100000;
		Company company = companies.create(owner.getId(), new CompanyForm(unique,
				"https://www." + dev.backboard.core.Slugs.of(unique) + ".example", null, null, null), null);
		return new OwnedCompany(owner, company);
	}

}
