package dev.backboard.imports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.github.tomakehurst.wiremock.WireMockServer;
import com.github.tomakehurst.wiremock.http.Fault;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.web.util.HtmlUtils;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.options;

/**
 * Plays Greenhouse's Job Board API, Lever's postings API, Ashby's posting API and an XML
 * feed on one local port, answering in the shapes of each vendor's documentation. Each
 * test uses boards of its own names, so tests never see each other's stubs.
 */
public final class AtsStandIn {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final AtsStandIn SHARED = new AtsStandIn();

	private final WireMockServer server;

	private AtsStandIn() {
		server = new WireMockServer(options().dynamicPort());
		server.start();
	}

	public static AtsStandIn shared() {
		return SHARED;
	}

	public String baseUrl() {
		return "http://127.0.0.1:" + server.port();
	}

	/** A Greenhouse job: its content HTML-escaped, as the API sends it. */
	public static Map<String, Object> greenhouseJob(long id, String title, String html, String location, Long minCents,
			Long maxCents, String currency) {
		Map<String, Object> job = new LinkedHashMap<>();
		job.put("id", id);
		job.put("internal_job_id", id + 1000);
		job.put("title", title);
		job.put("updated_at", "2026-11-20T10:55:28-05:00");
		job.put("requisition_id", "REQ-" + id);
		job.put("location", Map.of("name", location));
		job.put("absolute_url", "https://boards.greenhouse.io/acme/jobs/" + id);
		job.put("language", "en");
		job.put("metadata", null);
		job.put("content", HtmlUtils.htmlEscape(html));
		job.put("departments", List.of(Map.of("id", 7, "name", "Engineering", "child_ids", List.of())));
		job.put("offices", List.of(Map.of("id", 8, "name", location, "location", location, "child_ids", List.of())));
		if (currency != null) {
			Map<String, Object> range = new LinkedHashMap<>();
			range.put("min_cents", minCents);
			range.put("max_cents", maxCents);
			range.put("currency_type", currency);
			range.put("title", "Pay range");
			range.put("blurb", "");
			job.put("pay_input_ranges", List.of(range));
		}
		return job;
	}

	public void greenhouse(String token, List<Map<String, Object>> jobs) {
		greenhouse(token, jobs, jobs.size());
	}

	/**
	 * A board whose {@code meta.total} may disagree with its jobs, as a cut answer would.
	 */
	public void greenhouse(String token, List<Map<String, Object>> jobs, int total) {
		json("/v1/boards/" + token + "/jobs", Map.of("jobs", jobs, "meta", Map.of("total", total)));
	}

	/** A Lever posting in {@code mode=json}. */
	public static Map<String, Object> leverPosting(String id, String title, String html, String location,
			String commitment, String workplaceType, Map<String, Object> salaryRange) {
		Map<String, Object> posting = new LinkedHashMap<>();
		posting.put("id", id);
		posting.put("text", title);
		posting.put("categories", Map.of("location", location, "allLocations", List.of(location), "commitment",
				commitment, "team", "Platform", "department", "Engineering"));
		posting.put("country", "DE");
		posting.put("createdAt", 1764000000000L);
		posting.put("description", html);
		posting.put("descriptionPlain", "");
		posting.put("lists", List.of(Map.of("text", "What you bring", "content", "<li>Kafka in production</li>")));
		posting.put("additional", "<p>We pay relocation.</p>");
		posting.put("hostedUrl", "https://jobs.lever.co/acme/" + id);
		posting.put("applyUrl", "https://jobs.lever.co/acme/" + id + "/apply");
		posting.put("workplaceType", workplaceType);
		if (salaryRange != null) {
			posting.put("salaryRange", salaryRange);
		}
		return posting;
	}

	/** Lever's pages of {@code size} postings, found by {@code skip}. */
	public void lever(String site, List<Map<String, Object>> postings, int size) {
		for (int skip = 0; skip <= postings.size(); skip += size) {
			List<Map<String, Object>> page = postings.subList(skip, Math.min(postings.size(), skip + size));
			server.stubFor(get(urlPathEqualTo("/v0/postings/" + site)).withQueryParam("mode", equalTo("json"))
				.withQueryParam("skip", equalTo(Integer.toString(skip)))
				.willReturn(aResponse().withHeader("Content-Type", "application/json")
					.withBody(JSON.writeValueAsString(page))));
		}
	}

	/** One page of Lever's listing answers 500. */
	public void leverPageFails(String site, int skip) {
		server
			.stubFor(get(urlPathEqualTo("/v0/postings/" + site)).withQueryParam("skip", equalTo(Integer.toString(skip)))
				.willReturn(aResponse().withStatus(500).withBody("{\"ok\":false}")));
	}

