package dev.backboard.demo;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;

import org.jspecify.annotations.Nullable;

import dev.backboard.demo.StackFamily.Stack;
import dev.backboard.geo.Place;
import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.Salary;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;

/**
 * A job description in Markdown, the way real postings are laid out: the company, the
 * team, the work, the stack, what we look for, what we offer and how we hire. Headings,
 * phrasing and sections vary with the random stream so that postings do not all read the
 * same; every technology named comes from the stack, so the text and the skills agree.
 */
final class Description {

	private final Posting posting;

	private final SplittableRandom random;

	private final StringBuilder text = new StringBuilder(3072);

	private final String headingStyle;

	private Description(Posting posting, SplittableRandom random) {
		this.posting = posting;
		this.random = random;
		this.headingStyle = Seeds.pick(random, "## ", "## ", "### ", "**");
	}

	static String write(Posting posting, SplittableRandom random) {
		return new Description(posting, random).markdown();
	}

	private String markdown() {
		about();
		role();
		responsibilities();
		stack();
		requirements();
		niceToHave();
		benefits();
		hiring();
		text.setLength(text.length() - 1);
		return text.toString();
	}

	private void about() {
		CompanyProfile company = posting.company();
		heading(Seeds.pick(random, "About us", "About " + company.name(), "Who we are", "The company"));
		text.append(company.name()).append(' ').append(Seeds.pick(random, company.industry().pitches())).append(". ");
		int people = company.people();
		switch (random.nextInt(3)) {
			case 0 -> text.append("Founded in ")
				.append(company.founded())
				.append(" in ")
				.append(company.headquarters().city())
				.append(", we are now ")
				.append(number(people))
				.append(" people");
			case 1 -> text.append("We started in ")
				.append(company.headquarters().city())
				.append(" in ")
				.append(company.founded())
				.append(" and have grown to ")
				.append(number(people))
				.append(" people");
			default -> text.append("We are ").append(number(people)).append(" people, ").append(funding(company));
		}
		if (company.remoteFirst()) {
			text.append(", most of us working remotely");
		}
		text.append(". ");
		if (Seeds.chance(random, 0.6)) {
			long customers = Pay.round(people * (20.0 + 400 * random.nextDouble())).longValue();
			text.append(Seeds.pick(random, "More than ", "Over ", "Some "))
				.append(number(customers))
				.append(' ')
				.append(company.industry().customers())
				.append(Seeds.pick(random, " rely on us every day.", " use our product every week.",
						" count on what we build."));
		}
		paragraphEnd();
	}

	private String funding(CompanyProfile company) {
		if (company.people() < 60) {
			return Seeds.pick(random, "backed by seed investors", "a small team with big customers");
		}
		if (company.people() < 300) {
			return Seeds.pick(random, "a Series A company", "a Series B company", "backed by well-known investors");
		}
		if (company.people() < 1500) {
			return Seeds.pick(random, "a Series C company", "profitable since " + (company.founded() + 5));
		}
		return Seeds.pick(random, "a publicly listed company", "profitable and growing");
	}

	private void role() {
		Team team = posting.team();
		heading(Seeds.pick(random, "The team", "The role", "About the team", "Where you come in"));
		text.append("You will join the ")
			.append(team.name())
			.append(" team, ")
			.append(3 + random.nextInt(7))
			.append(" engineers who own ")
			.append(team.owns())
			.append(". ");
		text.append(levelSentence()).append(' ');
		String contract = contractSentence();
		if (!contract.isEmpty()) {
			text.append(contract).append(' ');
		}
		text.append(workplaceSentence());
		String mobility = mobilitySentence();
		if (!mobility.isEmpty()) {
			text.append(' ').append(mobility);
		}
		paragraphEnd();
	}

	private String levelSentence() {
		return switch (posting.seniority()) {
			case JUNIOR -> "This is a junior role: you will have a mentor, a clear onboarding plan and room to learn.";
			case MID -> "You will own features end to end and work closely with product and design.";
			case SENIOR ->
				"As a senior engineer you will lead projects from design to production and help others grow.";
			case STAFF, PRINCIPAL -> "This is a " + posting.seniority().label().toLowerCase(Locale.ROOT)
					+ "-level role: you will set technical direction across several teams and take on the problems"
					+ " that do not fit neatly into one of them.";
			case LEAD -> "You will lead the team, its growth and what it delivers, while staying close enough to the"
					+ " code to review designs and pull requests.";
		};
	}

