package dev.backboard.candidates;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jspecify.annotations.Nullable;

import dev.backboard.geo.Gazetteer;
import dev.backboard.geo.Place;
import dev.backboard.jobs.SalaryNormalizer;
import dev.backboard.jobs.SalaryPeriod;
import dev.backboard.jobs.Seniority;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;

import org.springframework.stereotype.Component;

/**
 * Turns what was typed into the profile form into a profile, or into one message per
 * field that needs fixing; never half of each.
 */
@Component
class ProfileValidator {

	static final int MAX_SKILLS = 50;

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final Taxonomy taxonomy;

	private final Gazetteer gazetteer;

	private final SalaryNormalizer salaries;

	ProfileValidator(Taxonomy taxonomy, Gazetteer gazetteer, SalaryNormalizer salaries) {
		this.taxonomy = taxonomy;
		this.gazetteer = gazetteer;
		this.salaries = salaries;
	}

	CandidateProfile validate(long accountId, ProfileInput input, ProfileVisibility visibility, Instant now) {
		Map<String, String> errors = new LinkedHashMap<>();
		String headline = oneLine(input.headline());
		if (headline.length() > 120) {
			errors.put("headline", "Keep the headline to 120 characters or fewer.");
		}
		String summary = input.summary().strip();
		if (summary.length() > 5000) {
			errors.put("summary", "Keep the summary to 5000 characters or fewer (it has " + summary.length() + ").");
		}
		List<String> skills = skills(input.skills(), errors);
		Integer years = years(input.yearsOfExperience(), errors);
		Seniority seniority = choice(Seniority.class, input.seniority(), "seniority", "Pick a seniority from the list.",
				errors);
		RemotePreference remote = choice(RemotePreference.class, input.remotePreference(), "remotePreference",
				"Pick a remote preference from the list.", errors);
		String city = oneLine(input.city());
		String country = country(input.countryCode(), "countryCode", errors);
		if (city.length() > 100) {
			errors.put("city", "Keep the city to 100 characters or fewer.");
		}
		else if (!city.isEmpty()) {
			Optional<Place> place = gazetteer.find(country == null ? city : city + "," + country);
			if (place.isPresent()) {
				city = place.get().city();
				country = country == null ? place.get().countryCode() : country;
			}
		}
		DesiredSalary salary = salary(input, errors);
		List<String> workCountries = workCountries(input.workCountries(), errors);
		String github = Links.check(input.githubUrl(), true, "githubUrl", errors);
		String website = Links.check(input.websiteUrl(), false, "websiteUrl", errors);
		if (!errors.isEmpty()) {
			throw new InvalidProfile(errors);
		}
		return new CandidateProfile(accountId, headline, summary, skills, years, seniority,
				city.isEmpty() ? null : city, country, input.willingToRelocate(),
				remote == null ? RemotePreference.ANY : remote, salary, workCountries, github, website, visibility,
				now);
	}

	private List<String> skills(String typed, Map<String, String> errors) {
		Set<String> slugs = new LinkedHashSet<>();
		List<String> unknown = new ArrayList<>();
		List<String> hints = new ArrayList<>();
		for (String name : typed.split(",")) {
			String term = name.strip();
			if (term.isEmpty()) {
				continue;
			}
			Optional<Skill> skill = taxonomy.resolve(term);
			if (skill.isPresent()) {
				slugs.add(skill.get().slug());
			}
			else {
				unknown.add(quoted(term));
				taxonomy.resolveTypo(term).ifPresent(guess -> hints.add(guess.name()));
			}
		}
		if (!unknown.isEmpty()) {
			errors.put("skills", "We do not know " + String.join(", ", unknown) + ". Pick skills from the suggestions"
					+ (hints.isEmpty() ? "" : " (did you mean " + String.join(", ", hints) + "?)") + ".");
		}
		else if (slugs.size() > MAX_SKILLS) {
			errors.put("skills", "List at most " + MAX_SKILLS + " skills.");
		}
		return List.copyOf(slugs);
	}

