package dev.backboard.demo;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.Slugs;
import dev.backboard.demo.StackFamily.Stack;
import dev.backboard.geo.Place;
import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Salary;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;

/**
 * Realistic demo companies and backend jobs, the same for the same seed, byte for byte.
 * Each job comes from its own random stream, so {@link #job(int)} can produce any job on
 * its own and a million of them can be streamed without keeping any.
 */
public final class DemoDataGenerator {

	/** Cities weighted up because many tech companies sit there. */
	private static final Set<String> HUBS = Set.of("San Francisco", "New York", "London", "Berlin", "Amsterdam",
			"Paris", "Toronto", "Seattle", "Austin", "Bengaluru", "Singapore", "Sydney", "Tel Aviv", "Stockholm",
			"Dublin", "Munich", "Barcelona", "Lisbon", "Warsaw", "Sao Paulo", "Zurich", "Boston");

	private static final Duration HISTORY = Duration.ofDays(60);

	private final long seed;

	private final Instant now;

	private final List<Place> places;

	private final List<CompanyProfile> companies;

	private final SlugSuffixes suffixes;

	/**
	 * @param seed what makes one data set differ from another
	 * @param now the moment jobs are posted before
	 * @param places the cities jobs and companies are in; each needs pay data
	 * @param companyCount how many companies the jobs are spread over
	 */
	public DemoDataGenerator(long seed, Instant now, List<Place> places, int companyCount) {
		if (companyCount < 1) {
			throw new IllegalArgumentException("At least one company is needed");
		}
		this.seed = seed;
		this.now = now.truncatedTo(ChronoUnit.SECONDS);
		this.places = places.stream().filter(place -> Pay.knows(place.countryCode())).toList();
		if (this.places.isEmpty()) {
			throw new IllegalArgumentException("No usable places");
		}
		this.suffixes = new SlugSuffixes(seed);
		CompanyNames names = new CompanyNames(seed);
		List<Place> weighted = weighted(this.places);
		this.companies = IntStream.range(0, companyCount).mapToObj(index -> profile(index, names, weighted)).toList();
	}

	/**
	 * How many companies a data set of that many jobs has: one per 15 jobs, at least 300.
	 */
	public static int companyCountFor(int jobCount) {
		return Math.max(300, jobCount / 15);
	}

	public List<DemoCompany> companies() {
		return companies.stream().map(CompanyProfile::company).toList();
	}

	public DemoCompany company(int index) {
		return companies.get(index).company();
	}

	public int companyCount() {
		return companies.size();
	}

	/** The index-th job; the same index always gives the same job. */
	public DemoJob job(int index) {
		SplittableRandom random = Seeds.random(seed, Seeds.JOBS, index);
		int companyIndex = (int) (companies.size() * StrictMath.pow(random.nextDouble(), 1.3));
		CompanyProfile company = companies.get(companyIndex);
		StackFamily family = Seeds.chance(random, 0.75) ? company.family() : StackFamily.pick(random);
		EmploymentType type = employmentType(random);
		Seniority seniority = (type == EmploymentType.INTERN) ? Seniority.JUNIOR : seniority(random);
		Placement placement = placement(company, random);
		Stack stack = family.stack(random);
		Team team = Team.pick(family.role(), random);
		String title = Titles.of(stack, team, seniority, type, random);
		@Nullable Salary salary = Seeds.chance(random, 0.15) ? null
				: Pay.salary(placement.payCountry(), placement.payCity(), seniority, type, random);
		boolean located = placement.workplaceType() != WorkplaceType.REMOTE;
		boolean visa = Seeds.chance(random, located ? 0.2 : 0.04);
		boolean relocation = located && Seeds.chance(random, 0.15);
		String slug = Slugs.of(title + " " + company.name()) + "-" + suffixes.of(index);
		boolean byEmail = Seeds.chance(random, 0.15);
		@Nullable String applyEmail = byEmail ? Seeds.pick(random, "jobs@", "careers@", "hiring@") + company.domain() : null;
		@Nullable String applyUrl = byEmail ? null : "https://" + company.domain() + "/careers/" + slug;
		Instant postedAt = postedAt(random);
		Instant validThrough = validThrough(postedAt, random);
		String description = Description.write(new Description.Posting(company, stack, team, seniority, type, placement,
				salary, visa, relocation, applyEmail), random);
		Placement.RemotePolicy remote = placement.remote();
		return new DemoJob(companyIndex, slug, title, description, placement.locations(), placement.workplaceType(),
				remote == null ? List.of() : remote.countries(), remote == null ? null : remote.timezoneMin(),
				remote == null ? null : remote.timezoneMax(), type, seniority, salary, visa, relocation, skills(stack),
				applyUrl, applyEmail, postedAt, validThrough, Seeds.chance(random, 0.08));
	}

