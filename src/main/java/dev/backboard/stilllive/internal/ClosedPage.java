package dev.backboard.stilllive.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a page that answered 200 for signs that the job on it is closed, conservatively,
 * since a false "closed" would close a live job: a schema.org {@code JobPosting} in
 * JSON-LD whose {@code validThrough} has passed, or, when the page has no posting that is
 * still valid, a title or main heading that says the job is no longer open. Words in the
 * body text never count: "we are no longer accepting applications for other roles" is not
 * a closed job.
 */
final class ClosedPage {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern CLOSED_HEADING = Pattern.compile("(?iu)\\b(?:"
			+ "(?:this |the )?(?:job|position|posting|role|vacancy|opening|job posting)(?: you are looking for)? "
			+ "(?:is|has been) (?:no longer (?:available|open|active|accepting applications)|closed|filled|expired|removed)"
			+ "|no longer accepting applications" + "|(?:job|position|posting|vacancy) (?:not found|closed|expired)"
			+ ")\\b");

	private ClosedPage() {
	}

	/** Why the page says its job is closed, or empty when it does not say so. */
	static Optional<String> signal(String html, String baseUri, Instant now) {
		Document page = Jsoup.parse(html, baseUri);
		List<Instant> validThrough = new ArrayList<>();
		int postings = 0;
		for (Element script : page.select("script[type=application/ld+json]")) {
			try {
				JsonNode root = JSON.readTree(script.data());
				for (JsonNode posting : postings(root)) {
					postings++;
					Instant end = validThrough(posting.path("validThrough").asString(""));
					if (end == null) {
						// A posting without an end (or with one we cannot read) is open.
						return Optional.empty();
					}
					validThrough.add(end);
				}
			}
			catch (JacksonException ex) {
				// Malformed JSON-LD says nothing.
			}
		}
		if (postings > 0) {
			Instant latest = validThrough.stream().max(Instant::compareTo).orElseThrow();
			return latest.isBefore(now)
					? Optional.of("the page's JobPosting has validThrough " + Urls.date(latest) + ", which has passed")
					: Optional.empty();
		}
		for (Element heading : page.select("title, h1")) {
			String text = heading.text().strip();
			if (text.length() <= 200 && CLOSED_HEADING.matcher(text).find()) {
				return Optional.of("the page says \"" + Flags.abbreviate(text, 120) + "\"");
			}
		}
		return Optional.empty();
	}

	private static List<JsonNode> postings(JsonNode node) {
		List<JsonNode> found = new ArrayList<>();
		if (node.isArray()) {
			node.forEach(item -> found.addAll(postings(item)));
		}
		else if (node.isObject()) {
			if (isJobPosting(node.path("@type"))) {
				found.add(node);
			}
			if (node.path("@graph").isArray()) {
				found.addAll(postings(node.path("@graph")));
			}
		}
		return found;
	}

	private static boolean isJobPosting(JsonNode type) {
		if (type.isArray()) {
			for (JsonNode item : type) {
				if (isJobPosting(item)) {
					return true;
				}
			}
			return false;
		}
		String name = type.asString("");
		return name.equals("JobPosting") || name.endsWith("schema.org/JobPosting");
	}

	/**
	 * An ISO 8601 instant, date-time or date; a date or a date-time without an offset
	 * counts until the end of that day anywhere on Earth (UTC-12), so no time zone closes
	 * a job early.
	 */
	static @Nullable Instant validThrough(String text) {
		String value = text.strip();
		if (value.isEmpty()) {
			return null;
		}
		try {
			return OffsetDateTime.parse(value).toInstant();
		}
		catch (DateTimeParseException ex) {
			// Not with an offset; try the others.
		}
		try {
			return LocalDateTime.parse(value)
				.plusDays(1)
				.toLocalDate()
				.atStartOfDay()
				.toInstant(ZoneOffset.ofHours(-12));
		}
		catch (DateTimeParseException ex) {
			// Not a local date-time either.
		}
		try {
			return LocalDate.parse(value).plusDays(1).atStartOfDay().toInstant(ZoneOffset.ofHours(-12));
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

}