	private String contractSentence() {
		return switch (posting.employmentType()) {
			case CONTRACTOR ->
				"This is a " + Seeds.pick(random, "6", "9", "12") + "-month contract with a good chance of extension"
						+ ("GB".equals(posting.placement().payCountry()) ? ", outside IR35." : ".");
			case PART_TIME -> "This is a part-time role, " + Seeds.pick(random, "20", "24", "30")
					+ " hours a week, and you choose when you work them.";
			case TEMPORARY -> "This is a fixed-term position for " + Seeds.pick(random, "6", "12") + " months.";
			case INTERN -> "This is a paid internship of " + Seeds.pick(random, "three", "six")
					+ " months, and many of our interns stay on as engineers.";
			case FULL_TIME -> "";
		};
	}

	private String workplaceSentence() {
		Placement placement = posting.placement();
		Placement.RemotePolicy remote = placement.remote();
		List<Place> offices = placement.places();
		if (remote != null) {
			String sentence;
			if (remote.isAnywhere()) {
				sentence = "The role is fully remote: work from anywhere, as long as you overlap a few hours with "
						+ posting.company().headquarters().city() + ".";
			}
			else if (remote.countries().isEmpty()) {
				sentence = "The role is fully remote, for anyone living between UTC" + offset(remote.timezoneMin())
						+ " and UTC" + offset(remote.timezoneMax()) + ".";
			}
			else {
				sentence = "The role is fully remote from anywhere in " + remote.label() + ", and we meet in person "
						+ Seeds.pick(random, "twice a year.", "once a quarter.", "for a week every spring.");
			}
			return offices.isEmpty() ? sentence
					: sentence + " If you prefer, you are welcome at our office in " + offices.get(0).city() + ".";
		}
		if (placement.workplaceType() == WorkplaceType.HYBRID) {
			return "We work from our " + cities(offices) + " office " + Seeds.pick(random, "two", "three")
					+ " days a week, and from home the rest of the time.";
		}
		return offices.size() > 1 ? "This role is based in " + cities(offices) + ", where each team sits together."
				: "This role is on-site in " + offices.get(0).city() + ", where the whole team works together.";
	}

	private String mobilitySentence() {
		if (posting.visaSponsorship() && posting.relocation()) {
			return "We sponsor work visas and pay for your move: flights, a month of temporary housing and help"
					+ " with the paperwork.";
		}
		if (posting.visaSponsorship()) {
			return "We sponsor work visas for this role.";
		}
		if (posting.relocation()) {
			return "We offer a relocation package if you are moving for the job.";
		}
		return "";
	}

	private void responsibilities() {
		heading(Seeds.pick(random, "What you will do", "What you'll do", "Your responsibilities",
				"In this role you will"));
		List<String> pool = new ArrayList<>(switch (posting.stack().family().role()) {
			case BACKEND -> List.of(
					"Design, build and operate backend services that " + posting.company().industry().customers()
							+ " rely on every day",
					"Own features from the design document to production, and the dashboards that prove they work",
					"Keep our APIs fast and reliable under real production load",
					"Evolve the data model as the product grows: migrations, backfills and indexes",
					"Review code and designs, and help shape the technical direction of the " + posting.team().name()
							+ " team",
					"Work closely with product managers and designers on what we build next",
					"Take part in a humane on-call rotation: one week in six, with time off after a rough night",
					"Split a large legacy component into smaller services without stopping the business",
					"Improve the test suite and the deployment pipeline so that shipping stays boring");
			case DATA ->
				List.of("Build and maintain the batch and streaming pipelines that feed analytics and product features",
						"Model data so that analysts can answer their own questions",
						"Make data quality measurable with tests, freshness checks and alerts",
						"Work with backend teams on event schemas and change data capture",
						"Keep the warehouse fast and its costs under control",
						"Help product teams design and read their experiments");
			case OPERATIONS -> List.of("Define SLOs with product teams and build the alerting that backs them",
					"Manage infrastructure as code and make every change safe to roll out",
					"Run blameless incident reviews that lead to real improvements",
					"Reduce cloud spend without hurting reliability",
					"Build self-service tooling so that product teams can ship without waiting for us",
					"Keep our clusters healthy: upgrades, autoscaling, network policies and secrets");
		});
		List<String> bullets = new ArrayList<>(sample(pool, 3 + random.nextInt(2)));
		bullets.addAll(switch (posting.seniority()) {
			case JUNIOR -> List.of("Pair with experienced engineers and grow into owning features yourself");
			case MID -> List.of();
			case SENIOR -> List.of("Mentor other engineers through pairing and code review");
			case STAFF, PRINCIPAL ->
				List.of("Drive technical strategy across several teams and write the design documents that settle big"
						+ " decisions", "Mentor senior engineers and raise the bar for design reviews");
			case LEAD ->
				List.of("Lead a team of " + (4 + random.nextInt(5)) + " engineers: 1:1s, career growth and" + " hiring",
						"Plan the roadmap with product and keep the team focused on outcomes");
		});
		bullets(bullets);
	}

