package dev.backboard.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * HTTP/1.0 written by hand on a socket (so bodies come unchunked): the test chooses every
 * header, {@code Host} included, and the address the server sees the connection come
 * from.
 */
public final class RawHttp {

	private RawHttp() {
	}

	/**
	 * An address of this machine that is not loopback, private ones first (a private
	 * network is where a client could reach a node directly): connecting to it makes the
	 * server see a peer that is not this machine's loopback.
	 */
	public static Optional<InetAddress> nonLoopbackAddress() {
		try {
			return Collections.list(NetworkInterface.getNetworkInterfaces())
				.stream()
				.filter(RawHttp::isUp)
				.flatMap(networkInterface -> Collections.list(networkInterface.getInetAddresses()).stream())
				.filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
				.min(Comparator.comparing(address -> isPrivate(address) ? 0 : 1));
		}
		catch (SocketException ex) {
			return Optional.empty();
		}
	}

	private static boolean isUp(NetworkInterface networkInterface) {
		try {
			return networkInterface.isUp();
		}
		catch (SocketException ex) {
			return false;
		}
	}

	private static boolean isPrivate(InetAddress address) {
		return address instanceof Inet6Address ? (address.getAddress()[0] & 0xfe) == 0xfc
				: address.isSiteLocalAddress();
	}

	public static Response get(InetAddress server, int port, String path, Map<String, String> headers) {
		return send(server, port, "GET", path, headers, "");
	}

	public static Response send(InetAddress server, int port, String method, String path, Map<String, String> headers,
			String body) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(server, port), 5000);
			socket.setSoTimeout(30000);
			StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.0\r\n");
			Map<String, String> all = new LinkedHashMap<>();
			all.put("Host", "localhost:" + port);
			all.putAll(headers);
			all.put("Connection", "close");
			byte[] content = body.getBytes(StandardCharsets.UTF_8);
			if (content.length > 0) {
				all.put("Content-Length", Integer.toString(content.length));
			}
			all.forEach((name, value) -> request.append(name).append(": ").append(value).append("\r\n"));
			request.append("\r\n");
			OutputStream out = socket.getOutputStream();
			out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
			out.write(content);
			out.flush();
			return Response.parse(readAll(socket.getInputStream()));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String readAll(InputStream in) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		in.transferTo(bytes);
		return bytes.toString(StandardCharsets.UTF_8);
	}

	/** Status, headers (names in lower case, last value wins) and the raw rest. */
	public record Response(int status, Map<String, String> headers, String body) {

		static Response parse(String raw) {
			int end = raw.indexOf("\r\n\r\n");
			String[] lines = raw.substring(0, end < 0 ? raw.length() : end).split("\r\n");
			Map<String, String> headers = new LinkedHashMap<>();
			for (int i = 1; i < lines.length; i++) {
				int colon = lines[i].indexOf(':');
				headers.put(lines[i].substring(0, colon).strip().toLowerCase(Locale.ROOT),
						lines[i].substring(colon + 1).strip());
			}
			return new Response(Integer.parseInt(lines[0].split(" ")[1]), headers,
					end < 0 ? "" : raw.substring(end + 4));
		}

		public String header(String name) {
			return headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

}
