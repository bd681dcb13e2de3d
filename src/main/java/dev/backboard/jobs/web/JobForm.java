package dev.backboard.jobs.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.backboard.geo.Gazetteer;
import dev.backboard.geo.Place;
import dev.backboard.jobs.ApplyMethod;
import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Salary;
import dev.backboard.jobs.SalaryPeriod;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;

/**
 * The job form as typed: every field a string, so that whatever was entered is shown
 * again next to its error. It holds no status, company or other field an employer may not
 * set.
 */
public class JobForm {

	private String title = "";

	private String description = "";

	private String workplaceType = WorkplaceType.ONSITE.name();

	private String locations = "";

	private String remoteCountries = "";

	private String timezoneMin = "";

	private String timezoneMax = "";

	private String employmentType = EmploymentType.FULL_TIME.name();

	private String seniority = Seniority.MID.name();

	private String salaryMin = "";

	private String salaryMax = "";

	private String salaryCurrency = "";

	private String salaryPeriod = SalaryPeriod.YEAR.name();

	private boolean visaSponsorship;

	private boolean relocation;

	private String mustHaveSkills = "";

	private String niceToHaveSkills = "";

	private String applyUrl = "";

	private String applyEmail = "";

	private boolean applyOnBackboard;

	/** The form filled with what a job says now. */
	static JobForm of(Job job, Taxonomy taxonomy) {
		JobForm form = new JobForm();
		form.title = job.getTitle();
		form.description = job.getDescriptionMarkdown();
		form.workplaceType = job.getWorkplaceType().name();
		form.locations = job.getLocations()
			.stream()
			.map(location -> location.city() + ", " + location.countryCode())
			.collect(Collectors.joining("\n"));
		form.remoteCountries = String.join(", ", job.getRemoteCountries());
		form.timezoneMin = text(job.getTimezoneMin());
		form.timezoneMax = text(job.getTimezoneMax());
		form.employmentType = job.getEmploymentType().name();
		form.seniority = job.getSeniority().name();
		job.getSalary().ifPresent(salary -> {
			form.salaryMin = salary.min() == null ? "" : salary.min().stripTrailingZeros().toPlainString();
			form.salaryMax = salary.max() == null ? "" : salary.max().stripTrailingZeros().toPlainString();
			form.salaryCurrency = salary.currency();
			form.salaryPeriod = salary.period().name();
		});
		form.visaSponsorship = job.isVisaSponsorship();
		form.relocation = job.isRelocation();
		form.mustHaveSkills = skillNames(job, true, taxonomy);
		form.niceToHaveSkills = skillNames(job, false, taxonomy);
		form.applyUrl = job.getApplyUrl() == null ? "" : job.getApplyUrl();
		form.applyEmail = job.getApplyEmail() == null ? "" : job.getApplyEmail();
		form.applyOnBackboard = job.getApplyMethod() == ApplyMethod.BACKBOARD;
		return form;
	}

	/**
	 * The details the form describes, or the errors that keep it from describing any, by
	 * form field. The service checks the details' own rules after this.
	 */
	Parsed parse(Taxonomy taxonomy, Gazetteer gazetteer) {
		Map<String, String> errors = new LinkedHashMap<>();
		WorkplaceType workplace = choice(WorkplaceType.class, workplaceType, "workplaceType", errors);
		EmploymentType employment = choice(EmploymentType.class, employmentType, "employmentType", errors);
		Seniority level = choice(Seniority.class, seniority, "seniority", errors);
		List<JobLocation> places = locations(gazetteer, errors);
		Integer west = offset(timezoneMin, "timezoneMin", errors);
		Integer east = offset(timezoneMax, "timezoneMax", errors);
		Salary salary = salary(errors);
		List<JobSkill> skills = new ArrayList<>();
		Set<String> must = skills(mustHaveSkills, "mustHaveSkills", taxonomy, errors);
		must.forEach(slug -> skills.add(new JobSkill(slug, true)));
		skills(niceToHaveSkills, "niceToHaveSkills", taxonomy, errors).stream()
			.filter(slug -> !must.contains(slug))
			.forEach(slug -> skills.add(new JobSkill(slug, false)));
		if (!errors.isEmpty() || workplace == null || employment == null || level == null) {
			return new Parsed(null, errors);
		}
		List<String> countries = Arrays.stream(remoteCountries.split("[,\\s]+"))
			.map(code -> code.strip().toUpperCase(Locale.ROOT))
			.filter(code -> !code.isEmpty())
			.distinct()
			.toList();
		return new Parsed(new JobDetails(title.strip(), description, places, workplace, countries, west, east,
				employment, level, salary, visaSponsorship, relocation, skills, blankToNull(applyUrl),
				blankToNull(applyEmail), applyOnBackboard ? ApplyMethod.BACKBOARD : null), errors);
	}

