package dev.backboard.embedded;

import java.io.FileOutputStream;
import java.lang.reflect.Field;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class StalePostgresTests {

	@TempDir
	Path dataDirectory;

	@Test
	void stopsAPostgresLeftRunningOnTheDataDirectorySoTheNextStartSucceeds() throws Exception {
		EmbeddedPostgres orphan = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.start();
		long pid = Long.parseLong(Files.readAllLines(dataDirectory.resolve("postmaster.pid")).get(0).trim());
		assertThat(ProcessHandle.of(pid)).isPresent();

		// As after kill -9 of the JVM: the JVM's file lock is gone, the server keeps
		// running.
		releaseJvmLock(orphan);
		StalePostgres.stopIfRunning(dataDirectory);

		assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
		try (EmbeddedPostgres next = EmbeddedPostgres.builder()
			.setDataDirectory(dataDirectory)
			.setCleanDataDirectory(false)
			.setRegisterShutdownHook(false)
			.setPGStartupWait(Duration.ofSeconds(30))
			.start(); Connection connection = next.getPostgresDatabase().getConnection()) {
			assertThat(connection.isValid(5)).isTrue();
		}
	}

	private static void releaseJvmLock(EmbeddedPostgres postgres) throws Exception {
		Field lock = EmbeddedPostgres.class.getDeclaredField("lock");
		lock.setAccessible(true);
		((FileLock) lock.get(postgres)).release();
		Field stream = EmbeddedPostgres.class.getDeclaredField("lockStream");
		stream.setAccessible(true);
		((FileOutputStream) stream.get(postgres)).close();
	}

	@Test
	void ignoresAPidFileWhoseProcessIsGone() throws Exception {
		Files.writeString(dataDirectory.resolve("postmaster.pid"), "999999999\n");

		StalePostgres.stopIfRunning(dataDirectory);

		assertThat(dataDirectory.resolve("postmaster.pid")).doesNotExist();
	}

}
