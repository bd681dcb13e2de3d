package dev.backboard.insights.web;

import org.jspecify.annotations.Nullable;

/**
 * The GET parameters of the insights page and its downloads, as sent.
 *
 * @param skill a skill name, alias or slug
 * @param country an ISO 3166-1 alpha-2 code
 * @param seniority a seniority level
 * @param currency the ISO 4217 code salaries are shown in
 */
record InsightRequest(@Nullable String skill, @Nullable String country, @Nullable String seniority,
		@Nullable String currency) {
}
