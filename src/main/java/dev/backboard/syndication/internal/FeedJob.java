package dev.backboard.syndication.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A published job as the full feed carries it, in the XML and the JSON alike.
 *
 * @param referenceNumber the job's id on the board
 * @param title its title
 * @param url its page
 * @param company the employer's name
 * @param date when it was posted
 * @param validThrough when it expires
 * @param city the first place's city, if it has one
 * @param country the first place's country code, if it has one
 * @param locations every place, "Berlin, DE"
 * @param remote whether it is remote, hybrid or on-site
 * @param jobType its contract
 * @param descriptionHtml its sanitized description
 * @param salaryMin the least pay stated
 * @param salaryMax the most pay stated
 * @param salaryCurrency the currency of the pay
 * @param salaryPeriod what the pay is for: year, month, hour ...
 * @param skills its technologies, by slug
 */
public record FeedJob(long referenceNumber, String title, String url, String company, Instant date,
		@Nullable Instant validThrough, @Nullable String city, @Nullable String country, List<String> locations,
		String remote, String jobType, String descriptionHtml, @Nullable BigDecimal salaryMin,
		@Nullable BigDecimal salaryMax, @Nullable String salaryCurrency, @Nullable String salaryPeriod,
		List<String> skills) {
}
