package dev.backboard.core;

import java.net.InetAddress;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Without {@code backboard.base-url} the links this node writes point at itself on the
 * port it really listens on, which is right on a laptop. A node that looks like a
 * deployment (an external database, or listening on an address other than loopback) warns
 * at start, since its links then name {@code localhost}.
 */
@Component
class LocalBaseUrl {

	private static final Logger log = LoggerFactory.getLogger(LocalBaseUrl.class);

	private final BackboardProperties board;

	private final Environment environment;

	LocalBaseUrl(BackboardProperties board, Environment environment) {
		this.board = board;
		this.environment = environment;
	}

	@EventListener
	void serverStarted(WebServerInitializedEvent event) {
		// The management server, when it has a port of its own, has a namespace.
		if (board.baseUrlConfigured() || event.getApplicationContext().getServerNamespace() != null) {
			return;
		}
		board.serverListensOn(event.getWebServer().getPort());
		if (deployed()) {
			log.warn("backboard.base-url is not set: links in mails and in the API will point to {}; "
					+ "set it to the address people reach this board at", board.baseUrl());
		}
	}

	private boolean deployed() {
		return StringUtils.hasText(environment.getProperty("spring.datasource.url"))
				|| !isLoopback(environment.getProperty("server.address"));
	}

	private static boolean isLoopback(String address) {
		if (!StringUtils.hasText(address)) {
			// Unset: every interface; on a laptop that is the usual case, so only the
			// database tells.
			return true;
		}
		try {
			return InetAddress.getByName(address).isLoopbackAddress();
		}
		catch (java.net.UnknownHostException ex) {
			return false;
		}
	}

}
