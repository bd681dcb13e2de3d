package dev.backboard.embedded;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import dev.backboard.support.IntegrationTest;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded database's pool takes the same fail-fast time-outs as the pool Spring Boot
 * builds for an external one, instead of Hikari's 30 s.
 */
@IntegrationTest
class DatabaseTimeoutsIntegrationTests {

	@Autowired
	DataSource dataSource;

	@Test
	void embeddedPoolGivesUpOnADeadDatabaseWithinASecond() {
		HikariDataSource pool = (HikariDataSource) dataSource;
		assertThat(pool.getPoolName()).isEqualTo("embedded");
		assertThat(pool.getConnectionTimeout()).isEqualTo(1000);
		assertThat(pool.getValidationTimeout()).isEqualTo(500);
		assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "2")
			.containsEntry("socketTimeout", "60");
	}

}
