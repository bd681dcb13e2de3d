package dev.backboard.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The whole application on a random port, with its own embedded PostgreSQL and index in a
 * fresh directory, a movable clock and the sample jobs. Every test class with this
 * annotation shares one context. The tests' clients on this machine play the reverse
 * proxy: their {@code X-Forwarded-For} gives each test an address of its own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "backboard.data-dir=target/test-data/${random.uuid}", "backboard.demo.enabled=false",
				"backboard.web.trusted-proxies=127.0.0.1,::1", "spring.main.banner-mode=off", "logging.level.root=warn",
				"logging.level.dev.backboard=info", "backboard.insights.compute-at-start=false" })
@Import(TestConfig.class)
public @interface IntegrationTest {

}