	private CompanyProfile profile(int index, CompanyNames names, List<Place> weighted) {
		SplittableRandom random = Seeds.random(seed, Seeds.COMPANIES, index);
		CompanyNames.Name name = names.name(index);
		String slug = Slugs.of(name.name());
		String domain = slug.replace("-", "") + ".example";
		DemoCompany company = new DemoCompany(slug, name.name(), "https://" + domain, logo(name.name(), random));
		int people = (int) Pay.round(8 * StrictMath.pow(600, random.nextDouble())).longValue();
		return new CompanyProfile(company, domain, name.industry(), Seeds.pick(random, weighted),
				StackFamily.pick(random), 2005 + random.nextInt(18), people, Seeds.chance(random, 0.25));
	}

	private static List<Place> weighted(List<Place> places) {
		List<Place> weighted = new ArrayList<>(places);
		for (Place place : places) {
			if (HUBS.contains(place.city())) {
				weighted.add(place);
				weighted.add(place);
			}
		}
		return List.copyOf(weighted);
	}

	/** A rounded square in a brand colour with the company's initials, as a data URI. */
	private static String logo(String name, SplittableRandom random) {
		String initials = name.chars()
			.filter(Character::isUpperCase)
			.limit(2)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		String colour = String.format(Locale.ROOT, "hsl(%d,55%%,42%%)", random.nextInt(360));
		String svg = "<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 64 64'><rect width='64' height='64' rx='14'"
				+ " fill='" + colour + "'/><text x='32' y='42' font-family='sans-serif' font-size='26'"
				+ " font-weight='700' text-anchor='middle' fill='white'>" + initials + "</text></svg>";
		return "data:image/svg+xml," + URLEncoder.encode(svg, StandardCharsets.UTF_8).replace("+", "%20");
	}

	private Placement placement(CompanyProfile company, SplittableRandom random) {
		double kind = random.nextDouble();
		double remote = company.remoteFirst() ? 0.75 : 0.3;
		if (kind < remote) {
			return Placement.remote(company.headquarters(), random);
		}
		WorkplaceType type = (kind < remote + (1 - remote) * 0.53) ? WorkplaceType.HYBRID : WorkplaceType.ONSITE;
		return Placement.onSite(type, company.headquarters(), places, random);
	}

	private static EmploymentType employmentType(SplittableRandom random) {
		double value = random.nextDouble();
		if (value < 0.82) {
			return EmploymentType.FULL_TIME;
		}
		if (value < 0.94) {
			return EmploymentType.CONTRACTOR;
		}
		if (value < 0.97) {
			return EmploymentType.PART_TIME;
		}
		return (value < 0.98) ? EmploymentType.TEMPORARY : EmploymentType.INTERN;
	}

	private static Seniority seniority(SplittableRandom random) {
		double value = random.nextDouble();
		if (value < 0.08) {
			return Seniority.JUNIOR;
		}
		if (value < 0.36) {
			return Seniority.MID;
		}
		if (value < 0.74) {
			return Seniority.SENIOR;
		}
		if (value < 0.84) {
			return Seniority.STAFF;
		}
		return (value < 0.88) ? Seniority.PRINCIPAL : Seniority.LEAD;
	}

	/** Within the last 60 days, more of them recent, as on a live board. */
	private Instant postedAt(SplittableRandom random) {
		long age = (long) (HISTORY.toSeconds() * StrictMath.pow(random.nextDouble(), 1.6));
		return now.minusSeconds(age);
	}

	/**
	 * 45 to 90 days after posting, and at least a week from now, so that none is stale.
	 */
	private Instant validThrough(Instant postedAt, SplittableRandom random) {
		long ageDays = Duration.between(postedAt, now).toDays();
		long shortest = Math.max(45, ageDays + 7);
		return postedAt.plus(Duration.ofDays(shortest + random.nextLong(91 - shortest)));
	}

	private static List<JobSkill> skills(Stack stack) {
		List<JobSkill> skills = new ArrayList<>();
		stack.required().forEach(tech -> skills.add(new JobSkill(tech.slug(), true)));
		stack.niceToHave().forEach(tech -> skills.add(new JobSkill(tech.slug(), false)));
		return skills;
	}

}
