package dev.backboard.core;

import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;

/**
 * Whether a request comes from this machine, for operator pages (captured mail, metrics).
 * Decided on the connection's own peer address, which no header can change, and on the
 * client address a trusted proxy forwarded: a local proxy relaying someone else's request
 * does not make that request local.
 */
public final class LocalRequests {

	private LocalRequests() {
	}

	public static boolean fromThisMachine(ServletRequest request) {
		return isLoopback(peerAddress(request)) && isLoopback(request.getRemoteAddr());
	}

	/**
	 * The address of the socket's other end: the innermost request, before any wrapper
	 * replaced it with a forwarded one.
	 */
	static String peerAddress(ServletRequest request) {
		ServletRequest inner = request;
		while (inner instanceof ServletRequestWrapper wrapper) {
			inner = wrapper.getRequest();
		}
		return inner.getRemoteAddr();
	}

	private static boolean isLoopback(String address) {
		// Both come from the server or from a proxy we trust, and are address literals:
		// no lookup happens.
		if (address == null || !address.matches("[0-9a-fA-F:.]+")) {
			return false;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
