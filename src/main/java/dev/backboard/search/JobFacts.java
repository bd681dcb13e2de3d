package dev.backboard.search;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;

/**
 * What the job index knows of a job's filterable fields, read from the job itself, so
 * that a new job can be compared with saved searches before it is looked up in the index.
 */
public record JobFacts(long id, Set<String> skills, WorkplaceType workplace, Set<String> countries,
		List<JobLocation> locations, String companySlug, Seniority seniority, EmploymentType employment,
		@Nullable BigDecimal annualMax, Set<String> remoteCountries, boolean visa) {

	public static JobFacts of(Job job) {
		return new JobFacts(job.getId(), Set.copyOf(job.getSkillSlugs()), job.getWorkplaceType(),
				job.getLocations().stream().map(l -> upper(l.countryCode())).collect(Collectors.toUnmodifiableSet()),
				List.copyOf(job.getLocations()), job.getCompany().getSlug(), job.getSeniority(),
				job.getEmploymentType(), job.getSalaryAnnualMax(),
				job.getRemoteCountries().stream().map(JobFacts::upper).collect(Collectors.toUnmodifiableSet()),
				job.isVisaSponsorship());
	}

	static String upper(String value) {
		return value.toUpperCase(Locale.ROOT);
	}

}
