package dev.backboard.embedded;

import java.io.IOException;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.annotation.DirtiesContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With BACKBOARD_DB_URL set, Backboard uses that PostgreSQL: it starts no embedded one,
 * lets Flyway create the schema there, and loads no demo data into it.
 */
// The context closes after this class, while the external server still runs; zonky stops
// the
// server when the JVM exits.
@DirtiesContext
@SpringBootTest(properties = { "backboard.data-dir=target/test-data/external-${random.uuid}",
		"spring.main.banner-mode=off", "logging.level.root=warn" })
class ExternalDatabaseIntegrationTests {

	static final EmbeddedPostgres external = start();

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void externalDatabase(DynamicPropertyRegistry registry) {
		registry.add("BACKBOARD_DB_URL", () -> external.getJdbcUrl("postgres", "postgres"));
		registry.add("BACKBOARD_DB_USERNAME", () -> "postgres");
	}

	@Test
	void usesTheConfiguredDatabaseWithoutStartingAnEmbeddedOne() {
		assertThat(context.getBeansOfType(EmbeddedPostgres.class)).isEmpty();
		assertThat(jdbc.sql("select current_setting('port')").query(String.class).single())
			.isEqualTo(Integer.toString(external.getPort()));
		assertThat(jdbc.sql("select count(*) from flyway_schema_history where success").query(Long.class).single())
			.isPositive();
	}

	@Test
	void loadsNoDemoDataIntoAnExternalDatabase() {
		assertThat(jdbc.sql("select count(*) from job").query(Long.class).single()).isZero();
	}

	private static EmbeddedPostgres start() {
		try {
			return EmbeddedPostgres.builder().start();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