	private void stack() {
		heading(Seeds.pick(random, "Our stack", "Tech stack", "What we use", "Technology"));
		Stack stack = posting.stack();
		switch (random.nextInt(3)) {
			case 0 -> StackText.oneLiner(stack, text);
			case 1 -> StackText.bullets(stack, text);
			default -> StackText.prose(stack, text);
		}
		paragraphEnd();
	}

	private void requirements() {
		heading(Seeds.pick(random, "What we are looking for", "About you", "Requirements", "You will thrive here if"));
		Stack stack = posting.stack();
		List<String> bullets = new ArrayList<>();
		bullets.add(experience());
		List<Tech> languages = stack.ofKind(Tech.Kind.LANGUAGE);
		if (!languages.isEmpty()) {
			bullets.add(Seeds.pick(random, "You have shipped production code in ", "You write clean, tested ",
					"Strong skills in ")
					+ (languages.contains(Tech.JAVA) && languages.contains(Tech.KOTLIN) ? StackText.or(languages)
							: StackText.and(languages)));
		}
		List<Tech> frameworks = stack.ofKind(Tech.Kind.FRAMEWORK);
		if (!frameworks.isEmpty()) {
			bullets.add(Seeds.pick(random, "Hands-on experience with ", "You know your way around ")
					+ StackText.and(frameworks));
		}
		List<Tech> stores = stack.ofKind(Tech.Kind.DATASTORE);
		if (!stores.isEmpty()) {
			bullets.add("You are comfortable with " + StackText.and(stores)
					+ Seeds.pick(random, ": schema design, indexes, query plans and migrations",
							" in production, including the day something goes wrong"));
		}
		List<Tech> messaging = stack.ofKind(Tech.Kind.MESSAGING);
		if (!messaging.isEmpty()) {
			bullets.add(Seeds.pick(random,
					"You have worked with " + StackText.or(messaging)
							+ " and know what at-least-once delivery means for a consumer",
					"Experience with " + StackText.or(messaging) + " or a similar message broker"));
		}
		List<Tech> clouds = stack.ofKind(Tech.Kind.CLOUD);
		if (!clouds.isEmpty()) {
			bullets.add("You have deployed and run services on " + StackText.or(clouds));
		}
		bullets.addAll(sample(traits(), 2));
		bullets(bullets);
	}

	private String experience() {
		String what = switch (posting.stack().family().role()) {
			case BACKEND -> "building backend systems";
			case DATA -> "building data pipelines";
			case OPERATIONS -> "running production infrastructure";
		};
		return switch (posting.seniority()) {
			case JUNIOR -> "Up to two years of professional experience, or projects that show how you work";
			case MID -> "3+ years of experience " + what;
			case SENIOR -> "5+ years of experience " + what;
			case STAFF -> "8+ years of experience " + what + ", some of it at a scale that hurt";
			case PRINCIPAL -> "10+ years of experience " + what + ", including systems many teams depend on";
			case LEAD -> "7+ years of experience " + what + ", and at least two leading a team";
		};
	}

	private List<String> traits() {
		List<String> traits = new ArrayList<>(List.of(
				"You communicate clearly in writing: much of our collaboration happens in documents and pull requests",
				"You care about the people who use what you build",
				"You like to own problems end to end, including being on call for what you ship",
				"You are pragmatic: you know when good enough is good enough, and when it is not",
				"You enjoy reviewing code and helping others improve theirs", "You are fluent in English"));
		if (posting.seniority() == Seniority.STAFF || posting.seniority() == Seniority.PRINCIPAL) {
			traits.add(0, "You have led technical initiatives across several teams without formal authority");
			traits.add(1, "You have a record of simplifying systems, not just growing them");
		}
		if (posting.seniority() == Seniority.LEAD) {
			traits.add(0, "You have led a team of engineers, including hiring, 1:1s and performance conversations");
		}
		return traits;
	}

