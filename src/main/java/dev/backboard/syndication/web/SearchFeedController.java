package dev.backboard.syndication.web;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import jakarta.validation.Valid;

import dev.backboard.companies.Companies;
import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyNotFound;
import dev.backboard.core.BackboardProperties;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.JobHit;
import dev.backboard.search.JobQuery;
import dev.backboard.search.JobSearch;
import dev.backboard.search.JobSearchResult;
import dev.backboard.search.SearchSort;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;
import dev.backboard.syndication.FeedFetched;
import dev.backboard.syndication.SyndicationProperties;
import dev.backboard.syndication.internal.Feed;
import dev.backboard.web.Formats;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * RSS 2.0 and Atom feeds of any search (the parameters of /jobs, bound and validated the
 * same way), of a company and of a technology, newest jobs first. A reader that sends
 * back the ETag or the Last-Modified date gets a 304 until a job enters or leaves the
 * feed.
 */
@RestController
class SearchFeedController {

	private static final MediaType RSS = MediaType.parseMediaType("application/rss+xml;charset=UTF-8");

	private static final MediaType ATOM = MediaType.parseMediaType("application/atom+xml;charset=UTF-8");

	private final JobSearch search;

	private final Companies companies;

	private final Taxonomy taxonomy;

	private final BackboardProperties board;

	private final SyndicationProperties properties;

	private final ApplicationEventPublisher events;

	SearchFeedController(JobSearch search, Companies companies, Taxonomy taxonomy, BackboardProperties board,
			SyndicationProperties properties, ApplicationEventPublisher events) {
		this.events = events;
		this.search = search;
		this.companies = companies;
		this.taxonomy = taxonomy;
		this.board = board;
		this.properties = properties;
	}

	@GetMapping("/jobs.{format:rss|atom}")
	ResponseEntity<byte[]> search(@PathVariable String format, @Valid @ModelAttribute("query") JobQuery query,
			ServletWebRequest request) {
		String title = query.q() == null ? "Backend engineering jobs" : "Jobs matching “" + query.q() + "”";
		String path = query.with("page", null).toPath("/jobs");
		events.publishEvent(new FeedFetched("search"));
		return feed(format, query, title, path, request);
	}

	@GetMapping("/companies/{slug}/jobs.{format:rss|atom}")
	ResponseEntity<byte[]> company(@PathVariable String slug, @PathVariable String format, ServletWebRequest request) {
		Company company = companies.findBySlug(slug).orElseThrow(CompanyNotFound::new);
		events.publishEvent(new FeedFetched("company"));
		return feed(format, JobQuery.builder().company(company.getSlug()).build(), company.getName() + " jobs",
				"/companies/" + company.getSlug(), request);
	}

	@GetMapping("/skills/{name}/jobs.{format:rss|atom}")
	ResponseEntity<byte[]> skill(@PathVariable String name, @PathVariable String format, ServletWebRequest request) {
		Skill skill = taxonomy.resolve(name).orElseThrow(() -> new dev.backboard.core.NotFound("technology"));
		events.publishEvent(new FeedFetched("skill"));
		return feed(format, JobQuery.builder().skills(skill.slug()).build(), skill.name() + " backend jobs",
				"/skills/" + skill.slug(), request);
	}

	private ResponseEntity<byte[]> feed(String format, JobQuery asked, String title, String pagePath,
			ServletWebRequest request) {
		JobQuery query = asked.with("page", null)
			.with("sort", (asked.sort() == null ? SearchSort.NEWEST : asked.sort()).name())
			.with("size", Integer.toString(asked.size() == null ? properties.feedSize() : asked.size()));
		JobSearchResult result = search.search(query);
		String selfPath = request.getRequest().getRequestURI()
				+ (request.getRequest().getQueryString() == null ? "" : "?" + request.getRequest().getQueryString());
		Instant updated = result.hits().stream().map(JobHit::postedAt).max(Instant::compareTo).orElse(Instant.EPOCH);
		String etag = etag(format, selfPath, result);
		if (request.checkNotModified(etag, updated.toEpochMilli())) {
			return ResponseEntity.status(304).eTag(etag).lastModified(updated).build();
		}
		Feed feed = new Feed(title, result.total() + " open jobs on Backboard: " + title, board.baseUrl() + pagePath,
				board.baseUrl() + selfPath, updated, entries(result.hits()));
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		if (format.equals("rss")) {
			feed.writeRss(body);
		}
		else {
			feed.writeAtom(body);
		}
		return ResponseEntity.ok()
			.contentType(format.equals("rss") ? RSS : ATOM)
			.eTag(etag)
			.lastModified(updated)
			.cacheControl(CacheControl.noCache())
			.body(body.toByteArray());
	}

	private List<Feed.Entry> entries(List<JobHit> hits) {
		List<Feed.Entry> entries = new ArrayList<>();
		for (JobHit hit : hits) {
			List<String> about = new ArrayList<>(hit.places());
			about.add(hit.workplaceType() == WorkplaceType.REMOTE ? "Remote" : hit.workplaceType().label());
			if (hit.salary() != null) {
				about.add(Formats.salary(hit.salary().min(), hit.salary().max(), hit.salary().currency(),
						hit.salary().period()));
			}
			entries.add(new Feed.Entry(board.baseUrl() + "/jobs/" + hit.slug(), hit.title(), hit.company().name(),
					hit.postedAt(), hit.company().name() + " · " + String.join(" · ", about),
					hit.skills().stream().map(JobHit.SkillRef::name).toList()));
		}
		return entries;
	}

	/**
	 * Changes when a job enters, leaves or moves in the feed, or the feed's form does.
	 */
	private static String etag(String format, String selfPath, JobSearchResult result) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update((format + "\n" + selfPath + "\n" + result.total()).getBytes(StandardCharsets.UTF_8));
			for (JobHit hit : result.hits()) {
				digest.update(
						("\n" + hit.id() + "@" + hit.postedAt() + ":" + hit.title()).getBytes(StandardCharsets.UTF_8));
			}
			return "\"" + HexFormat.of().formatHex(digest.digest(), 0, 16) + "\"";
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
