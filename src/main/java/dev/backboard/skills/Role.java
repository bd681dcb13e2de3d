package dev.backboard.skills;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;

/**
 * What a title says of the job: most postings are for people who build software, but a
 * recruiter, a designer or a salesperson is told which technologies the company uses
 * without being asked for them ("hire engineers for our React and Go teams").
 */
final class Role {

	private static final Set<String> OTHER_ROLES = Set.of("recruiter", "recruiting", "recruitment", "sourcer", "talent",
			"sales", "marketing", "account", "designer", "design", "office", "coordinator", "assistant", "accountant",
			"accounting", "finance", "legal", "counsel", "paralegal", "hr", "people", "representative", "sdr", "bdr",
			"copywriter", "success", "communications", "partnerships", "receptionist");

	private static final Set<String> BUILDING_ROLES = Set.of("engineer", "engineering", "developer", "development",
			"programmer", "architect", "scientist", "analyst", "administrator", "admin", "devops", "sre", "cto", "qa",
			"tester", "data", "dba", "swe", "sde", "ml", "ai", "security");

	private Role() {
	}

	/**
	 * Whether the title names a job other than building or running software: then only
	 * the technologies the posting asks for count.
	 */
	static boolean other(String title) {
		String[] words = title.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+");
		return Arrays.stream(words).anyMatch(OTHER_ROLES::contains)
				&& Arrays.stream(words).noneMatch(BUILDING_ROLES::contains);
	}

}