	private void niceToHave() {
		heading(Seeds.pick(random, "Nice to have", "Bonus points", "It would be great if you have"));
		List<String> bullets = new ArrayList<>();
		for (Tech tech : posting.stack().niceToHave()) {
			bullets
				.add(Seeds.pick(random, "Experience with ", "Familiarity with ", "Some exposure to ") + tech.label());
		}
		bullets.add(Seeds.pick(random, "Experience in " + posting.company().industry().label(),
				"Open-source contributions we can look at", "You have worked at a company that grew quickly",
				"You have been on call for a high-traffic service"));
		bullets(bullets);
	}

	private void benefits() {
		heading(Seeds.pick(random, "What we offer", "Benefits", "Why join us", "Perks"));
		List<String> bullets = new ArrayList<>();
		Salary salary = posting.salary();
		if (salary != null) {
			bullets.add("**Salary:** " + salaryText(salary)
					+ (Seeds.chance(random, 0.4) && posting.employmentType() == EmploymentType.FULL_TIME
							? ", plus equity" : ""));
		}
		bullets.addAll(sample(Benefits.forCountry(posting.placement().payCountry()), 4 + random.nextInt(3)));
		bullets(bullets);
	}

	static String salaryText(Salary salary) {
		String per = switch (salary.period()) {
			case YEAR -> " a year";
			case MONTH -> " a month";
			case WEEK -> " a week";
			case DAY -> " a day";
			case HOUR -> " an hour";
		};
		String currency = " " + salary.currency();
		BigDecimal min = salary.min();
		BigDecimal max = salary.max();
		if (min != null && max != null) {
			return number(min.longValue()) + "–" + number(max.longValue()) + currency + per;
		}
		return (min != null) ? "from " + number(min.longValue()) + currency + per
				: "up to " + number(max == null ? 0 : max.longValue()) + currency + per;
	}

	private void hiring() {
		heading(Seeds.pick(random, "How we hire", "Our hiring process", "Interview process", "What happens next"));
		text.append(Seeds.pick(random, Hiring.PROCESSES));
		paragraphEnd();
		String email = posting.applyEmail();
		if (email != null) {
			text.append("Apply by email to ")
				.append(email)
				.append(": a few lines about something you built tell us more than a cover letter.");
			paragraphEnd();
		}
		String closing = Seeds.pick(random, "", "", Hiring.equalOpportunity(posting.company().name()),
				"Not sure you tick every box? Apply anyway: we care more about how you think than about a checklist.");
		if (!closing.isEmpty()) {
			text.append(closing);
			paragraphEnd();
		}
	}

	private void heading(String title) {
		if (headingStyle.equals("**")) {
			text.append("**").append(title).append("**\n\n");
		}
		else {
			text.append(headingStyle).append(title).append("\n\n");
		}
	}

	private void bullets(List<String> items) {
		for (String item : items) {
			text.append("- ").append(item).append('\n');
		}
		paragraphEnd();
	}

	/** Ends the paragraph or list with exactly one blank line. */
	private void paragraphEnd() {
		int end = text.length();
		while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
			end--;
		}
		text.setLength(end);
		text.append("\n\n");
	}

	private <T> List<T> sample(List<T> pool, int count) {
		Set<T> picked = new LinkedHashSet<>();
		int wanted = Math.min(count, pool.size());
		while (picked.size() < wanted) {
			picked.add(Seeds.pick(random, pool));
		}
		return List.copyOf(picked);
	}

	private static String cities(List<Place> offices) {
		List<String> names = offices.stream().map(Place::city).toList();
		return (names.size() == 1) ? names.get(0)
				: String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
	}

	private static String offset(@Nullable Integer hours) {
		int value = (hours == null) ? 0 : hours;
		return (value >= 0 ? "+" : "") + value;
	}

	/** "85,500": the grouping a posting in English uses. */
	static String number(long value) {
		String digits = Long.toString(value);
		StringBuilder grouped = new StringBuilder(digits.length() + 4);
		int lead = (digits.charAt(0) == '-') ? 1 : 0;
		grouped.append(digits, 0, lead);
		for (int i = lead; i < digits.length(); i++) {
			if (i > lead && (digits.length() - i) % 3 == 0) {
				grouped.append(',');
			}
			grouped.append(digits.charAt(i));
		}
		return grouped.toString();
	}

	/**
	 * What a description is written about.
	 */
	record Posting(CompanyProfile company, Stack stack, Team team, Seniority seniority, EmploymentType employmentType,
			Placement placement, @Nullable Salary salary, boolean visaSponsorship, boolean relocation,
			@Nullable String applyEmail) {
	}

}
