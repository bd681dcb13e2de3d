package dev.backboard.demo;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

import dev.backboard.jobs.JobsProperties;
import dev.backboard.jobs.SalaryNormalizer;

import org.springframework.beans.factory.config.YamlPropertiesFactoryBean;
import org.springframework.core.io.ClassPathResource;

/**
 * What the demo tests share: the currency rates exactly as application.yml configures
 * them.
 */
final class DemoFixtures {

	private static final String RATES = "backboard.jobs.currency-rates.";

	private DemoFixtures() {
	}

	static Map<String, BigDecimal> configuredRates() {
		YamlPropertiesFactoryBean yaml = new YamlPropertiesFactoryBean();
		yaml.setResources(new ClassPathResource("application.yml"));
		Properties properties = yaml.getObject();
		Map<String, BigDecimal> rates = new TreeMap<>();
		if (properties != null) {
			// Numbers stay numbers in the map, so stringPropertyNames() would skip them.
			properties.forEach((name, value) -> {
				if (name.toString().startsWith(RATES)) {
					rates.put(name.toString().substring(RATES.length()), new BigDecimal(value.toString()));
				}
			});
		}
		return rates;
	}

	static SalaryNormalizer normalizer() {
		return new SalaryNormalizer(
				new JobsProperties(Duration.ofDays(30), Duration.ofMinutes(5), "USD", configuredRates()));
	}

}
