package dev.backboard.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;

import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads {@code X-Forwarded-For} and {@code X-Forwarded-Proto} only when the connection
 * comes from a proxy the operator named in {@code backboard.web.trusted-proxies}; from
 * anyone else they are ignored, so a client cannot choose the address that rate limits,
 * the security log and the local-only pages see. The forwarded headers are removed either
 * way, so nothing later (redirects, URL builders) can read them. This replaces the
 * servlet container's own handling (Tomcat's valve trusts every private address) and
 * works the same under any server and in tests without one.
 */
class TrustedProxies extends OncePerRequestFilter {

	private static final Pattern IPV4 = Pattern
		.compile("(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)(\\.(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)){3}");

	private static final Pattern IPV6 = Pattern.compile("[0-9a-fA-F:.]*:[0-9a-fA-F:.]*");

	private final List<IpAddressMatcher> proxies;

	TrustedProxies(List<String> proxies) {
		this.proxies = proxies.stream().map(String::strip).map(IpAddressMatcher::new).toList();
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String peer = request.getRemoteAddr();
		if (!trusted(peer)) {
			chain.doFilter(new Forwarded(request, peer, null), response);
			return;
		}
		chain.doFilter(new Forwarded(request, client(peer, request.getHeaders("X-Forwarded-For")),
				lastValue(request.getHeaders("X-Forwarded-Proto"))), response);
	}

	/**
	 * Walks the chain from the nearest hop outwards: the first address that is not one of
	 * our proxies is the client. Anything before it was written by the client and proves
	 * nothing.
	 */
	private String client(String peer, Enumeration<String> headers) {
		List<String> hops = Collections.list(headers)
			.stream()
			.flatMap((header) -> java.util.Arrays.stream(header.split(",")))
			.map(String::strip)
			.toList();
		String client = peer;
		for (int i = hops.size() - 1; i >= 0 && trusted(client); i--) {
			if (!isAddress(hops.get(i))) {
				break;
			}
			client = hops.get(i);
		}
		return client;
	}

	boolean trusted(String address) {
		return isAddress(address) && this.proxies.stream().anyMatch((proxy) -> proxy.matches(address));
	}

	/** Only address literals: a name would be looked up in DNS. */
	private static boolean isAddress(String value) {
		return IPV4.matcher(value).matches() || IPV6.matcher(value).matches();
	}

	private static @Nullable String lastValue(Enumeration<String> headers) {
		List<String> values = Collections.list(headers);
		if (values.isEmpty()) {
			return null;
		}
		String[] parts = values.get(values.size() - 1).split(",");
		return parts[parts.length - 1].strip().toLowerCase(Locale.ROOT);
	}

	private static final class Forwarded extends HttpServletRequestWrapper {

		private final String client;

		private final @Nullable String scheme;

		Forwarded(HttpServletRequest request, String client, @Nullable String scheme) {
			super(request);
			this.client = client;
			this.scheme = "https".equals(scheme) || "http".equals(scheme) ? scheme : null;
		}

		@Override
		public String getRemoteAddr() {
			return this.client;
		}

		@Override
		public String getRemoteHost() {
			return this.client;
		}

		@Override
		public String getScheme() {
			return this.scheme != null ? this.scheme : super.getScheme();
		}

		@Override
		public boolean isSecure() {
			return this.scheme != null ? "https".equals(this.scheme) : super.isSecure();
		}

		@Override
		public @Nullable String getHeader(String name) {
			return isForwarding(name) ? null : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			return isForwarding(name) ? Collections.emptyEnumeration() : super.getHeaders(name);
		}

		@Override
		public Enumeration<String> getHeaderNames() {
			return Collections.enumeration(
					Collections.list(super.getHeaderNames()).stream().filter((name) -> !isForwarding(name)).toList());
		}

		private static boolean isForwarding(String name) {
			String lower = name.toLowerCase(Locale.ROOT);
			return lower.startsWith("x-forwarded-") || lower.equals("forwarded") || lower.equals("x-real-ip");
		}

	}

}
