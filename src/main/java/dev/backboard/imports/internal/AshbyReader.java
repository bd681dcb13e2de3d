package dev.backboard.imports.internal;

import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import dev.backboard.imports.ImportsProperties;
import dev.backboard.imports.Vendor;
import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.SalaryPeriod;

import org.springframework.stereotype.Component;

/**
 * Ashby's public posting API: {@code GET
 * /posting-api/job-board/{name}?includeCompensation=true}, the whole board in one answer.
 * Postings that are not listed are left out (and so closed when they were imported
 * before); the salary is the "Salary" component of the compensation summary.
 */
@Component
class AshbyReader implements BoardReader {

	private final Fetcher fetcher;

	private final ImportsProperties properties;

	AshbyReader(Fetcher fetcher, ImportsProperties properties) {
		this.fetcher = fetcher;
		this.properties = properties;
	}

	@Override
	public Vendor vendor() {
		return Vendor.ASHBY;
	}

	@Override
	public List<ExternalJob> read(String board) throws FetchFailed {
		String url = properties.ashbyBaseUrl() + "/posting-api/job-board/"
				+ URLEncoder.encode(board, StandardCharsets.UTF_8) + "?includeCompensation=true";
		JsonNode root = Json.parse(fetcher.get(url, "application/json"), "Ashby");
		if (!root.path("jobs").isArray()) {
			throw new FetchFailed("Ashby's answer has no jobs list");
		}
		List<ExternalJob> jobs = new ArrayList<>();
		for (JsonNode job : Json.array(root, "jobs")) {
			if (job.path("isListed").isBoolean() && !job.path("isListed").asBoolean()) {
				continue;
			}
			jobs.add(job(job));
		}
		return jobs;
	}

	private static ExternalJob job(JsonNode job) throws FetchFailed {
		String id = Json.text(job, "id");
		if (id == null) {
			throw new FetchFailed("An Ashby posting has no id");
		}
		List<String> locations = new ArrayList<>();
		String location = Json.text(job, "location");
		if (location != null) {
			locations.add(location);
		}
		locations.addAll(Json.names(job, "secondaryLocations", "location"));
		List<String> departments = new ArrayList<>();
		for (String name : new String[] { "department", "team" }) {
			String value = Json.text(job, name);
			if (value != null) {
				departments.add(value);
			}
		}
		String country = Json.text(job.path("address").path("postalAddress"), "addressCountry");
		var workplace = LeverReader.workplace(Json.text(job, "workplaceType"));
		if (workplace == null && job.path("isRemote").asBoolean(false)) {
			workplace = dev.backboard.jobs.WorkplaceType.REMOTE;
		}
		return new ExternalJob(id, Json.text(job, "title", ""), Json.text(job, "descriptionHtml", ""), locations,
				country != null && country.matches("[A-Za-z]{2}") ? country.toUpperCase(Locale.ROOT) : null, workplace,
				employment(Json.text(job, "employmentType")), pay(job.path("compensation")), departments,
				Json.text(job, "applyUrl") != null ? Json.text(job, "applyUrl") : Json.text(job, "jobUrl"));
	}

	private static @Nullable EmploymentType employment(@Nullable String type) {
		return type == null ? null : switch (type) {
			case "FullTime" -> EmploymentType.FULL_TIME;
			case "PartTime" -> EmploymentType.PART_TIME;
			case "Intern" -> EmploymentType.INTERN;
			case "Contract" -> EmploymentType.CONTRACTOR;
			case "Temporary" -> EmploymentType.TEMPORARY;
			default -> null;
		};
	}

	/** The salary among the summary components, else among the first tier's. */
	private static ExternalJob.@Nullable Pay pay(JsonNode compensation) {
		List<JsonNode> components = new ArrayList<>(Json.array(compensation, "summaryComponents"));
		for (JsonNode tier : Json.array(compensation, "compensationTiers")) {
			components.addAll(Json.array(tier, "components"));
		}
		for (JsonNode component : components) {
			if (!"Salary".equals(Json.text(component, "compensationType"))) {
				continue;
			}
			String currency = Json.text(component, "currencyCode");
			SalaryPeriod period = period(Json.text(component, "interval"));
			BigDecimal min = Json.number(component, "minValue");
			BigDecimal max = Json.number(component, "maxValue");
			if (currency != null && period != null && (min != null || max != null)) {
				return new ExternalJob.Pay(min, max, currency.toUpperCase(Locale.ROOT), period);
			}
		}
		return null;
	}

	/** "1 YEAR", "1 MONTH", "1 HOUR": only single periods map onto Backboard's. */
	private static @Nullable SalaryPeriod period(@Nullable String interval) {
		return interval == null ? null : switch (interval.strip().toUpperCase(Locale.ROOT)) {
			case "1 YEAR" -> SalaryPeriod.YEAR;
			case "1 MONTH" -> SalaryPeriod.MONTH;
			case "1 WEEK" -> SalaryPeriod.WEEK;
			case "1 DAY" -> SalaryPeriod.DAY;
			case "1 HOUR" -> SalaryPeriod.HOUR;
			default -> null;
		};
	}

}
