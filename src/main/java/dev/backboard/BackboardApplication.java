package dev.backboard;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Backboard: a self-hostable job board for backend software engineering jobs.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class BackboardApplication {

	public static void main(String[] args) {
		SpringApplication.run(BackboardApplication.class, args);
	}

}
