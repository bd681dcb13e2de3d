package dev.backboard.jobs.web;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.Salary;
import dev.backboard.jobs.WorkplaceType;

import org.springframework.stereotype.Component;

/**
 * The schema.org {@code JobPosting} that Google for Jobs reads, with its required and
 * recommended properties, escaped so that no value can close the script element it sits
 * in.
 */
@Component
class JobPostingJsonLd {

	private final ObjectWriter json;

	JobPostingJsonLd(JsonMapper json) {
		this.json = json.writer().with(new ScriptSafe());
	}

	String of(Job job, String descriptionHtml, String baseUrl) {
		Map<String, Object> posting = new LinkedHashMap<>();
		posting.put("@context", "https://schema.org/");
		posting.put("@type", "JobPosting");
		posting.put("title", job.getTitle());
		posting.put("description", descriptionHtml);
		posting.put("identifier",
				Map.of("@type", "PropertyValue", "name", job.getCompany().getName(), "value", job.getId().toString()));
		posting.put("datePosted", job.getPostedAt().toString());
		posting.put("validThrough", job.getValidThrough().toString());
		posting.put("employmentType", job.getEmploymentType().name());
		posting.put("hiringOrganization", organization(job));
		if (job.getWorkplaceType() == WorkplaceType.REMOTE) {
			posting.put("jobLocationType", "TELECOMMUTE");
			posting.put("applicantLocationRequirements", applicantLocations(job));
		}
		if (!job.getLocations().isEmpty()) {
			posting.put("jobLocation", job.getLocations().stream().map(JobPostingJsonLd::place).toList());
		}
		job.getSalary().ifPresent(salary -> posting.put("baseSalary", baseSalary(salary)));
		posting.put("directApply", false);
		posting.put("url", baseUrl + "/jobs/" + job.getSlug());
		return json.writeValueAsString(posting);
	}

	private static Map<String, Object> organization(Job job) {
		Map<String, Object> organization = new LinkedHashMap<>();
		organization.put("@type", "Organization");
		organization.put("name", job.getCompany().getName());
		if (job.getCompany().getWebsite() != null) {
			organization.put("sameAs", job.getCompany().getWebsite());
		}
		if (job.getCompany().getLogoUrl() != null) {
			organization.put("logo", job.getCompany().getLogoUrl());
		}
		return organization;
	}

	private static List<Map<String, Object>> applicantLocations(Job job) {
		List<String> countries = job.getRemoteCountries();
		if (countries.isEmpty()) {
			return List.of(Map.of("@type", "Country", "name", "Worldwide"));
		}
		return countries.stream().<Map<String, Object>>map(code -> Map.of("@type", "Country", "name", code)).toList();
	}

	private static Map<String, Object> place(JobLocation location) {
		Map<String, Object> address = new LinkedHashMap<>();
		address.put("@type", "PostalAddress");
		address.put("addressLocality", location.city());
		if (location.region() != null) {
			address.put("addressRegion", location.region());
		}
		address.put("addressCountry", location.countryCode());
		Map<String, Object> place = new LinkedHashMap<>();
		place.put("@type", "Place");
		place.put("address", address);
		if (location.latitude() != null && location.longitude() != null) {
			place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", location.latitude(), "longitude",
					location.longitude()));
		}
		return place;
	}

	private static Map<String, Object> baseSalary(Salary salary) {
		Map<String, Object> value = new LinkedHashMap<>();
		value.put("@type", "QuantitativeValue");
		if (salary.min() != null && salary.max() != null && salary.min().compareTo(salary.max()) != 0) {
			value.put("minValue", plain(salary.min()));
			value.put("maxValue", plain(salary.max()));
		}
		else {
			value.put("value", plain(salary.min() != null ? salary.min() : salary.max()));
		}
		value.put("unitText", salary.period().name());
		return Map.of("@type", "MonetaryAmount", "currency", salary.currency(), "value", value);
	}

	private static BigDecimal plain(BigDecimal amount) {
		return amount.stripTrailingZeros();
	}

	/**
	 * JSON's own escapes, and {@code <}, {@code >} and {@code &} written as Unicode
	 * escapes as the text is generated (no value can then end the script element).
	 */
	private static final class ScriptSafe extends CharacterEscapes {

		private final int[] ascii = standardAsciiEscapesForJSON();

		ScriptSafe() {
			for (char c : new char[] { '<', '>', '&' }) {
				ascii[c] = ESCAPE_STANDARD;
			}
		}

		@Override
		public int[] getEscapeCodesForAscii() {
			return ascii;
		}

		@Override
		public @Nullable SerializableString getEscapeSequence(int ch) {
			return null;
		}

	}

}