	/**
	 * The form field a rule of {@link JobDetails} names, e.g. {@code salary.min} is
	 * {@code salaryMin}.
	 */
	static String field(String detailsField) {
		String root = detailsField.replaceAll("[\\[.].*$", "");
		return switch (root) {
			case "descriptionMarkdown" -> "description";
			case "skills" -> "mustHaveSkills";
			case "salary" -> switch (detailsField) {
				case "salary.max" -> "salaryMax";
				case "salary.currency" -> "salaryCurrency";
				case "salary.period" -> "salaryPeriod";
				default -> "salaryMin";
			};
			case "title", "locations", "workplaceType", "remoteCountries", "timezoneMin", "timezoneMax",
					"employmentType", "seniority", "applyUrl", "applyEmail" ->
				root;
			default -> "form";
		};
	}

	private List<JobLocation> locations(Gazetteer gazetteer, Map<String, String> errors) {
		List<JobLocation> places = new ArrayList<>();
		for (String line : locations.split("\\R")) {
			String entry = line.strip();
			if (entry.isEmpty()) {
				continue;
			}
			Optional<Place> known = gazetteer.find(entry);
			if (known.isPresent()) {
				Place place = known.get();
				places.add(new JobLocation(place.city(), place.region().isEmpty() ? null : place.region(),
						place.countryCode(), place.latitude(), place.longitude()));
				continue;
			}
			int comma = entry.lastIndexOf(',');
			String country = comma < 0 ? "" : entry.substring(comma + 1).strip().toUpperCase(Locale.ROOT);
			if (comma <= 0 || !country.matches("[A-Z]{2}")) {
				errors.putIfAbsent("locations",
						"\"" + entry + "\" is not a city we know; write it as city, country code, e.g. \"Ghent, BE\"");
				continue;
			}
			places.add(new JobLocation(entry.substring(0, comma).strip(), null, country, null, null));
		}
		return places;
	}

	private @Nullable Salary salary(Map<String, String> errors) {
		BigDecimal min = amount(salaryMin, "salaryMin", errors);
		BigDecimal max = amount(salaryMax, "salaryMax", errors);
		if (min == null && max == null) {
			return null;
		}
		SalaryPeriod period = choice(SalaryPeriod.class, salaryPeriod, "salaryPeriod", errors);
		if (salaryCurrency.isBlank()) {
			errors.putIfAbsent("salaryCurrency", "give the currency, e.g. EUR");
		}
		return period == null ? null : new Salary(min, max, salaryCurrency.strip().toUpperCase(Locale.ROOT), period);
	}

	private static Set<String> skills(String names, String field, Taxonomy taxonomy, Map<String, String> errors) {
		Set<String> slugs = new LinkedHashSet<>();
		for (String name : names.split(",")) {
			if (name.isBlank()) {
				continue;
			}
			Optional<Skill> skill = taxonomy.resolve(name.strip());
			if (skill.isEmpty()) {
				errors.putIfAbsent(field, "\"" + name.strip() + "\" is not a technology Backboard knows");
			}
			skill.ifPresent(known -> slugs.add(known.slug()));
		}
		return slugs;
	}

	private static <E extends Enum<E>> @Nullable E choice(Class<E> type, String value, String field,
			Map<String, String> errors) {
		try {
			return Enum.valueOf(type, value);
		}
		catch (IllegalArgumentException ex) {
			errors.putIfAbsent(field, "choose one of the options");
			return null;
		}
	}

