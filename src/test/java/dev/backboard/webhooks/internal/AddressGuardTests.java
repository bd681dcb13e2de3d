package dev.backboard.webhooks.internal;

import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

import dev.backboard.webhooks.Receiver;
import dev.backboard.core.net.AddressPolicy;
import dev.backboard.core.net.GuardedDns;
import dev.backboard.webhooks.WebhooksProperties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The address guard with real addresses: which are refused, that a name is refused by
 * what it resolves to, and that a refused request never reaches a receiver that is
 * listening.
 */
class AddressGuardTests {

	static WebhooksProperties properties(List<String> allowed) {
		return new WebhooksProperties(allowed, false, List.of(Duration.ofSeconds(5)), Duration.ofSeconds(2),
				Duration.ofSeconds(2), DataSize.ofKilobytes(1), Duration.ofHours(24), Duration.ofSeconds(5), 20, null);
	}

	final AddressPolicy policy = new AddressPolicy(List.of());

	@Test
	void refusesEveryNonPublicRangeInIpv4AndIpv6() throws Exception {
		for (String address : List.of("127.0.0.1", "127.255.0.9", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.254",
				"192.168.0.10", "100.64.0.1", "100.100.100.200", "169.254.169.254", "169.254.0.1", "224.0.0.1",
				"239.255.255.250", "255.255.255.255", "240.0.0.1", "192.0.2.1", "198.18.0.1", "::", "::1", "fc00::1",
				"fd00:ec2::254", "fe80::1", "fec0::1", "ff02::1", "2001:db8::1", "::ffff:127.0.0.1",
				"::ffff:169.254.169.254", "::ffff:10.0.0.1", "::127.0.0.1", "64:ff9b::a9fe:a9fe", "64:ff9b::7f00:1",
				"2002:7f00:1::", "2002:a9fe:a9fe::")) {
			assertThat(policy.permits(InetAddress.getByName(address))).as(address).isFalse();
		}
	}

	@Test
	void permitsPublicAddresses() throws Exception {
		for (String address : List.of("8.8.8.8", "1.1.1.1", "93.184.216.34", "172.32.0.1", "100.128.0.1",
				"2606:4700:4700::1111", "2001:4860:4860::8888", "::ffff:8.8.8.8", "64:ff9b::808:808")) {
			assertThat(policy.permits(InetAddress.getByName(address))).as(address).isTrue();
		}
	}

	@Test
	void permitsOnlyWhatTheOperatorAllows() throws Exception {
		AddressPolicy office = new AddressPolicy(List.of("10.1.2.0/24", "fd12::1"));

		assertThat(office.permits(InetAddress.getByName("10.1.2.77"))).isTrue();
		assertThat(office.permits(InetAddress.getByName("10.1.3.1"))).isFalse();
		assertThat(office.permits(InetAddress.getByName("fd12::1"))).isTrue();
		assertThat(office.permits(InetAddress.getByName("fd12::2"))).isFalse();
		assertThat(office.permits(InetAddress.getByName("127.0.0.1"))).isFalse();
	}

	@Test
	void refusesANameByTheAddressItResolvesTo() {
		GuardedDns dns = new GuardedDns(policy);

		assertThatThrownBy(() -> dns.resolve("localhost")).isInstanceOf(GuardedDns.RefusedAddress.class)
			.hasMessageContaining("127.0.0.1");
		assertThatThrownBy(() -> dns.resolve("169.254.169.254")).isInstanceOf(GuardedDns.RefusedAddress.class);
		assertThatThrownBy(() -> dns.resolve("::1")).isInstanceOf(GuardedDns.RefusedAddress.class);
	}

	@Test
	void aRefusedRequestNeverReachesTheListeningReceiver() throws Exception {
		try (Receiver receiver = new Receiver()) {
			Sender guarded = new Sender(policy, properties(List.of()));
			for (String host : List.of("localhost", "127.0.0.1", "127.0.0.2", "[::ffff:127.0.0.1]",
					InetAddress.getLocalHost().getHostName())) {
				Sender.Outcome outcome = guarded.post(receiver.url(host, "/hook"), Map.of(), "{}");
				assertThat(outcome.delivered()).as(host).isFalse();
				assertThat(outcome.status()).as(host).isNull();
				assertThat(outcome.error()).as(host).contains("refused");
			}
			assertThat(receiver.at("/hook")).isEmpty();

			Sender allowed = new Sender(new AddressPolicy(List.of("127.0.0.1")), properties(List.of("127.0.0.1")));
			assertThat(allowed.post(receiver.url("127.0.0.1", "/hook"), Map.of(), "{}").status()).isEqualTo(204);
			assertThat(receiver.at("/hook")).hasSize(1);
			guarded.destroy();
			allowed.destroy();
		}
	}

	@Test
	void readsAtMostTheConfiguredSizeAndGivesUpOnASlowReceiver() {
		try (Receiver receiver = new Receiver()) {
			WebhooksProperties local = properties(List.of("127.0.0.1"));
			Sender sender = new Sender(new AddressPolicy(local.allowedAddresses()), local);
			receiver.answerWithBody("/huge", -1);
			receiver.delay("/slow", Duration.ofSeconds(6));

			long start = System.nanoTime();
			Sender.Outcome huge = sender.post(receiver.url("127.0.0.1", "/huge"), Map.of(), "{}");
			assertThat(huge.status()).isEqualTo(200);
			assertThat(huge.response()).hasSizeLessThanOrEqualTo(1000);
			assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));

			Sender.Outcome slow = sender.post(receiver.url("127.0.0.1", "/slow"), Map.of(), "{}");
			assertThat(slow.delivered()).isFalse();
			assertThat(slow.status()).isNull();
			assertThat(slow.millis()).isBetween(1_500L, 5_000L);
			sender.destroy();
		}
		catch (java.io.IOException ex) {
			throw new AssertionError(ex);
		}
	}

}
