package dev.backboard.imports;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import dev.backboard.support.IntegrationTest;

import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole application with its import readers pointed at the local {@link AtsStandIn},
 * and jobs published without review. Every class with this annotation shares one context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@TestPropertySource(properties = { "backboard.test.context=imports", "backboard.jobs.moderation=false" })
@ContextConfiguration(initializers = AtsStandIn.Initializer.class)
public @interface ImportBoard {

}
