package dev.backboard.demo;

import java.util.SplittableRandom;

import dev.backboard.demo.StackFamily.Role;
import dev.backboard.demo.StackFamily.Stack;
import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.Seniority;

/**
 * Job titles as companies write them: "Senior Backend Engineer, Payments (Go,
 * PostgreSQL)", "Staff Software Engineer – Platform", "Java Developer (Spring Boot)".
 */
final class Titles {

	private Titles() {
	}

	static String of(Stack stack, Team team, Seniority seniority, EmploymentType type, SplittableRandom random) {
		if (type == EmploymentType.INTERN) {
			return intern(stack.family().role(), random) + " (" + stack.language().label() + ")";
		}
		if (seniority == Seniority.LEAD && Seeds.chance(random, 0.4)) {
			return "Engineering Manager" + Seeds.pick(random, ", ", " – ") + team.name();
		}
		String role = role(stack, random);
		String title = level(seniority, random) + role;
		if (role.startsWith(stack.language().label() + " ")) {
			return stack.headline().get(1).kind() == Tech.Kind.FRAMEWORK && Seeds.chance(random, 0.6)
					? title + " (" + stack.headline().get(1).label() + ")" : title;
		}
		double decoration = random.nextDouble();
		if (role.contains(",")) {
			return (decoration < 0.4) ? title + " (" + headline(stack) + ")" : title;
		}
		if (decoration < 0.3) {
			return title + ", " + team.name();
		}
		if (decoration < 0.45) {
			return title + " – " + team.name();
		}
		if (decoration < 0.75) {
			return title + " (" + headline(stack) + ")";
		}
		if (decoration < 0.88) {
			return title + ", " + team.name() + " (" + headline(stack) + ")";
		}
		return title;
	}

	private static String headline(Stack stack) {
		return stack.headline().get(0).label() + ", " + stack.headline().get(1).label();
	}

	private static String level(Seniority seniority, SplittableRandom random) {
		return switch (seniority) {
			case JUNIOR -> "Junior ";
			case MID -> Seeds.chance(random, 0.15) ? "Mid-level " : "";
			case SENIOR -> Seeds.chance(random, 0.1) ? "Sr. " : "Senior ";
			case STAFF -> "Staff ";
			case PRINCIPAL -> "Principal ";
			case LEAD -> "Lead ";
		};
	}

	private static String intern(Role role, SplittableRandom random) {
		return switch (role) {
			case DATA -> "Data Engineering Intern";
			case OPERATIONS -> "Platform Engineering Intern";
			case BACKEND -> Seeds.pick(random, "Backend Engineering Intern", "Software Engineering Intern");
		};
	}

	private static String role(Stack stack, SplittableRandom random) {
		Role role = stack.family().role();
		return switch (role) {
			case DATA ->
				Seeds.pick(random, "Data Engineer", "Data Engineer", "Analytics Engineer", "Data Platform Engineer");
			case OPERATIONS -> Seeds.pick(random, "Site Reliability Engineer", "Site Reliability Engineer",
					"Platform Engineer", "DevOps Engineer", "Infrastructure Engineer", "Cloud Engineer");
			case BACKEND -> backendRole(stack, random);
		};
	}

	private static String backendRole(Stack stack, SplittableRandom random) {
		int pick = random.nextInt(16);
		if (pick < 5) {
			return "Backend Engineer";
		}
		if (pick < 8) {
			return "Software Engineer";
		}
		if (pick < 10) {
			return "Backend Developer";
		}
		if (pick < 12) {
			return stack.language().label() + " Developer";
		}
		if (pick < 14) {
			return stack.language().label() + " Engineer";
		}
		return pick < 15 ? "Software Engineer, Backend" : "Platform Engineer";
	}

}
