package dev.backboard.accounts;

import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.Jsoup;

import dev.backboard.support.Api;

/**
 * Small helpers for the account tests: an address of its own for each client, so that
 * rate limits of one test never touch another, and the path of a link from a mail.
 */
final class TestAddresses {

	private static final AtomicInteger NEXT = new AtomicInteger();

	private TestAddresses() {
	}

	/** A public documentation address (RFC 5737) no other test uses. */
	static String freshIp() {
		int n = NEXT.incrementAndGet();
		return "198.51." + (100 + n / 250) + "." + (1 + n % 250);
	}

	/** The visible text of a page's main part. */
	static String mainText(Api.Response response) {
		return Jsoup.parse(response.body()).select("main").text();
	}

}
