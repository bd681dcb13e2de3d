package dev.backboard.web;

import java.io.IOException;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.apache.catalina.connector.ClientAbortException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

class ApiProblemsTests {

	private final Logger logger = (Logger) LoggerFactory.getLogger(ApiProblems.class);

	private final ListAppender<ILoggingEvent> logged = new ListAppender<>();

	@BeforeEach
	void listen() {
		logged.start();
		logger.addAppender(logged);
	}

	@AfterEach
	void stopListening() {
		logger.detachAppender(logged);
	}

	@Test
	void aClientThatLeftMidAnswerGetsNoProblemAndLogsNoError() {
		ResponseEntity<ProblemDetail> answer = new ApiProblems()
			.unexpected(new RuntimeException(new ClientAbortException(new IOException("Broken pipe"))));

		assertThat(answer).isNull();
		assertThat(logged.list).noneMatch(event -> event.getLevel() == Level.ERROR);
	}

	@Test
	void anyOtherFailureIsAnInternalErrorAndLogged() {
		ResponseEntity<ProblemDetail> answer = new ApiProblems().unexpected(new IllegalStateException("bug"));

		assertThat(answer).isNotNull();
		assertThat(answer.getStatusCode().value()).isEqualTo(500);
		assertThat(logged.list).anyMatch(event -> event.getLevel() == Level.ERROR);
	}

}
