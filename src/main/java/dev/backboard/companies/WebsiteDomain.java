package dev.backboard.companies;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * The domain a company's website lives at, without "www.": the domain its members' email
 * addresses must be at to verify it.
 */
final class WebsiteDomain {

	private WebsiteDomain() {
	}

	static @Nullable String of(@Nullable String website) {
		if (website == null) {
			return null;
		}
		try {
			String host = new URI(website).getHost();
			if (host == null || host.isBlank()) {
				return null;
			}
			host = host.toLowerCase(Locale.ROOT);
			return host.startsWith("www.") ? host.substring(4) : host;
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

	/** Whether the email's domain is the domain or one of its subdomains. */
	static boolean covers(String domain, String email) {
		int at = email.lastIndexOf('@');
		if (at < 0) {
			return false;
		}
		String emailDomain = email.substring(at + 1).toLowerCase(Locale.ROOT);
		return emailDomain.equals(domain) || emailDomain.endsWith("." + domain);
	}

}
