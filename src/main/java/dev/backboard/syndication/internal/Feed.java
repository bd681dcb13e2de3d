package dev.backboard.syndication.internal;

import java.io.OutputStream;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A feed of jobs, written as RSS 2.0 or Atom 1.0.
 *
 * @param title the feed's title
 * @param description what it lists
 * @param pageUrl the page the feed mirrors
 * @param selfUrl the feed's own address
 * @param updated when its newest entry changed (the feed's creation when it is empty)
 * @param entries newest first
 */
public record Feed(String title, String description, String pageUrl, String selfUrl, Instant updated,
		List<Entry> entries) {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	public Feed {
		entries = List.copyOf(entries);
	}

	/**
	 * One job.
	 *
	 * @param url its page, also its permanent id
	 * @param title the job's title
	 * @param author the employer
	 * @param published when it was posted
	 * @param summary one line of plain text: places, workplace, pay
	 * @param categories its technologies
	 */
	public record Entry(String url, String title, String author, Instant published, String summary,
			List<String> categories) {
	}

	public void writeRss(OutputStream out) {
		try (Xml xml = Xml.to(out)) {
			xml.start("rss").attribute("version", "2.0").namespace("atom", ATOM).start("channel");
			xml.element("title", title).element("link", pageUrl).element("description", description);
			xml.start("atom:link")
				.attribute("href", selfUrl)
				.attribute("rel", "self")
				.attribute("type", "application/rss+xml")
				.end();
			xml.element("lastBuildDate", DateTimeFormatter.RFC_1123_DATE_TIME.format(updated.atOffset(ZoneOffset.UTC)));
			for (Entry entry : entries) {
				xml.start("item").element("title", entry.title()).element("link", entry.url() + "?src=feed");
				xml.start("guid").attribute("isPermaLink", "true").text(entry.url()).end();
				xml.element("pubDate",
						DateTimeFormatter.RFC_1123_DATE_TIME.format(entry.published().atOffset(ZoneOffset.UTC)));
				xml.element("description", entry.summary());
				entry.categories().forEach(category -> xml.element("category", category));
				xml.end();
			}
			xml.end().end();
		}
	}

	public void writeAtom(OutputStream out) {
		try (Xml xml = Xml.to(out)) {
			xml.start("feed", ATOM).element("id", selfUrl).element("title", title).element("subtitle", description);
			xml.element("updated", DateTimeFormatter.ISO_INSTANT.format(updated));
			xml.start("link")
				.attribute("rel", "self")
				.attribute("type", "application/atom+xml")
				.attribute("href", selfUrl)
				.end();
			xml.start("link")
				.attribute("rel", "alternate")
				.attribute("type", "text/html")
				.attribute("href", pageUrl)
				.end();
			for (Entry entry : entries) {
				xml.start("entry").element("id", entry.url()).element("title", entry.title());
				xml.element("updated", DateTimeFormatter.ISO_INSTANT.format(entry.published()));
				xml.element("published", DateTimeFormatter.ISO_INSTANT.format(entry.published()));
				xml.start("link").attribute("rel", "alternate").attribute("href", entry.url() + "?src=feed").end();
				xml.start("author").element("name", entry.author()).end();
				xml.start("summary").attribute("type", "text").text(entry.summary()).end();
				entry.categories().forEach(category -> xml.start("category").attribute("term", category).end());
				xml.end();
			}
			xml.end();
		}
	}

}
