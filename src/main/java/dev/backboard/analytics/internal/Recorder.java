package dev.backboard.analytics.internal;

import java.net.URI;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import dev.backboard.alerts.AlertSignedUp;
import dev.backboard.analytics.AnalyticsProperties;
import dev.backboard.analytics.EventType;
import dev.backboard.analytics.Source;
import dev.backboard.applications.ApplicationChanged;
import dev.backboard.jobs.ApplyClicked;
import dev.backboard.jobs.JobViewed;
import dev.backboard.search.SearchDone;
import dev.backboard.syndication.FeedFetched;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Turns the other modules' events into analytics events. Listeners on the request's
 * thread only read the request (user agent, address, where the visitor came from) and
 * hand the event to the buffer: they never wait for the database. Requests from robots
 * are dropped here; the address is hashed with the user agent and the day's salt into the
 * pseudonymous visitor id, which is also the rate rule's subject, and never kept.
 */
@Component
class Recorder {

	private final EventBuffer buffer;

	private final Clock clock;

	private final AnalyticsProperties properties;

	private final Visitors visitors;

	Recorder(EventBuffer buffer, Clock clock, AnalyticsProperties properties, Visitors visitors) {
		this.visitors = visitors;
		this.buffer = buffer;
		this.clock = clock;
		this.properties = properties;
	}

	@EventListener
	void on(JobViewed viewed) {
		visit(Event.of(clock.instant(), EventType.JOB_VIEW), viewed.jobId(), viewed.companyId());
	}

	@EventListener
	void on(ApplyClicked clicked) {
		visit(Event.of(clock.instant(), EventType.APPLY_CLICK), clicked.jobId(), clicked.companyId());
	}

	@EventListener
	void on(SearchDone search) {
		HttpServletRequest request = countedRequest();
		if (request == null) {
			return;
		}
		buffer.add(fromVisitor(Event.of(clock.instant(), EventType.SEARCH)
			.search(normalize(search.query()), cut(search.filters(), 2000), search.results()), request));
	}

	@EventListener
	void on(AlertSignedUp signup) {
		HttpServletRequest request = countedRequest();
		if (request == null) {
			return;
		}
		buffer.add(fromVisitor(Event.of(clock.instant(), EventType.ALERT_SIGNUP), request));
	}

	/** Feed readers are machines by nature: only the rate rule applies to them. */
	@EventListener
	void on(FeedFetched fetched) {
		HttpServletRequest request = request();
		if (!properties.enabled()) {
			return;
		}
		Event feed = Event.of(clock.instant(), EventType.FEED_FETCH).search("", "feed=" + fetched.feed(), 0);
		buffer.add(request == null ? feed : fromVisitor(feed, request));
	}

	/**
	 * Applications come from signed-in candidates through the form, so no filter applies;
	 * heard after commit, so a withdrawn transaction counts nothing, and still on the
	 * request's thread, so the form's {@code src} field says where the candidate came
	 * from (an application made outside a request is direct).
	 */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ApplicationChanged changed) {
		if (properties.enabled() && changed.change() == ApplicationChanged.Change.SUBMITTED) {
			HttpServletRequest request = request();
			buffer.add(Event.of(changed.at(), EventType.APPLICATION)
				.job(request == null ? Source.DIRECT : source(request), changed.jobId(), changed.companyId())
				.from(null, request == null ? null : visitors.of(request)));
		}
	}

	private void visit(Event event, long jobId, long companyId) {
		HttpServletRequest request = countedRequest();
		if (request == null) {
			return;
		}
		buffer.add(fromVisitor(event.job(source(request), jobId, companyId), request));
	}

	/**
	 * The event from the request's visitor, whose id of the day (a salted hash of address
	 * and user agent, never stored with either) is also the subject of the rate rule.
	 */
	private Event fromVisitor(Event event, HttpServletRequest request) {
		String visitor = visitors.of(request);
		return event.from(visitor, visitor);
	}

	/**
	 * The {@code src} of the request, or of the page it was made from: the job page's
	 * panel is loaded by htmx, which names the page in {@code HX-Current-URL}; a
	 * click-out names it in {@code Referer} (the board's Referrer-Policy keeps the query
	 * on its own pages).
	 */
	static Source source(HttpServletRequest request) {
		String src = request.getParameter("src");
		if (src == null) {
			src = srcOf(request.getHeader("HX-Current-URL"));
		}
		if (src == null) {
			src = srcOf(request.getHeader("Referer"));
		}
		return Source.of(src);
	}

	private static @Nullable String srcOf(@Nullable String url) {
		if (url == null || url.isBlank()) {
			return null;
		}
		try {
			return UriComponentsBuilder.fromUri(URI.create(url.strip())).build().getQueryParams().getFirst("src");
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/**
	 * Lower case, single spaces, at most 500 characters: "Java Berlin" and "java berlin"
	 * are one query.
	 */
	static String normalize(String query) {
		return cut(query.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT), 500);
	}

	private static String cut(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	/**
	 * The request behind the event when it is to be counted: analytics on, and not a bot.
	 */
	private @Nullable HttpServletRequest countedRequest() {
		HttpServletRequest request = request();
		return request == null || !properties.enabled() || Bots.isBot(request.getHeader("User-Agent")) ? null : request;
	}

	private static @Nullable HttpServletRequest request() {
		RequestAttributes attributes = RequestContextHolder.getRequestAttributes();
		return attributes instanceof ServletRequestAttributes servlet ? servlet.getRequest() : null;
	}

}
