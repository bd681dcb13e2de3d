package dev.backboard.jobs;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
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
 * @param moderation whether submitted jobs wait for a moderator's approval before they
 * are published
 * @param rereviewOnEdit whether an edit of a published job sends it back to moderation:
 * always, never, or only for a change of title, description or skills
 * @param expiryWarning how long before a job expires its company's owners are warned
 * @param expiryWarningCheck how often jobs about to expire are looked for
 */
@ConfigurationProperties("backboard.jobs")
public record JobsProperties(@DefaultValue("30d") Duration validity, @DefaultValue("5m") Duration expiryCheck,
		@DefaultValue("USD") String referenceCurrency, Map<String, BigDecimal> currencyRates,
		@DefaultValue("true") boolean moderation, @DefaultValue("content") RereviewOnEdit rereviewOnEdit,
		@DefaultValue("3d") Duration expiryWarning, @DefaultValue("15m") Duration expiryWarningCheck) {

	@ConstructorBinding
	public JobsProperties {
		currencyRates = Map.copyOf(currencyRates == null ? Map.of() : currencyRates);
	}

	/**
	 * The defaults for moderation and expiry warnings, for code that sets only the rest.
	 */
	public JobsProperties(Duration validity, Duration expiryCheck, String referenceCurrency,
			Map<String, BigDecimal> currencyRates) {
		this(validity, expiryCheck, referenceCurrency, currencyRates, true, RereviewOnEdit.CONTENT, Duration.ofDays(3),
				Duration.ofMinutes(15));
	}

}
