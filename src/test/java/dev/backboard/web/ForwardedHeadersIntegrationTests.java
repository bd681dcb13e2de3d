package dev.backboard.web;

import java.net.InetAddress;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.backboard.support.IntegrationTest;
import dev.backboard.support.RawHttp;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Over real connections: the tests' loopback clients are the configured proxy
 * ({@code IntegrationTest}); a connection to this machine's network address comes from a
 * peer that is neither loopback nor a proxy, like a client on the same private network.
 */
@IntegrationTest
class ForwardedHeadersIntegrationTests {

	private static final Map<String, String> FORGED = Map.of("X-Forwarded-For", "127.0.0.1", "X-Forwarded-Proto",
			"https");

	@LocalServerPort
	int port;

	@Test
	void refusesOperatorPagesToAnotherMachineThatForgesForwardedFor() {
		InetAddress network = networkAddress();

		// Refused actuator routes answer 404, as routes that do not exist do.
		assertThat(RawHttp.get(network, port, "/actuator/metrics", FORGED).status()).isEqualTo(404);
		assertSignInAsked(RawHttp.get(network, port, "/dev/mail", FORGED));
		assertSignInAsked(RawHttp.get(network, port, "/dev/mail/1", FORGED));
		assertThat(RawHttp.get(network, port, "/actuator/health", FORGED).status()).isEqualTo(200);
	}

	@Test
	void operatorPagesAnswerThisMachineButNotWhomAProxyRelays() {
		InetAddress loopback = InetAddress.getLoopbackAddress();

		assertThat(RawHttp.get(loopback, port, "/actuator/metrics", Map.of()).status()).isEqualTo(200);
		assertThat(RawHttp.get(loopback, port, "/actuator/metrics", Map.of("X-Forwarded-For", "203.0.113.9")).status())
			.isEqualTo(404);
		assertSignInAsked(RawHttp.get(loopback, port, "/dev/mail", Map.of("X-Forwarded-For", "203.0.113.9")));
	}

	/** Refused: an anonymous visitor is sent to sign in, which no account can pass. */
	private static void assertSignInAsked(RawHttp.Response response) {
		assertThat(response.status()).isEqualTo(302);
		assertThat(response.header("Location")).endsWith("/login");
	}

	private static InetAddress networkAddress() {
		var address = RawHttp.nonLoopbackAddress();
		assumeTrue(address.isPresent(), "this machine has a network address besides loopback");
		return address.get();
	}

}
