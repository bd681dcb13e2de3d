package dev.backboard.imports;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How jobs are imported from ATS boards and feeds.
 *
 * @param greenhouseBaseUrl where Greenhouse's Job Board API answers
 * @param leverBaseUrl where Lever's postings API answers
 * @param ashbyBaseUrl where Ashby's posting API answers
 * @param defaultInterval how often a source is synced unless its company chooses
 * @param minInterval the shortest interval a company may choose
 * @param retryAfter the first wait after a failed run; each further failure doubles it,
 * up to the source's interval
 * @param mailAfterFailures failed runs in a row after which the company's owners are
 * mailed (once, until a run succeeds)
 * @param sweepEvery how often due sources are looked for
 * @param leverPageSize postings asked for per page from Lever
 * @param maxJobs the most jobs one source may list; a longer listing fails the run
 * @param connectTimeout how long to wait for a connection
 * @param responseTimeout how long to wait for each read of the answer
 * @param maxResponseSize the largest answer read; a larger one fails the run
 * @param allowedAddresses addresses or CIDR ranges that may be fetched from although they
 * are private, loopback or link-local; empty by default
 * @param requireHttps whether feed URLs must use HTTPS
 * @param maxSources sources per company
 */
@ConfigurationProperties("backboard.imports")
public record ImportsProperties(@DefaultValue("https://boards-api.greenhouse.io") String greenhouseBaseUrl,
		@DefaultValue("https://api.lever.co") String leverBaseUrl,
		@DefaultValue("https://api.ashbyhq.com") String ashbyBaseUrl, @DefaultValue("30m") Duration defaultInterval,
		@DefaultValue("5m") Duration minInterval, @DefaultValue("1m") Duration retryAfter,
		@DefaultValue("3") int mailAfterFailures, @DefaultValue("30s") Duration sweepEvery,
		@DefaultValue("100") int leverPageSize, @DefaultValue("5000") int maxJobs,
		@DefaultValue("5s") Duration connectTimeout, @DefaultValue("20s") Duration responseTimeout,
		@DefaultValue("20MB") DataSize maxResponseSize, @DefaultValue( {
		}) List<String> allowedAddresses, @DefaultValue("true") boolean requireHttps,
		@DefaultValue("10") int maxSources){

	public ImportsProperties {
		allowedAddresses = List.copyOf(allowedAddresses);
	}

}
