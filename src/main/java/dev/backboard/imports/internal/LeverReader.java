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
import dev.backboard.jobs.WorkplaceType;

import org.springframework.stereotype.Component;

/**
 * Lever's public postings API: {@code GET /v0/postings/{site}?mode=json}, a page at a
 * time with {@code skip} and {@code limit} until a page comes back short. The description
 * is put together from its opening, its lists and its closing, as Lever's own board shows
 * it.
 */
@Component
class LeverReader implements BoardReader {

	private final Fetcher fetcher;

	private final ImportsProperties properties;

	LeverReader(Fetcher fetcher, ImportsProperties properties) {
		this.fetcher = fetcher;
		this.properties = properties;
	}

	@Override
	public Vendor vendor() {
		return Vendor.LEVER;
	}

	@Override
	public List<ExternalJob> read(String site) throws FetchFailed {
		int size = properties.leverPageSize();
		List<ExternalJob> jobs = new ArrayList<>();
		for (int skip = 0;; skip += size) {
			String url = properties.leverBaseUrl() + "/v0/postings/" + URLEncoder.encode(site, StandardCharsets.UTF_8)
					+ "?mode=json&skip=" + skip + "&limit=" + size;
			JsonNode page = Json.parse(fetcher.get(url, "application/json"), "Lever");
			if (!page.isArray()) {
				throw new FetchFailed("Lever's answer at skip=" + skip + " is not a list of postings");
			}
			for (JsonNode posting : page) {
				jobs.add(posting(posting));
			}
			if (page.size() < size) {
				return jobs;
			}
			if (jobs.size() > properties.maxJobs()) {
				throw new FetchFailed("Lever listed more than " + properties.maxJobs() + " postings");
			}
		}
	}

	private static ExternalJob posting(JsonNode posting) throws FetchFailed {
		String id = Json.text(posting, "id");
		if (id == null) {
			throw new FetchFailed("A Lever posting has no id");
		}
		JsonNode categories = posting.path("categories");
		List<String> locations = Json.strings(categories, "allLocations");
		String location = Json.text(categories, "location");
		if (locations.isEmpty() && location != null) {
			locations = List.of(location);
		}
		List<String> departments = new ArrayList<>();
		for (String name : new String[] { "department", "team" }) {
			String value = Json.text(categories, name);
			if (value != null) {
				departments.add(value);
			}
		}
		String country = Json.text(posting, "country");
		return new ExternalJob(id, Json.text(posting, "text", ""), description(posting), locations,
				country == null ? null : country.toUpperCase(Locale.ROOT),
				workplace(Json.text(posting, "workplaceType")), commitment(Json.text(categories, "commitment")),
				pay(posting.path("salaryRange")), departments, Json.text(posting, "applyUrl") != null
						? Json.text(posting, "applyUrl") : Json.text(posting, "hostedUrl"));
	}

	private static String description(JsonNode posting) {
		StringBuilder html = new StringBuilder(Json.text(posting, "description", ""));
		for (JsonNode list : Json.array(posting, "lists")) {
			html.append("<h3>")
				.append(org.springframework.web.util.HtmlUtils.htmlEscape(Json.text(list, "text", "")))
				.append("</h3><ul>")
				.append(Json.text(list, "content", ""))
				.append("</ul>");
		}
		return html.append(Json.text(posting, "additional", "")).toString();
	}

	static @Nullable WorkplaceType workplace(@Nullable String type) {
		if (type == null) {
			return null;
		}
		return switch (type.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "")) {
			case "remote" -> WorkplaceType.REMOTE;
			case "hybrid" -> WorkplaceType.HYBRID;
			case "onsite" -> WorkplaceType.ONSITE;
			default -> null;
		};
	}

	static @Nullable EmploymentType commitment(@Nullable String commitment) {
		if (commitment == null) {
			return null;
		}
		String key = commitment.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
		if (key.startsWith("fulltime") || key.equals("permanent")) {
			return EmploymentType.FULL_TIME;
		}
		if (key.startsWith("parttime")) {
			return EmploymentType.PART_TIME;
		}
		if (key.startsWith("contract") || key.startsWith("freelance")) {
			return EmploymentType.CONTRACTOR;
		}
		if (key.startsWith("intern")) {
			return EmploymentType.INTERN;
		}
		if (key.startsWith("temp")) {
			return EmploymentType.TEMPORARY;
		}
		return null;
	}

	/**
	 * {@code salaryRange}: min, max, currency and an interval such as "per-year-salary".
	 */
	private static ExternalJob.@Nullable Pay pay(JsonNode range) {
		String currency = Json.text(range, "currency");
		String interval = Json.text(range, "interval");
		BigDecimal min = Json.number(range, "min");
		BigDecimal max = Json.number(range, "max");
		SalaryPeriod period = interval == null ? null : switch (interval) {
			case "per-year-salary" -> SalaryPeriod.YEAR;
			case "per-month-salary" -> SalaryPeriod.MONTH;
			case "per-week-salary" -> SalaryPeriod.WEEK;
			case "per-day-wage" -> SalaryPeriod.DAY;
			case "per-hour-wage" -> SalaryPeriod.HOUR;
			default -> null;
		};
		if (currency == null || period == null || (min == null && max == null)) {
			return null;
		}
		return new ExternalJob.Pay(min, max, currency.toUpperCase(Locale.ROOT), period);
	}

}
