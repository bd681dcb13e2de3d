package dev.backboard.demo;

import java.io.IOException;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPropertiesTests {

	@Test
	void applicationYmlAsksForFiveThousandJobsFromSeedFortyTwo() throws IOException {
		PropertySource<?> yaml = new YamlPropertySourceLoader()
			.load("application", new ClassPathResource("application.yml"))
			.get(0);
		DemoProperties properties = new Binder(ConfigurationPropertySources.from(yaml)).bindOrCreate("backboard.demo",
				DemoProperties.class);
		assertThat(properties.enabled()).isNull();
		assertThat(properties.jobs()).isEqualTo(5000);
		assertThat(properties.seed()).isEqualTo(42);
	}

	@Test
	void defaultsWhenNothingIsSet() {
		DemoProperties properties = new Binder(new MapConfigurationPropertySource(Map.of()))
			.bindOrCreate("backboard.demo", DemoProperties.class);
		assertThat(properties).isEqualTo(new DemoProperties(null, 5000, 42));
	}

	@Test
	void unsetLoadsIntoTheEmbeddedDatabaseOnly() {
		DemoProperties auto = new DemoProperties(null, 5000, 42);
		assertThat(auto.isEnabledFor("")).isTrue();
		assertThat(auto.isEnabledFor(null)).isTrue();
		assertThat(auto.isEnabledFor("jdbc:postgresql://db.internal/backboard")).isFalse();
	}

	@Test
	void anExplicitSettingWins() {
		assertThat(new DemoProperties(true, 5000, 42).isEnabledFor("jdbc:postgresql://db.internal/backboard")).isTrue();
		assertThat(new DemoProperties(false, 5000, 42).isEnabledFor("")).isFalse();
	}

}
