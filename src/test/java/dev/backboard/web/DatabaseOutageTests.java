package dev.backboard.web;

import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;

import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;
import org.postgresql.util.PSQLException;
import org.postgresql.util.PSQLState;

import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.orm.jpa.JpaSystemException;
import org.springframework.transaction.CannotCreateTransactionException;

import static org.assertj.core.api.Assertions.assertThat;

class DatabaseOutageTests {

	@Test
	void recognizesABrokenConnectionWrappedAtAnyDepth() {
		var broken = new PSQLException("An I/O error occurred", PSQLState.CONNECTION_FAILURE);
		assertThat(DatabaseOutage.causedBy(new ServletException(new JpaSystemException(new RuntimeException(broken)))))
			.isTrue();
	}

	@Test
	void recognizesAServerShuttingDown() {
		assertThat(DatabaseOutage.causedBy(new IllegalStateException(new SQLException("terminating", "57P01"))))
			.isTrue();
	}

	@Test
	void recognizesThePoolGivingUp() {
		assertThat(DatabaseOutage.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager",
				new SQLTransientConnectionException("Connection is not available, request timed out after 1000ms"))))
			.isTrue();
	}

	@Test
	void recognizesARollbackOnAConnectionThePoolClosedWhenItBroke() {
		assertThat(DatabaseOutage.causedBy(new ServletException(new JpaSystemException(new RuntimeException(
				"Unable to rollback against JDBC Connection", new SQLException("Connection is closed"))))))
			.isTrue();
	}

	@Test
	void leavesBadStatementsAndBugsAlone() {
		assertThat(DatabaseOutage
			.causedBy(new BadSqlGrammarException("search", "select", new SQLException("syntax error", "42601"))))
			.isFalse();
		assertThat(DatabaseOutage.causedBy(new IllegalStateException("a bug"))).isFalse();
	}

}
