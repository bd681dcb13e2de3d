package dev.backboard.imports.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.SafeMarkdown;
import dev.backboard.geo.Gazetteer;
import dev.backboard.geo.Place;
import dev.backboard.jobs.ApplyMethod;
import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.InvalidJob;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.Salary;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Turns a source's job into Backboard's details: the HTML sanitized by the board's
 * allowlist, places found in the gazetteer, the workplace read from the source or from
 * words such as "Remote" in its places, the level from the title. Skills are left empty,
 * so the jobs module extracts them from the text as for any job.
 */
@Component
class JobMapper {

	private static final Pattern REMOTE = Pattern.compile("\\bremote\\b", Pattern.CASE_INSENSITIVE);

	private static final Pattern HYBRID = Pattern.compile("\\bhybrid\\b", Pattern.CASE_INSENSITIVE);

	private final Gazetteer gazetteer;

	JobMapper(Gazetteer gazetteer) {
		this.gazetteer = gazetteer;
	}

	JobDetails details(ExternalJob job, boolean applyOnBackboard) {
		List<JobLocation> locations = locations(job);
		WorkplaceType workplace = workplace(job);
		if (workplace != WorkplaceType.REMOTE && locations.isEmpty()) {
			throw new InvalidJob(java.util.Map.of("locations",
					job.locations().isEmpty() ? "the source gives no location for an on-site job"
							: "none of " + job.locations() + " is a place Backboard knows"));
		}
		List<String> remoteCountries = workplace == WorkplaceType.REMOTE && job.countryCode() != null
				? List.of(job.countryCode()) : List.of();
		String description = job.descriptionHtml().isBlank() ? "<p>" + HtmlUtils.htmlEscape(job.title()) + "</p>"
				: job.descriptionHtml();
		ExternalJob.Pay pay = job.pay();
		Salary salary = pay == null ? null : new Salary(pay.min(), pay.max(), pay.currency(), pay.period());
		return new JobDetails(job.title().strip(), SafeMarkdown.fromHtml(description), locations, workplace,
				remoteCountries, null, null,
				job.employmentType() == null ? EmploymentType.FULL_TIME : job.employmentType(), seniority(job.title()),
				salary, false, false, List.of(), applyOnBackboard ? null : job.applyUrl(), null,
				applyOnBackboard ? ApplyMethod.BACKBOARD : ApplyMethod.URL);
	}

	/** The same details without a salary, for a source whose pay cannot be taken. */
	static JobDetails withoutSalary(JobDetails details) {
		return new JobDetails(details.title(), details.descriptionMarkdown(), details.locations(),
				details.workplaceType(), details.remoteCountries(), details.timezoneMin(), details.timezoneMax(),
				details.employmentType(), details.seniority(), null, details.visaSponsorship(), details.relocation(),
				details.skills(), details.applyUrl(), details.applyEmail(), details.applyMethod());
	}

	private List<JobLocation> locations(ExternalJob job) {
		Set<Place> places = new LinkedHashSet<>();
		for (String name : job.locations()) {
			place(name, job.countryCode()).ifPresent(places::add);
		}
		List<JobLocation> locations = new ArrayList<>();
		for (Place place : places) {
			locations.add(new JobLocation(place.city(), place.region().isEmpty() ? null : place.region(),
					place.countryCode(), place.latitude(), place.longitude()));
		}
		return locations.size() > 20 ? locations.subList(0, 20) : locations;
	}

	/**
	 * "Berlin", "Berlin, Germany", "San Francisco, CA, United States", "Remote - London":
	 * the first part that names a known city, with the country when the source gives it.
	 */
	private Optional<Place> place(String name, @Nullable String countryCode) {
		String cleaned = REMOTE.matcher(HYBRID.matcher(name).replaceAll(" ")).replaceAll(" ");
		for (String part : cleaned.split("[,;/|()\\-–]")) {
			String city = part.strip();
			if (city.isEmpty()) {
				continue;
			}
			Optional<Place> place = countryCode != null
					? gazetteer.find(city + "," + countryCode).or(() -> gazetteer.find(city)) : gazetteer.find(city);
			if (place.isPresent()) {
				return place;
			}
		}
		return Optional.empty();
	}

	private static WorkplaceType workplace(ExternalJob job) {
		if (job.workplaceType() != null) {
			return job.workplaceType();
		}
		if (job.locations().isEmpty() || job.locations().stream().allMatch(name -> REMOTE.matcher(name).find())) {
			return WorkplaceType.REMOTE;
		}
		if (job.locations().stream().anyMatch(name -> HYBRID.matcher(name).find())) {
			return WorkplaceType.HYBRID;
		}
		return WorkplaceType.ONSITE;
	}

	static Seniority seniority(String title) {
		String t = " " + title.toLowerCase(Locale.ROOT).replaceAll("[^a-z]+", " ") + " ";
		if (t.contains(" principal ")) {
			return Seniority.PRINCIPAL;
		}
		if (t.contains(" staff ")) {
			return Seniority.STAFF;
		}
		if (t.contains(" lead ") || t.contains(" head ") || t.contains(" manager ")) {
			return Seniority.LEAD;
		}
		if (t.contains(" senior ") || t.contains(" sr ")) {
			return Seniority.SENIOR;
		}
		if (t.contains(" junior ") || t.contains(" jr ") || t.contains(" graduate ") || t.contains(" intern ")
				|| t.contains(" entry ")) {
			return Seniority.JUNIOR;
		}
		return Seniority.MID;
	}

}
