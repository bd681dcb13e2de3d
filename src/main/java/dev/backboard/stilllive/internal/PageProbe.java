package dev.backboard.stilllive.internal;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.net.GuardedDns;
import dev.backboard.stilllive.StillLiveProperties;

import org.springframework.stereotype.Component;

/**
 * Asks for a job's page: HEAD first, GET when the site refuses HEAD (405, 501), following
 * a bounded number of redirects, each hop through the address guard. The page is gone
 * when it answers 404 or 410, or when it sends visitors on to a page above it on the same
 * site, as ATS boards do with a closed job (a Greenhouse posting leads to its board's
 * list); 2xx says it is live; anything else (5xx, a time-out, a DNS failure, a refused
 * address, too many redirects) says nothing.
 */
@Component
class PageProbe {

	private final Http http;

	private final int maxRedirects;

	PageProbe(Http http, StillLiveProperties properties) {
		this.http = http;
		this.maxRedirects = properties.maxRedirects();
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
