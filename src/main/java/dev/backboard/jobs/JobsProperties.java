package dev.backboard.jobs;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the jobs module.
 *
 * @param validity how long a published job stays live before it expires
 * @param expiryCheck how often published jobs are checked for expiry
 * @param referenceCurrency the currency salaries are annualized into for filters and
 * sorting
 * @param currencyRates the value of one unit of each accepted currency in the reference
 * currency; a currency missing here is refused
 */
@ConfigurationProperties("backboard.jobs")
public record JobsProperties(@DefaultValue("30d") Duration validity, @DefaultValue("5m") Duration expiryCheck,
		@DefaultValue("USD") String referenceCurrency, Map<String, BigDecimal> currencyRates) {

	public JobsProperties {
		currencyRates = Map.copyOf(currencyRates == null ? Map.of() : currencyRates);
	}

}
