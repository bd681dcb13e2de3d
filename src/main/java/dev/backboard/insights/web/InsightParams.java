package dev.backboard.insights.web;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

import dev.backboard.insights.InsightFilter;
import dev.backboard.insights.internal.Countries;
import dev.backboard.jobs.SalaryNormalizer;
import dev.backboard.jobs.Seniority;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;
import org.jspecify.annotations.Nullable;

/**
 * The page's GET parameters as typed, and what they mean once checked: a filter and a
 * currency, or a message per bad field.
 *
 * @param skill as typed
 * @param country as typed
 * @param seniority as typed
 * @param currency as typed
 * @param filter the checked filter, or null when a field is bad
 * @param shownCurrency the checked currency
 * @param errors a message per bad field, in form order
 */
public record InsightParams(String skill, String country, String seniority, String currency,
		@Nullable InsightFilter filter, String shownCurrency, Map<String, String> errors) {

	static InsightParams check(@Nullable String skill, @Nullable String country, @Nullable String seniority,
			@Nullable String currency, Taxonomy taxonomy, SalaryNormalizer salaries) {
		String skillText = clean(skill);
		String countryText = clean(country);
		String seniorityText = clean(seniority);
		String currencyText = clean(currency);
		Map<String, String> errors = new LinkedHashMap<>();
		String slug = null;
		if (!skillText.isEmpty()) {
			slug = taxonomy.resolve(skillText).map(Skill::slug).orElse(null);
			if (slug == null) {
				errors.put("skill", "unknown skill; use a name or slug from the skills list, such as go or postgresql");
			}
		}
		String code = countryText.toUpperCase(Locale.ROOT);
		if (!code.isEmpty() && !(code.matches("[A-Z]{2}") && Countries.isKnown(code))) {
			errors.put("country", "must be an ISO 3166 country code such as DE");
		}
		Seniority level = null;
		if (!seniorityText.isEmpty()) {
			try {
				level = Seniority.valueOf(seniorityText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException ex) {
				errors.put("seniority", "must be one of junior, mid, senior, staff, principal, lead");
			}
		}
		String shown = currencyText.isEmpty() ? salaries.referenceCurrency() : currencyText.toUpperCase(Locale.ROOT);
		if (!salaries.isKnown(shown)) {
			errors.put("currency", "must be one of " + String.join(", ", salaries.currencies()));
			shown = salaries.referenceCurrency();
		}
		InsightFilter filter = errors.isEmpty() ? new InsightFilter(slug, code.isEmpty() ? null : code, level) : null;
		return new InsightParams(skillText, countryText, seniorityText, currencyText, filter, shown,
				Map.copyOf(errors));
	}

	private static String clean(@Nullable String value) {
		return value == null ? "" : value.strip();
	}

	/** The query string of the checked parameters, for links and downloads. */
	public String query() {
		StringBuilder query = new StringBuilder();
		InsightFilter checked = filter;
		if (checked != null) {
			append(query, "skill", checked.skill());
			append(query, "country", checked.country());
			append(query, "seniority",
					checked.seniority() == null ? null : checked.seniority().name().toLowerCase(Locale.ROOT));
		}
		append(query, "currency", currency.isEmpty() ? null : shownCurrency);
		return query.isEmpty() ? "" : "?" + query;
	}

	private static void append(StringBuilder query, String name, @Nullable String value) {
		if (value != null) {
			query.append(query.isEmpty() ? "" : "&")
				.append(name)
				.append('=')
				.append(java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8));
		}
	}

}
