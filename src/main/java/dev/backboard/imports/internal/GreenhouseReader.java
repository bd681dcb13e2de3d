package dev.backboard.imports.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

import dev.backboard.imports.ImportsProperties;
import dev.backboard.imports.Vendor;
import dev.backboard.jobs.SalaryPeriod;

import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;

/**
 * Greenhouse's public Job Board API: {@code GET /v1/boards/{token}/jobs?content=true}
 * with pay transparency. One answer holds the whole board; its {@code meta.total} must
 * match the jobs in it. The content comes HTML-escaped; pay ranges come in cents, per
 * year.
 */
@Component
class GreenhouseReader implements BoardReader {

	private final Fetcher fetcher;

	private final ImportsProperties properties;

	GreenhouseReader(Fetcher fetcher, ImportsProperties properties) {
		this.fetcher = fetcher;
		this.properties = properties;
	}

	@Override
	public Vendor vendor() {
		return Vendor.GREENHOUSE;
	}

	@Override
	public List<ExternalJob> read(String token) throws FetchFailed {
		String url = properties.greenhouseBaseUrl() + "/v1/boards/" + URLEncoder.encode(token, StandardCharsets.UTF_8)
				+ "/jobs?content=true&pay_transparency=true";
		JsonNode root = Json.parse(fetcher.get(url, "application/json"), "Greenhouse");
		if (!root.path("jobs").isArray()) {
			throw new FetchFailed("Greenhouse's answer has no jobs list");
		}
		List<ExternalJob> jobs = new ArrayList<>();
		for (JsonNode job : Json.array(root, "jobs")) {
			jobs.add(job(job));
		}
		BigDecimal total = Json.number(root.path("meta"), "total");
		if (total != null && total.intValue() != jobs.size()) {
			throw new FetchFailed(
					"Greenhouse listed " + jobs.size() + " of " + total + " jobs; the listing is incomplete");
		}
		return jobs;
	}

	private static ExternalJob job(JsonNode job) throws FetchFailed {
		String id = Json.text(job, "id");
		if (id == null) {
			throw new FetchFailed("A Greenhouse job has no id");
		}
		String location = Json.text(job.path("location"), "name");
		String content = Json.text(job, "content", "");
		return new ExternalJob(id, Json.text(job, "title", ""), HtmlUtils.htmlUnescape(content),
				location == null ? List.of() : List.of(location), null, null, null, pay(job),
				Json.names(job, "departments", "name"), Json.text(job, "absolute_url"));
	}

	private static ExternalJob.@Nullable Pay pay(JsonNode job) {
		for (JsonNode range : Json.array(job, "pay_input_ranges")) {
			String currency = Json.text(range, "currency_type");
			BigDecimal min = cents(Json.number(range, "min_cents"));
			BigDecimal max = cents(Json.number(range, "max_cents"));
			if (currency != null && (min != null || max != null)) {
				return new ExternalJob.Pay(min, max, currency.toUpperCase(java.util.Locale.ROOT), SalaryPeriod.YEAR);
			}
		}
		return null;
	}

	private static @Nullable BigDecimal cents(@Nullable BigDecimal cents) {
		return cents == null ? null : cents.divide(BigDecimal.valueOf(100), 2, RoundingMode.HALF_UP);
	}

}
