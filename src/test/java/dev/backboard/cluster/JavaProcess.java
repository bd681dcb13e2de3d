package dev.backboard.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * A JVM of its own, started with the same java as the test, its output in a log file.
 * Every one still running when the test JVM exits is killed, so a failed or interrupted
 * run leaves no process behind.
 */
final class JavaProcess {

	private static final Set<Process> RUNNING = ConcurrentHashMap.newKeySet();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(() -> RUNNING.forEach(Process::destroyForcibly)));
	}

	private final String name;

	private final Path log;

	private final Process process;

	private JavaProcess(String name, Path log, Process process) {
		this.name = name;
		this.log = log;
		this.process = process;
	}

	/**
	 * Starts {@code java <jvmOptions> -cp <classpath> <mainClass> <arguments>}.
	 */
	static JavaProcess start(String name, String classpath, List<String> jvmOptions, String mainClass,
			List<String> arguments, Map<String, String> environment, Path log) {
		List<String> command = new ArrayList<>();
		command.add(ProcessHandle.current().info().command().orElse("java"));
		command.addAll(jvmOptions);
		command.add("-cp");
		command.add(classpath);
		command.add(mainClass);
		command.addAll(arguments);
		try {
			Files.createDirectories(log.getParent());
			ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
			builder.environment().putAll(environment);
			Process process = builder.start();
			RUNNING.add(process);
			return new JavaProcess(name, log, process);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not start " + name, ex);
		}
	}

	/**
	 * A classpath that Maven wrote to a file under target/ in generate-test-resources.
	 */
	static String classpathIn(Path classpathFile) {
		if (!Files.exists(classpathFile)) {
			throw new IllegalStateException(classpathFile
					+ " is missing: run the test through Maven, which writes it in generate-test-resources");
		}
		try {
			return Files.readString(classpathFile).strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	String name() {
		return name;
	}

	long pid() {
		return process.pid();
	}

	boolean isAlive() {
		return process.isAlive();
	}

	/**
	 * SIGTERM, as an orchestrator stops a container; SIGKILL if it has not ended in time.
	 */
	void stop() {
		process.destroy();
		awaitExit(30);
	}

	/** SIGKILL: no shutdown hook, no graceful shutdown, as a crash or an OOM killer. */
	void kill() {
		process.destroyForcibly();
		awaitExit(30);
	}

	private void awaitExit(int seconds) {
		try {
			if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
				process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		RUNNING.remove(process);
	}

	/** The last lines of its log, for a failure message. */
	String logTail(int lines) {
		try {
			List<String> all = Files.readAllLines(log, StandardCharsets.UTF_8);
			return "---- last lines of " + log + " ----\n"
					+ String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
		}
		catch (IOException | UncheckedIOException ex) {
			return "(no log at " + log + ": " + ex.getMessage() + ")";
		}
	}

	/** How many lines of its log contain the text. */
	long logLinesContaining(String text) {
		try (var lines = Files.lines(log, StandardCharsets.UTF_8)) {
			return lines.filter(line -> line.contains(text)).count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