	private static @Nullable Integer offset(String value, String field, Map<String, String> errors) {
		if (value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.strip().replace("+", ""));
		}
		catch (NumberFormatException ex) {
			errors.putIfAbsent(field, "give a whole number of hours from UTC, e.g. -5 or 2");
			return null;
		}
	}

	private static @Nullable BigDecimal amount(String value, String field, Map<String, String> errors) {
		if (value.isBlank()) {
			return null;
		}
		try {
			BigDecimal amount = new BigDecimal(value.strip().replace(",", "").replace("_", ""));
			if (amount.precision() - amount.scale() > 12) {
				errors.putIfAbsent(field, "is too large");
				return null;
			}
			return amount;
		}
		catch (NumberFormatException ex) {
			errors.putIfAbsent(field, "give a number, e.g. 85000");
			return null;
		}
	}

	private static String skillNames(Job job, boolean required, Taxonomy taxonomy) {
		return job.getSkills()
			.stream()
			.filter(skill -> skill.required() == required)
			.map(skill -> taxonomy.bySlug(skill.skill()).map(Skill::name).orElse(skill.skill()))
			.sorted()
			.collect(Collectors.joining(", "));
	}

	private static String text(@Nullable Integer value) {
		return value == null ? "" : value.toString();
	}

	private static @Nullable String blankToNull(String value) {
		return value.isBlank() ? null : value.strip();
	}

	/**
	 * What the form describes.
	 *
	 * @param details the details, when the form could be read
	 * @param errors messages by form field
	 */
	record Parsed(@Nullable JobDetails details, Map<String, String> errors) {
	}

	public String getTitle() {
		return title;
	}

	public void setTitle(String title) {
		this.title = title;
	}

	public String getDescription() {
		return description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getWorkplaceType() {
		return workplaceType;
	}

	public void setWorkplaceType(String workplaceType) {
		this.workplaceType = workplaceType;
	}

	public String getLocations() {
		return locations;
	}

	public void setLocations(String locations) {
		this.locations = locations;
	}

	public String getRemoteCountries() {
		return remoteCountries;
	}

	public void setRemoteCountries(String remoteCountries) {
		this.remoteCountries = remoteCountries;
	}

	public String getTimezoneMin() {
		return timezoneMin;
	}

	public void setTimezoneMin(String timezoneMin) {
		this.timezoneMin = timezoneMin;
	}

	public String getTimezoneMax() {
		return timezoneMax;
	}

	public void setTimezoneMax(String timezoneMax) {
		this.timezoneMax = timezoneMax;
	}

	public String getEmploymentType() {
		return employmentType;
	}

	public void setEmploymentType(String employmentType) {
		this.employmentType = employmentType;
	}

	public String getSeniority() {
		return seniority;
	}

	public void setSeniority(String seniority) {
		this.seniority = seniority;
	}

	public String getSalaryMin() {
		return salaryMin;
	}

	public void setSalaryMin(String salaryMin) {
		this.salaryMin = salaryMin;
	}

	public String getSalaryMax() {
		return salaryMax;
	}

	public void setSalaryMax(String salaryMax) {
		this.salaryMax = salaryMax;
	}

	public String getSalaryCurrency() {
		return salaryCurrency;
	}

	public void setSalaryCurrency(String salaryCurrency) {
		this.salaryCurrency = salaryCurrency;
	}

	public String getSalaryPeriod() {
		return salaryPeriod;
	}

	public void setSalaryPeriod(String salaryPeriod) {
		this.salaryPeriod = salaryPeriod;
	}

	public boolean isVisaSponsorship() {
		return visaSponsorship;
	}

	public void setVisaSponsorship(boolean visaSponsorship) {
		this.visaSponsorship = visaSponsorship;
	}

	public boolean isRelocation() {
		return relocation;
	}

	public void setRelocation(boolean relocation) {
		this.relocation = relocation;
	}

	public String getMustHaveSkills() {
		return mustHaveSkills;
	}

	public void setMustHaveSkills(String mustHaveSkills) {
		this.mustHaveSkills = mustHaveSkills;
	}

	public String getNiceToHaveSkills() {
		return niceToHaveSkills;
	}

	public void setNiceToHaveSkills(String niceToHaveSkills) {
		this.niceToHaveSkills = niceToHaveSkills;
	}

	public String getApplyUrl() {
		return applyUrl;
	}

	public void setApplyUrl(String applyUrl) {
		this.applyUrl = applyUrl;
	}

	public String getApplyEmail() {
		return applyEmail;
	}

	public void setApplyEmail(String applyEmail) {
		this.applyEmail = applyEmail;
	}

	public boolean isApplyOnBackboard() {
		return applyOnBackboard;
	}

	public void setApplyOnBackboard(boolean applyOnBackboard) {
		this.applyOnBackboard = applyOnBackboard;
	}

}
