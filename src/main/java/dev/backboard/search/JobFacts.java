package dev.backboard.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
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
import dev.backboard.search.internal.TextAnalysis;
import dev.backboard.search.internal.TextAnalysis.Words;

/**
 * What the job index knows of a job, read from the job itself: its filterable fields and
 * the words of its text as the index analyses them, so that a new job can be compared
 * with saved searches without the index.
 */
public record JobFacts(long id, Set<String> skills, WorkplaceType workplace, Set<String> countries,
		List<JobLocation> locations, String companySlug, Seniority seniority, EmploymentType employment,
		@Nullable BigDecimal annualMax, Set<String> remoteCountries, boolean visa, @Nullable Instant postedAt,
		Text text) {

	public static JobFacts of(Job job) {
		return new JobFacts(job.getId(), Set.copyOf(job.getSkillSlugs()), job.getWorkplaceType(),
				job.getLocations().stream().map(l -> upper(l.countryCode())).collect(Collectors.toUnmodifiableSet()),
				List.copyOf(job.getLocations()), job.getCompany().getSlug(), job.getSeniority(),
				job.getEmploymentType(), job.getSalaryAnnualMax(),
				job.getRemoteCountries().stream().map(JobFacts::upper).collect(Collectors.toUnmodifiableSet()),
				job.isVisaSponsorship(), job.getPostedAt(), Text.of(job));
	}

	static String upper(String value) {
		return value.toUpperCase(Locale.ROOT);
	}

	/**
	 * The job's text fields analysed as the index analyses them.
	 *
	 * @param fields the fields words are searched in (title, skills, company, cities,
	 * description), each value on its own
	 * @param exactFields the fields technology names are searched in as written (title,
	 * description)
	 * @param words every word of {@code fields}
	 * @param exactWords every word of {@code exactFields}
	 */
	public record Text(List<Words> fields, List<Words> exactFields, Set<String> words, Set<String> exactWords) {

		static Text of(Job job) {
			List<Words> fields = new ArrayList<>();
			fields.add(TextAnalysis.english(job.getTitle()));
			job.getSkillSlugs().forEach(slug -> fields.add(TextAnalysis.english(slug)));
			fields.add(TextAnalysis.english(job.getCompany().getName()));
			job.getLocations().forEach(location -> fields.add(TextAnalysis.english(location.city())));
			String description = job.getDescriptionText();
			fields.add(TextAnalysis.english(description));
			List<Words> exactFields = List.of(TextAnalysis.exact(job.getTitle()), TextAnalysis.exact(description));
			return new Text(List.copyOf(fields), exactFields, union(fields), union(exactFields));
		}

		private static Set<String> union(List<Words> fields) {
			Set<String> words = new HashSet<>();
			fields.forEach(field -> words.addAll(field.distinct()));
			return Set.copyOf(words);
		}

	}

}
