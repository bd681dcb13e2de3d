package dev.backboard.core.net;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.SystemDefaultDnsResolver;

/**
 * The client's only resolver: it resolves the host once and answers only when every
 * address is permitted, so the connection goes to an address that was checked and a
 * second lookup (DNS rebinding) never happens. A literal IP address in the URL is checked
 * the same way.
 */
public final class GuardedDns implements DnsResolver {

	private final AddressPolicy policy;

	public GuardedDns(AddressPolicy policy) {
		this.policy = policy;
	}

	@Override
	public InetAddress[] resolve(String host) throws UnknownHostException {
		InetAddress[] addresses = SystemDefaultDnsResolver.INSTANCE.resolve(host);
		for (InetAddress address : addresses) {
			if (!policy.permits(address)) {
				throw new RefusedAddress(host, address);
			}
		}
		return addresses;
	}

	@Override
	public String resolveCanonicalHostname(String host) throws UnknownHostException {
		return SystemDefaultDnsResolver.INSTANCE.resolveCanonicalHostname(host);
	}

	/** The host resolved to an address requests may not be sent to. */
	public static final class RefusedAddress extends UnknownHostException {

		private static final long serialVersionUID = 1L;

		RefusedAddress(String host, InetAddress address) {
			super(host + " resolves to " + address.getHostAddress()
					+ ", a private, loopback, link-local or reserved address; refused");
		}

	}

}