	/**
	 * Unknown input is echoed in messages, shortened so that a message stays a message.
	 */
	private static String quoted(String term) {
		return "\"" + (term.length() > 40 ? term.substring(0, 40) + "…" : term) + "\"";
	}

	private static @Nullable Integer years(String typed, Map<String, String> errors) {
		if (typed.isBlank()) {
			return null;
		}
		try {
			int years = Integer.parseInt(typed.strip());
			if (years >= 0 && years <= 60) {
				return years;
			}
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		errors.put("yearsOfExperience", "Enter a whole number of years from 0 to 60.");
		return null;
	}

	private static <E extends Enum<E>> @Nullable E choice(Class<E> type, String typed, String field, String message,
			Map<String, String> errors) {
		if (typed.isBlank()) {
			return null;
		}
		try {
			return Enum.valueOf(type, typed.strip());
		}
		catch (IllegalArgumentException ex) {
			errors.put(field, message);
			return null;
		}
	}

	private static @Nullable String country(String typed, String field, Map<String, String> errors) {
		String code = typed.strip().toUpperCase(Locale.ROOT);
		if (code.isEmpty()) {
			return null;
		}
		if (!COUNTRIES.contains(code)) {
			errors.put(field, "Enter a two-letter country code, such as DE or US.");
			return null;
		}
		return code;
	}

	private @Nullable DesiredSalary salary(ProfileInput input, Map<String, String> errors) {
		String amountText = input.salaryAmount().strip().replace(",", "").replace("_", "");
		if (amountText.isEmpty()) {
			return null;
		}
		BigDecimal amount = null;
		try {
			amount = new BigDecimal(amountText);
		}
		catch (NumberFormatException ex) {
			// answered below
		}
		if (amount == null || amount.signum() <= 0 || amount.scale() > 2 || amount.compareTo(MAX_SALARY) >= 0) {
			errors.put("salaryAmount", "Enter a positive amount, such as 85000.");
		}
		String currency = input.salaryCurrency().strip().toUpperCase(Locale.ROOT);
		if (!salaries.isKnown(currency)) {
			errors.put("salaryCurrency", "Pick a currency from the list, such as EUR or USD.");
		}
		SalaryPeriod period = choice(SalaryPeriod.class, input.salaryPeriod(), "salaryPeriod",
				"Pick a period from the list.", errors);
		if (period == null && !errors.containsKey("salaryPeriod")) {
			errors.put("salaryPeriod", "Pick what the amount is paid for.");
		}
		return amount == null || period == null || errors.containsKey("salaryAmount")
				|| errors.containsKey("salaryCurrency") ? null : new DesiredSalary(amount, currency, period);
	}

	private static final BigDecimal MAX_SALARY = new BigDecimal("1000000000000");

	private static List<String> workCountries(String typed, Map<String, String> errors) {
		Set<String> codes = new LinkedHashSet<>();
		List<String> wrong = new ArrayList<>();
		Arrays.stream(typed.split("[,;\\s]+")).map(String::strip).filter(code -> !code.isEmpty()).forEach(code -> {
			String upper = code.toUpperCase(Locale.ROOT);
			if (COUNTRIES.contains(upper)) {
				codes.add(upper);
			}
			else {
				wrong.add(quoted(code));
			}
		});
		if (!wrong.isEmpty()) {
			errors.put("workCountries",
					String.join(", ", wrong) + " " + (wrong.size() == 1 ? "is not a" : "are not")
							+ " two-letter country code" + (wrong.size() == 1 ? "" : "s")
							+ ". Use codes such as DE, NL or US.");
		}
		return List.copyOf(codes);
	}

	/** Collapses line breaks and runs of spaces: these fields are single lines. */
	private static String oneLine(String text) {
		return text.replaceAll("[\\p{Cc}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
	}

}
