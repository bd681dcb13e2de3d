package dev.backboard.applications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the applications module.
 *
 * @param retention how long an application's personal data is kept after its job closed,
 * expired or was filled, or after the candidate was not selected; then it is anonymized
 * @param retentionCheck how often the anonymization task looks for applications past
 * their retention
 */
@ConfigurationProperties("backboard.applications")
public record ApplicationsProperties(@DefaultValue("180d") Duration retention,
		@DefaultValue("1h") Duration retentionCheck) {

	/** Whole days of retention, for the texts candidates read. */
	public long retentionDays() {
		return retention.toDays();
	}

}
