package dev.backboard.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

import dev.backboard.core.LocalRequests;

import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

import static org.assertj.core.api.Assertions.assertThat;

class TrustedProxiesTests {

	private final TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8", "127.0.0.1", "fd00::/8"));

	private final TrustedProxies none = new TrustedProxies(List.of());

	@Test
	void refusesForgedForwardedForFromAPeerThatIsNoProxy() throws Exception {
		HttpServletRequest seen = pass(none, request("10.1.2.3", "127.0.0.1", "https"));

		assertThat(seen.getRemoteAddr()).isEqualTo("10.1.2.3");
		assertThat(seen.isSecure()).isFalse();
		assertThat(LocalRequests.fromThisMachine(seen)).isFalse();
	}

	@Test
	void noPrivateNetworkIsTrustedUnlessNamed() throws Exception {
		for (String peer : List.of("192.168.1.9", "172.16.0.4", "100.64.0.1", "169.254.1.1", "fd12::1", "fe80::1")) {
			HttpServletRequest seen = pass(none, request(peer, "127.0.0.1", null));

			assertThat(seen.getRemoteAddr()).as(peer).isEqualTo(peer);
			assertThat(LocalRequests.fromThisMachine(seen)).as(peer).isFalse();
		}
	}

	@Test
	void takesTheClientAddressAndSchemeFromANamedProxy() throws Exception {
		HttpServletRequest seen = pass(proxies, request("10.1.2.3", "203.0.113.5", "https"));

		assertThat(seen.getRemoteAddr()).isEqualTo("203.0.113.5");
		assertThat(seen.isSecure()).isTrue();
		assertThat(seen.getScheme()).isEqualTo("https");
	}

	@Test
	void believesOnlyTheHopsOurProxiesAdded() throws Exception {
		// The client wrote "127.0.0.1"; the outer proxy appended the address it saw, the
		// inner one its neighbour.
		HttpServletRequest seen = pass(proxies, request("10.1.2.3", "127.0.0.1, 198.51.100.4, 10.0.0.7", null));

		assertThat(seen.getRemoteAddr()).isEqualTo("198.51.100.4");
	}

	@Test
	void aLocalProxyRelayingSomeoneElseIsNotThisMachine() throws Exception {
		HttpServletRequest relayed = pass(proxies, request("127.0.0.1", "203.0.113.5", null));
		HttpServletRequest direct = pass(proxies, request("127.0.0.1", null, null));

		assertThat(LocalRequests.fromThisMachine(relayed)).isFalse();
		assertThat(LocalRequests.fromThisMachine(direct)).isTrue();
	}

	@Test
	void hidesForwardedHeadersFromEverythingAfterIt() throws Exception {
		for (TrustedProxies filter : List.of(proxies, none)) {
			MockHttpServletRequest request = request("10.1.2.3", "203.0.113.5", "https");
			request.addHeader("X-Forwarded-Host", "evil.example");
			request.addHeader("Forwarded", "host=evil.example");
			HttpServletRequest seen = pass(filter, request);

			assertThat(seen.getHeader("X-Forwarded-Host")).isNull();
			assertThat(seen.getHeader("X-Forwarded-For")).isNull();
			assertThat(seen.getHeaders("Forwarded").hasMoreElements()).isFalse();
			assertThat(java.util.Collections.list(seen.getHeaderNames())).doesNotContain("X-Forwarded-Host",
					"X-Forwarded-For", "X-Forwarded-Proto", "Forwarded");
		}
	}

	@Test
	void neverLooksUpNamesInForwardedHeaders() throws Exception {
		HttpServletRequest seen = pass(proxies, request("10.1.2.3", "localhost", null));

		assertThat(seen.getRemoteAddr()).isEqualTo("10.1.2.3");
	}

	private static MockHttpServletRequest request(String peer, String forwardedFor, String proto) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/dev/mail");
		request.setRemoteAddr(peer);
		if (forwardedFor != null) {
			request.addHeader("X-Forwarded-For", forwardedFor);
		}
		if (proto != null) {
			request.addHeader("X-Forwarded-Proto", proto);
		}
		return request;
	}

	private static HttpServletRequest pass(TrustedProxies filter, MockHttpServletRequest request) throws Exception {
		MockFilterChain chain = new MockFilterChain();
		filter.doFilter(request, new MockHttpServletResponse(), chain);
		return (HttpServletRequest) chain.getRequest();
	}

}
