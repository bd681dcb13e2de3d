package dev.backboard.imports.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

import dev.backboard.imports.AtsPosting;
import dev.backboard.imports.ImportsProperties;
import dev.backboard.imports.PostingState;
import dev.backboard.imports.PostingState.Status;
import dev.backboard.imports.Vendor;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Recognizes job pages on Greenhouse, Lever and Ashby boards and asks the vendor's public
 * API about them: Greenhouse's {@code GET /v1/boards/{board}/jobs/{id}} and Lever's
 * {@code GET /v0/postings/{site}/{id}} answer 404 for a posting that is closed; Ashby's
 * {@code GET /posting-api/job-board/{board}} lists the board, and a posting it no longer
 * lists is closed. Anything else the API answers, and a request that fails, says nothing.
 */
@Component
public class PostingLookup {

	private static final Pattern GREENHOUSE_ID = Pattern.compile("\\d{1,20}");

	private static final Pattern UUID = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

	private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{N}._ ~-]{1,100}");

	private final Fetcher fetcher;

	private final ImportsProperties properties;

	PostingLookup(Fetcher fetcher, ImportsProperties properties) {
		this.fetcher = fetcher;
		this.properties = properties;
	}

	public Optional<AtsPosting> recognize(String url) {
		URI uri;
		try {
			uri = new URI(url.strip());
		}
		catch (URISyntaxException ex) {
			return Optional.empty();
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (uri.getHost() == null || !(scheme.equals("https") || scheme.equals("http"))) {
			return Optional.empty();
		}
		String host = uri.getHost().toLowerCase(Locale.ROOT);
		List<String> path = uri.getPath() == null ? List.of()
				: Arrays.stream(uri.getPath().split("/")).filter(segment -> !segment.isEmpty()).toList();
		return switch (host) {
			case "boards.greenhouse.io", "job-boards.greenhouse.io" -> greenhouse(uri, path);
			case "jobs.lever.co" -> posting(Vendor.LEVER, path, "apply", properties.leverBaseUrl());
			case "jobs.ashbyhq.com" -> posting(Vendor.ASHBY, path, "application", properties.ashbyBaseUrl());
			default -> Optional.empty();
		};
	}

	private Optional<AtsPosting> greenhouse(URI uri, List<String> path) {
		if (path.size() == 3 && path.get(1).equals("jobs") && NAME.matcher(path.get(0)).matches()
				&& GREENHOUSE_ID.matcher(path.get(2)).matches()) {
			return Optional.of(posting(Vendor.GREENHOUSE, path.get(0), path.get(2), properties.greenhouseBaseUrl()));
		}
		// The embedded application form: /embed/job_app?for={board}&token={id}.
		if (path.equals(List.of("embed", "job_app"))) {
			var query = UriComponentsBuilder.fromUri(uri).build().getQueryParams();
			String board = query.getFirst("for");
			String id = query.getFirst("token");
			if (board != null && id != null && NAME.matcher(board).matches() && GREENHOUSE_ID.matcher(id).matches()) {
				return Optional.of(posting(Vendor.GREENHOUSE, board, id, properties.greenhouseBaseUrl()));
			}
		}
		return Optional.empty();
	}

	private Optional<AtsPosting> posting(Vendor vendor, List<String> path, String tail, String baseUrl) {
		boolean shape = path.size() == 2 || (path.size() == 3 && path.get(2).equals(tail));
		if (shape && NAME.matcher(path.get(0)).matches() && UUID.matcher(path.get(1)).matches()) {
			return Optional.of(posting(vendor, path.get(0), path.get(1).toLowerCase(Locale.ROOT), baseUrl));
		}
		return Optional.empty();
	}

	private static AtsPosting posting(Vendor vendor, String board, String id, String baseUrl) {
		return new AtsPosting(vendor, board, id, origin(URI.create(baseUrl)));
	}

	public PostingState ask(AtsPosting posting) {
		String board = UriUtils.encodePathSegment(posting.board(), StandardCharsets.UTF_8);
		String id = UriUtils.encodePathSegment(posting.id(), StandardCharsets.UTF_8);
		try {
			return switch (posting.vendor()) {
				case GREENHOUSE ->
					byStatus("Greenhouse", properties.greenhouseBaseUrl() + "/v1/boards/" + board + "/jobs/" + id);
				case LEVER -> byStatus("Lever", properties.leverBaseUrl() + "/v0/postings/" + board + "/" + id);
				case ASHBY -> ashby(posting, properties.ashbyBaseUrl() + "/posting-api/job-board/" + board);
				case XML_FEED -> new PostingState(Status.UNKNOWN, null, "a feed has no posting API");
			};
		}
		catch (FetchFailed ex) {
			return new PostingState(Status.UNKNOWN, null, String.valueOf(ex.getMessage()));
		}
	}

	private PostingState byStatus(String vendor, String url) throws FetchFailed {
		Fetcher.Reply reply = fetcher.exchange(url, "application/json");
		if (reply.status() / 100 == 2) {
			return new PostingState(Status.OPEN, reply.status(), vendor + " lists the posting");
		}
		if (reply.status() == 404) {
			return new PostingState(Status.CLOSED, reply.status(),
					vendor + "'s job board API answered HTTP 404: the posting is closed");
		}
		return new PostingState(Status.UNKNOWN, reply.status(),
				vendor + "'s job board API answered HTTP " + reply.status() + ", which says nothing");
	}

	private PostingState ashby(AtsPosting posting, String url) throws FetchFailed {
		Fetcher.Reply reply = fetcher.exchange(url, "application/json");
		if (reply.status() / 100 != 2) {
			return new PostingState(Status.UNKNOWN, reply.status(),
					"Ashby's job board API answered HTTP " + reply.status() + ", which says nothing");
		}
		JsonNode root = Json.parse(reply.body(), "Ashby");
		if (!root.path("jobs").isArray()) {
			return new PostingState(Status.UNKNOWN, reply.status(), "Ashby's answer has no jobs list");
		}
		for (JsonNode job : Json.array(root, "jobs")) {
			if (posting.id().equalsIgnoreCase(Json.text(job, "id", ""))) {
				if (job.path("isListed").isBoolean() && !job.path("isListed").asBoolean()) {
					break;
				}
				return new PostingState(Status.OPEN, reply.status(), "Ashby lists the posting");
			}
		}
		return new PostingState(Status.CLOSED, reply.status(),
				"Ashby's job board " + posting.board() + " no longer lists the posting: it is closed");
	}

	private static String origin(URI uri) {
		String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
		int port = uri.getPort() != -1 ? uri.getPort() : scheme.equals("https") ? 443 : 80;
		return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + ":" + port;
	}

}
