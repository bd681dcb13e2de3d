package dev.backboard.syndication.web;

import dev.backboard.syndication.FeedFetched;
import dev.backboard.syndication.internal.FullFeed;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The full job feed for aggregators, as XML and as JSON, streamed.
 */
@RestController
class FullFeedController {

	private final FullFeed feed;

	private final ApplicationEventPublisher events;

	FullFeedController(FullFeed feed, ApplicationEventPublisher events) {
		this.feed = feed;
		this.events = events;
	}

	@GetMapping("/feeds/jobs.xml")
	ResponseEntity<StreamingResponseBody> xml() {
		events.publishEvent(new FeedFetched("full"));
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType("application/xml;charset=UTF-8"))
			.body(feed::writeXml);
	}

	@GetMapping("/feeds/jobs.json")
	ResponseEntity<StreamingResponseBody> json() {
		events.publishEvent(new FeedFetched("full"));
		return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON).body(feed::writeJson);
	}

}
