package dev.backboard.webhooks;

import java.time.Duration;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How webhooks are delivered.
 *
 * @param allowedAddresses addresses or CIDR ranges that may be delivered to although they
 * are private, loopback or link-local (e.g. an integration server on the office network);
 * empty by default
 * @param requireHttps whether endpoint URLs must use HTTPS
 * @param retrySchedule the waits between attempts; a message is given up after the last
 * one (the default spans about three days)
 * @param connectTimeout how long to wait for a connection
 * @param responseTimeout how long to wait for the receiver's answer
 * @param maxResponseSize the most of a response body that is read; the rest is dropped
 * @param rotationOverlap how long the previous secret still signs after a rotation
 * @param sweepEvery how often due deliveries are looked for (they are also sent right
 * after the event commits)
 * @param maxEndpoints endpoints per company
 * @param secretEncryptionKey base64 AES-256 key for signing secrets at rest; unset, one
 * is generated once and kept in the database
 */
@ConfigurationProperties("backboard.webhooks")
public record WebhooksProperties(@DefaultValue( {
	}) List<String> allowedAddresses, @DefaultValue("true") boolean requireHttps,
		@DefaultValue({ "5s", "5m", "30m", "2h", "5h", "10h", "14h", "20h", "20h" }) List<Duration> retrySchedule,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("15s") Duration responseTimeout,
		@DefaultValue("64KB") DataSize maxResponseSize, @DefaultValue("24h") Duration rotationOverlap,
		@DefaultValue("5s") Duration sweepEvery, @DefaultValue("20") int maxEndpoints,
		@Nullable String secretEncryptionKey){

	public WebhooksProperties {
		allowedAddresses = List.copyOf(allowedAddresses);
		retrySchedule = List.copyOf(retrySchedule);
	}

}
