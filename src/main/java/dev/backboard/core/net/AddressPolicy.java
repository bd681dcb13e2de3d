package dev.backboard.core.net;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Which addresses outgoing requests (webhook deliveries, import fetches) may go to:
 * public unicast addresses only, unless the operator allows a range. Refused are
 * this-network, loopback, private, carrier-grade NAT, link-local (with the cloud metadata
 * address 169.254.169.254), documentation and benchmarking ranges, multicast and reserved
 * addresses, IPv6 unique-local, link-local, site-local and multicast, and IPv4 addresses
 * carried inside IPv6 (mapped, compatible, NAT64, 6to4) when the IPv4 address is refused.
 */
public final class AddressPolicy {

	private static final List<Cidr> REFUSED = Cidr.all("0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8",
			"169.254.0.0/16", "172.16.0.0/12", "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16",
			"198.18.0.0/15", "198.51.100.0/24", "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4", "::/128", "::1/128",
			"100::/64", "2001:db8::/32", "fc00::/7", "fe80::/10", "fec0::/10", "ff00::/8");

	private final List<Cidr> allowed;

	/**
	 * @param allowedRanges addresses or CIDR ranges permitted although they are private,
	 * loopback or link-local
	 */
	public AddressPolicy(List<String> allowedRanges) {
		this.allowed = allowedRanges.stream().map(Cidr::parse).toList();
	}

	/** Whether a request may go to this address. */
	public boolean permits(InetAddress address) {
		if (allowed.stream().anyMatch(range -> range.contains(address))) {
			return true;
		}
		if (REFUSED.stream().anyMatch(range -> range.contains(address))) {
			return false;
		}
		InetAddress embedded = embeddedIpv4(address);
		return embedded == null || permits(embedded);
	}

	/**
	 * The IPv4 address an IPv6 address carries (mapped, compatible, NAT64, 6to4), if any.
	 */
	private static @Nullable InetAddress embeddedIpv4(InetAddress address) {
		if (!(address instanceof Inet6Address)) {
			return null;
		}
		byte[] bytes = address.getAddress();
		boolean zeroPrefix = allZero(bytes, 0, 10);
		boolean mapped = zeroPrefix && (bytes[10] & 0xff) == 0xff && (bytes[11] & 0xff) == 0xff;
		boolean compatible = zeroPrefix && bytes[10] == 0 && bytes[11] == 0;
		boolean nat64 = (bytes[0] & 0xff) == 0x00 && (bytes[1] & 0xff) == 0x64 && (bytes[2] & 0xff) == 0xff
				&& (bytes[3] & 0xff) == 0x9b && allZero(bytes, 4, 12);
		if (mapped || compatible || nat64) {
			return ipv4(Arrays.copyOfRange(bytes, 12, 16));
		}
		if ((bytes[0] & 0xff) == 0x20 && (bytes[1] & 0xff) == 0x02) {
			return ipv4(Arrays.copyOfRange(bytes, 2, 6));
		}
		return null;
	}

	private static boolean allZero(byte[] bytes, int from, int to) {
		for (int i = from; i < to; i++) {
			if (bytes[i] != 0) {
				return false;
			}
		}
		return true;
	}

	private static InetAddress ipv4(byte[] bytes) {
		try {
			return InetAddress.getByAddress(bytes);
		}
		catch (UnknownHostException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** An address range. */
	record Cidr(byte[] network, int prefix) {

		static List<Cidr> all(String... ranges) {
			return Arrays.stream(ranges).map(Cidr::parse).toList();
		}

		/** "10.0.0.0/8", "fc00::/7" or one address. */
		static Cidr parse(String range) {
			String[] parts = range.strip().split("/", 2);
			if (!parts[0].matches("[0-9a-fA-F:.]+")) {
				throw new IllegalArgumentException("Not an address or CIDR range: " + range);
			}
			try {
				byte[] network = InetAddress.getByName(parts[0]).getAddress();
				int prefix = parts.length == 2 ? Integer.parseInt(parts[1]) : network.length * 8;
				if (prefix < 0 || prefix > network.length * 8) {
					throw new IllegalArgumentException("Bad prefix length in " + range);
				}
				return new Cidr(network, prefix);
			}
			catch (UnknownHostException | NumberFormatException ex) {
				throw new IllegalArgumentException("Not an address or CIDR range: " + range, ex);
			}
		}

		boolean contains(InetAddress address) {
			byte[] bytes = address.getAddress();
			if (bytes.length != network.length) {
				return false;
			}
			int full = prefix / 8;
			for (int i = 0; i < full; i++) {
				if (bytes[i] != network[i]) {
					return false;
				}
			}
			int rest = prefix % 8;
			if (rest == 0) {
				return true;
			}
			int mask = 0xff << (8 - rest) & 0xff;
			return (bytes[full] & mask) == (network[full] & mask);
		}

	}

}
