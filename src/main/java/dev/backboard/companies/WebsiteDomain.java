package dev.backboard.companies;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import com.google.common.net.InternetDomainName;
import org.jspecify.annotations.Nullable;

/**
 * The domain a company's website belongs to: its registrable domain by the Public Suffix
 * List ("careers.acme.co.uk" belongs to "acme.co.uk", "acme.github.io" to itself, since
 * every github.io site has its own owner). Its members' email addresses must be at that
 * domain to verify the company, unless anyone can get an address there.
 */
final class WebsiteDomain {

	private static final Set<String> FREE_MAIL = freeMailDomains();

	private WebsiteDomain() {
	}

	/**
	 * The registrable domain of the website's host, or the host itself when it is a
	 * public suffix (so that it can be named when refused); null while the website is
	 * unset.
	 */
	static @Nullable String of(@Nullable String website) {
		String host = host(website);
		if (host == null || isAddress(host)) {
			return host;
		}
		return Objects.requireNonNullElse(registrable(host), host);
	}

	/**
	 * The registrable domain of a host, or null when the host is itself a public suffix.
	 * A host under a top-level domain that the list does not know follows the list's
	 * default rule: its last label is the suffix.
	 */
	private static @Nullable String registrable(String host) {
		if (!InternetDomainName.isValid(host)) {
			return null;
		}
		InternetDomainName name = InternetDomainName.from(host);
		if (name.isUnderPublicSuffix()) {
			return name.topPrivateDomain().toString();
		}
		List<String> labels = name.parts();
		if (name.hasPublicSuffix() || labels.size() < 2) {
			return null;
		}
		return labels.get(labels.size() - 2) + "." + labels.get(labels.size() - 1);
	}

	/**
	 * Why an address at the domain proves nothing about an employer, or null when it
	 * does: anyone can get a mailbox at a free-mail provider, and a public suffix (co.uk,
	 * github.io) belongs to no one.
	 */
	static @Nullable String refusal(String domain) {
		if (FREE_MAIL.contains(domain)) {
			return domain + " is a free-mail provider: set your company's own domain as its website, and verify "
					+ "with an address there.";
		}
		if (isAddress(domain) || registrable(domain) == null) {
			return domain + " is shared by unrelated sites, not a company's own domain: set your company's own "
					+ "domain as its website, and verify with an address there.";
		}
		return null;
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

	/** An IP address (v6 ones come in brackets) names a machine, not an organisation. */
	private static boolean isAddress(String host) {
		return host.startsWith("[") || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
	}

	private static @Nullable String host(@Nullable String website) {
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

	private static Set<String> freeMailDomains() {
		try (InputStream in = WebsiteDomain.class.getResourceAsStream("/companies/free-mail-domains.txt")) {
			if (in == null) {
				throw new IllegalStateException("companies/free-mail-domains.txt is missing from the classpath");
			}
			return new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines()
				.map(String::strip)
				.filter(line -> !line.isEmpty() && !line.startsWith("#"))
				.collect(Collectors.toUnmodifiableSet());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
