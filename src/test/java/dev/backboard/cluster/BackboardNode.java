package dev.backboard.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import dev.backboard.support.Api;

/**
 * One Backboard node: the product's main class on its runtime classpath, in a JVM of its
 * own, configured only through environment variables, exactly as {@code deploy/}
 * configures a container.
 */
final class BackboardNode {

	private final String name;

	private final int port;

	private final JavaProcess process;

	private BackboardNode(String name, int port, JavaProcess process) {
		this.name = name;
		this.port = port;
		this.process = process;
	}

	/**
	 * Starts a node; it is ready once {@link #awaitReady()} returns.
	 * @param environment the cluster's shared settings (database, search, mail)
	 */
	static BackboardNode start(String name, Map<String, String> environment, Path directory) {
		int port = freePort();
		Map<String, String> env = new LinkedHashMap<>(environment);
		env.put("SERVER_PORT", Integer.toString(port));
		env.put("BACKBOARD_DATA_DIR", directory.resolve(name).toAbsolutePath().toString());
		JavaProcess process = JavaProcess.start("node " + name, classpath(),
				List.of("-Xmx512m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "--enable-native-access=ALL-UNNAMED",
						"-Dspring.main.banner-mode=off"),
				"dev.backboard.BackboardApplication", List.of(), env, directory.resolve("node-" + name + ".log"));
		return new BackboardNode(name, port, process);
	}

	String name() {
		return name;
	}

	int port() {
		return port;
	}

	Api api() {
		return new Api(port);
	}

	boolean isAlive() {
		return process.isAlive();
	}

	long logLinesContaining(String text) {
		return process.logLinesContaining(text);
	}

	String log() {
		return process.logTail(60);
	}

	/** Waits until the readiness probe answers UP, as a load balancer would. */
	BackboardNode awaitReady() {
		Eventually.await("node " + name + " to be ready", Duration.ofSeconds(300), () -> {
			if (!process.isAlive()) {
				throw new AssertionError("Node " + name + " exited\n" + log());
			}
			return api().get("/actuator/health/readiness").status() == 200;
		}, this::log);
		return this;
	}

	void kill() {
		process.kill();
	}

	void stop() {
		if (process.isAlive()) {
			process.stop();
		}
	}

	/**
	 * The product's classes and its runtime dependencies: no test code, no test library.
	 */
	private static String classpath() {
		return Path.of("target/classes").toAbsolutePath() + java.io.File.pathSeparator
				+ JavaProcess.classpathIn(Path.of("target/backboard-runtime.classpath"));
	}

	private static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
