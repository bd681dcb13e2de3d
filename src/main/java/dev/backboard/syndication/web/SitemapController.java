package dev.backboard.syndication.web;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.BackboardProperties;
import dev.backboard.core.NotFound;
import dev.backboard.jobs.JobLink;
import dev.backboard.jobs.JobService;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;
import dev.backboard.syndication.SyndicationProperties;
import dev.backboard.syndication.internal.Xml;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The sitemaps.org index at /sitemap.xml: one file of board, skill and company pages, and
 * the published jobs in files of at most {@code sitemap-file-size} URLs, each with its
 * last change. A job leaves the sitemap when it is no longer published. robots.txt names
 * the index.
 */
@RestController
class SitemapController {

	private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private final JobService jobs;

	private final Taxonomy taxonomy;

	private final BackboardProperties board;

	private final SyndicationProperties properties;

	SitemapController(JobService jobs, Taxonomy taxonomy, BackboardProperties board, SyndicationProperties properties) {
		this.jobs = jobs;
		this.taxonomy = taxonomy;
		this.board = board;
		this.properties = properties;
	}

	@GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
	String robots() {
		return """
				User-agent: *
				Disallow: /employer/
				Disallow: /candidate/
				Disallow: /account/
				Disallow: /moderation/
				Disallow: /api/
				Sitemap: %s/sitemap.xml
				""".formatted(board.baseUrl());
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<byte[]> index() {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try (Xml xml = Xml.to(body)) {
			xml.start("sitemapindex", NAMESPACE);
			xml.start("sitemap").element("loc", board.baseUrl() + "/sitemaps/pages.xml").end();
			for (int file = 1; file <= jobFiles(); file++) {
				xml.start("sitemap").element("loc", board.baseUrl() + "/sitemaps/jobs-" + file + ".xml").end();
			}
			xml.end();
		}
		return xml(body);
	}

	@GetMapping("/sitemaps/pages.xml")
	ResponseEntity<byte[]> pages() {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try (Xml xml = Xml.to(body)) {
			xml.start("urlset", NAMESPACE);
			url(xml, "/", null);
			url(xml, "/jobs", null);
			url(xml, "/insights", null);
			for (Skill skill : taxonomy.everySkill()) {
				url(xml, "/skills/" + skill.slug(), null);
			}
			for (String company : jobs.companiesWithPublishedJobs()) {
				url(xml, "/companies/" + company, null);
			}
			xml.end();
		}
		return xml(body);
	}

	@GetMapping("/sitemaps/jobs-{file}.xml")
	ResponseEntity<byte[]> jobs(@PathVariable int file) {
		if (file < 1 || file > jobFiles()) {
			throw new NotFound("sitemap");
		}
		List<JobLink> links = jobs.publishedLinks(file - 1, properties.sitemapFileSize());
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try (Xml xml = Xml.to(body)) {
			xml.start("urlset", NAMESPACE);
			for (JobLink link : links) {
				url(xml, "/jobs/" + link.slug(), DateTimeFormatter.ISO_INSTANT.format(link.updatedAt()));
			}
			xml.end();
		}
		return xml(body);
	}

	private void url(Xml xml, String path, @Nullable String lastModified) {
		xml.start("url").element("loc", board.baseUrl() + path);
		if (lastModified != null) {
			xml.element("lastmod", lastModified);
		}
		xml.end();
	}

	private long jobFiles() {
		return (jobs.countPublished() + properties.sitemapFileSize() - 1) / properties.sitemapFileSize();
	}

	private static ResponseEntity<byte[]> xml(ByteArrayOutputStream body) {
		return ResponseEntity.ok().contentType(XML).cacheControl(CacheControl.noCache()).body(body.toByteArray());
	}

}
