package dev.backboard.stilllive.internal;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.net.GuardedDns;
import dev.backboard.stilllive.StillLiveProperties;

import org.springframework.stereotype.Component;

/**
 * Asks for a job's page: HEAD first, GET when the site refuses HEAD (405, 501), following
 * a bounded number of redirects, each hop through the address guard. The page is gone
 * when it answers 404 or 410, or when it sends visitors on to a page above it on the same
 * site, as ATS boards do with a closed job (a Greenhouse posting leads to its board's
 * list). A page that answers 2xx is read (a GET, its first {@value #MAX_PAGE} bytes): it
 * is gone when it says so (see {@link ClosedPage}), and live otherwise. Anything else
 * (5xx, a time-out, a DNS failure, a refused address, too many redirects) says nothing.
 */
@Component
class PageProbe {

	static final int MAX_PAGE = 512 * 1024;

	private final Http http;

	private final int maxRedirects;

	private final Clock clock;

	PageProbe(Http http, StillLiveProperties properties, Clock clock) {
		this.http = http;
		this.maxRedirects = properties.maxRedirects();
		this.clock = clock;
	}

	Answer check(URI start) {
		URI uri = start;
		boolean contacted = false;
		@Nullable Integer redirect = null;
		try {
			for (int hop = 0; hop <= maxRedirects; hop++) {
				if (!Urls.isWeb(uri)) {
					return Answer.unknown("not an http or https address: " + uri, contacted);
				}
				Http.Reply reply = http.exchange(true, uri, 0);
				contacted = true;
				if (reply.status() == 405 || reply.status() == 501) {
					reply = http.exchange(false, uri, 0);
				}
				if (reply.isRedirect()) {
					redirect = redirect == null ? reply.status() : redirect;
					uri = uri.resolve(Urls.parse(reply.location()));
					continue;
				}
				if (redirect != null && reply.status() / 100 == 2 && Urls.isAbove(uri, start)) {
					return new Answer(Verdict.GONE, redirect,
							"the page sends visitors on to " + uri + ", a page above it (the site's list of jobs)",
							true);
				}
				if (reply.status() / 100 == 2) {
					return read(uri);
				}
				return verdict(reply.status());
			}
			return Answer.unknown("more than " + maxRedirects + " redirects", contacted);
		}
		catch (GuardedDns.RefusedAddress ex) {
			return Answer.unknown("refused: " + ex.getMessage(), contacted);
		}
		catch (UnknownHostException ex) {
			return Answer.unknown("the host " + uri.getHost() + " was not found", contacted);
		}
		catch (SocketTimeoutException ex) {
			return Answer.unknown("no answer in time from " + uri.getHost(), contacted);
		}
		catch (IOException | IllegalArgumentException ex) {
			return Answer.unknown("asking " + uri.getHost() + " failed: " + ex, contacted);
		}
	}

	/**
	 * The page behind a 2xx answer: gone when its content says so, live when it does not,
	 * and no conclusion when the GET does not answer 2xx as the HEAD did.
	 */
	private Answer read(URI uri) throws IOException {
		Http.Reply page = http.exchange(false, uri, MAX_PAGE);
		if (page.status() / 100 != 2) {
			// The two answers disagree: nothing to conclude.
			return new Answer(Verdict.UNKNOWN, page.status(),
					"the page answered a HEAD but a GET with HTTP " + page.status() + ", which says nothing", true);
		}
		Optional<String> closed = ClosedPage.signal(page.body(), uri.toString(), clock.instant());
		return closed.map(why -> new Answer(Verdict.GONE, page.status(), why, true))
			.orElseGet(() -> verdict(page.status()));
	}

	private static Answer verdict(int status) {
		if (status >= 200 && status < 300) {
			return new Answer(Verdict.LIVE, status, "the page answered HTTP " + status, true);
		}
		if (status == 404 || status == 410) {
			return new Answer(Verdict.GONE, status, "the page answered HTTP " + status, true);
		}
		return new Answer(Verdict.UNKNOWN, status, "the page answered HTTP " + status + ", which says nothing", true);
	}

}