	/** An Ashby posting with a salary among its compensation components. */
	public static Map<String, Object> ashbyJob(String id, String title, String html, String location,
			String employmentType, String workplaceType, boolean listed, Integer min, Integer max, String currency) {
		Map<String, Object> job = new LinkedHashMap<>();
		job.put("id", id);
		job.put("title", title);
		job.put("location", location);
		job.put("secondaryLocations", List.of());
		job.put("department", "Engineering");
		job.put("team", "Data");
		job.put("isListed", listed);
		job.put("isRemote", "Remote".equals(workplaceType));
		job.put("workplaceType", workplaceType);
		job.put("descriptionHtml", html);
		job.put("descriptionPlain", "");
		job.put("publishedAt", "2026-11-30T16:21:55.393+00:00");
		job.put("employmentType", employmentType);
		job.put("address", Map.of("postalAddress", Map.of("addressLocality", location, "addressCountry", "Germany")));
		job.put("jobUrl", "https://jobs.ashbyhq.com/acme/" + id);
		job.put("applyUrl", "https://jobs.ashbyhq.com/acme/" + id + "/application");
		job.put("shouldDisplayCompensationOnJobPostings", currency != null);
		if (currency != null) {
			Map<String, Object> salary = new LinkedHashMap<>();
			salary.put("compensationType", "Salary");
			salary.put("interval", "1 YEAR");
			salary.put("currencyCode", currency);
			salary.put("minValue", min);
			salary.put("maxValue", max);
			Map<String, Object> component = new LinkedHashMap<>(salary);
			component.put("id", id + "-salary");
			component.put("summary", currency + " " + min + " – " + max);
			job.put("compensation",
					Map.of("compensationTierSummary", currency + " " + min + " – " + max, "compensationTiers",
							List.of(Map.of("id", id + "-tier", "title", "Zone A", "tierSummary", "", "components",
									List.of(component))),
							"summaryComponents", List.of(salary)));
		}
		return job;
	}

	public void ashby(String board, List<Map<String, Object>> jobs) {
		json("/posting-api/job-board/" + board, Map.of("apiVersion", "1", "jobs", jobs));
	}

	/** Greenhouse's answer for one open job: {@code GET /v1/boards/{token}/jobs/{id}}. */
	public void greenhouseJob(String token, Map<String, Object> job) {
		json("/v1/boards/" + token + "/jobs/" + job.get("id"), job);
	}

	/** Greenhouse's documented answer for a job that is closed or never was. */
	public void greenhouseJobGone(String token, long id) {
		notFound("/v1/boards/" + token + "/jobs/" + id, Map.of("status", 404, "error", "Job not found"));
	}

	/** Lever's answer for one open posting: {@code GET /v0/postings/{site}/{id}}. */
	public void leverPostingAt(String site, Map<String, Object> posting) {
		json("/v0/postings/" + site + "/" + posting.get("id"), posting);
	}

	/** Lever's documented answer for a posting that is closed or never was. */
	public void leverPostingGone(String site, String id) {
		notFound("/v0/postings/" + site + "/" + id, Map.of("ok", false, "error", "Document not found"));
	}

	private void notFound(String path, Object body) {
		server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(404)
			.withHeader("Content-Type", "application/json")
			.withBody(JSON.writeValueAsString(body))));
	}

	/** How many requests asked for the path. */
	public int requests(String path) {
		return server
			.countRequestsMatching(
					com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor(urlPathEqualTo(path)).build())
			.getCount();
	}

	/** An XML feed at a path of this server. */
	public String feed(String path, String xml) {
		server.stubFor(get(urlPathEqualTo(path))
			.willReturn(aResponse().withHeader("Content-Type", "application/xml").withBody(xml)));
		return baseUrl() + path;
	}

	/** The path answers with this status. */
	public void fails(String path, int status) {
		server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withStatus(status).withBody("upstream error")));
	}

	/** The path answers only after the client gave up. */
	public void slow(String path, int millis) {
		server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withFixedDelay(millis)
			.withHeader("Content-Type", "application/json")
			.withBody("{\"jobs\":[],\"meta\":{\"total\":0}}")));
	}

	/** The connection is cut in the middle of the answer. */
	public void cut(String path) {
		server.stubFor(get(urlPathEqualTo(path)).willReturn(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK)));
	}

	/** A body that is not JSON. */
	public void garbage(String path) {
		server.stubFor(get(urlPathEqualTo(path)).willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody("<html>maintenance</html>")));
	}

	private void json(String path, Object body) {
		server.stubFor(get(urlPathEqualTo(path)).willReturn(
				aResponse().withHeader("Content-Type", "application/json").withBody(JSON.writeValueAsString(body))));
	}

	private static com.github.tomakehurst.wiremock.matching.StringValuePattern equalTo(String value) {
		return com.github.tomakehurst.wiremock.client.WireMock.equalTo(value);
	}

	/** Points the application's readers at this stand-in and lets it fetch from it. */
	public static final class Initializer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			String base = shared().baseUrl();
			Map<String, Object> properties = new LinkedHashMap<>();
			properties.put("backboard.imports.greenhouse-base-url", base);
			properties.put("backboard.imports.lever-base-url", base);
			properties.put("backboard.imports.ashby-base-url", base);
			properties.put("backboard.imports.allowed-addresses", "127.0.0.1/32");
			properties.put("backboard.imports.require-https", "false");
			properties.put("backboard.imports.response-timeout", "3s");
			properties.put("backboard.imports.lever-page-size", "2");
			properties.put("backboard.imports.mail-after-failures", "2");
			context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("ats-stand-in", properties));
		}

	}

}
