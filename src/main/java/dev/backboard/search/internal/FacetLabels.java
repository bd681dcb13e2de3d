package dev.backboard.search.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.backboard.companies.CompanyRepository;
import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.SalaryNormalizer;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.Facet;
import dev.backboard.search.FacetValue;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;

import org.springframework.stereotype.Component;

/**
 * The thresholds of the range facets, and how a facet's counts become labelled values.
 */
@Component
public class FacetLabels {

	public static final int TOP_SKILLS = 30;

	public static final int TOP_COMPANIES = 20;

	public static final int TOP_COUNTRIES = 30;

	private static final int[] AGE_DAYS = { 1, 3, 7, 14, 30 };

	private static final long[] SALARY_BANDS_REFERENCE = { 40_000, 60_000, 80_000, 100_000, 120_000, 150_000, 200_000 };

	private final Taxonomy taxonomy;

	private final SalaryNormalizer salaries;

	private final CompanyRepository companies;

	// Every search shows the top companies; their names are kept for a few minutes rather
	// than
	// read from the database each time. A rename shows within that time on every node.
	private final Cache<Long, CompanyName> companyNames = Caffeine.newBuilder()
		.maximumSize(100_000)
		.expireAfterWrite(Duration.ofMinutes(5))
		.build();

	FacetLabels(Taxonomy taxonomy, SalaryNormalizer salaries, CompanyRepository companies) {
		this.taxonomy = taxonomy;
		this.salaries = salaries;
		this.companies = companies;
	}

	/**
	 * The salary facet's thresholds in the reference currency, one per band that
	 * {@link #facet} shows in the query's currency.
	 */
	public List<BigDecimal> salaryThresholds(String currency) {
		return salaryBands(currency).stream().map(band -> salaries.toReference(band, currency).orElseThrow()).toList();
	}

	/** The posting-age facet's thresholds: jobs posted at or after each instant. */
	public static List<Instant> ageThresholds(Instant now) {
		return Arrays.stream(AGE_DAYS).mapToObj(days -> now.minus(Duration.ofDays(days))).toList();
	}

	public Facet facet(FacetGroup group, Map<?, Long> counts, ResolvedQuery q) {
		List<FacetValue> values = switch (group) {
			case SKILLS -> terms(counts, key -> (String) key, this::skillName, q.skills()::contains);
			case WORKPLACE ->
				terms(counts, key -> ((WorkplaceType) key).name(), key -> WorkplaceType.valueOf(key).label(),
						key -> q.workplace().contains(WorkplaceType.valueOf(key)));
			case COUNTRY -> terms(counts, key -> (String) key, FacetLabels::countryName, q.countries()::contains);
			case SENIORITY -> terms(counts, key -> ((Seniority) key).name(), key -> Seniority.valueOf(key).label(),
					key -> q.seniority().contains(Seniority.valueOf(key)));
			case EMPLOYMENT ->
				terms(counts, key -> ((EmploymentType) key).name(), key -> EmploymentType.valueOf(key).label(),
						key -> q.employment().contains(EmploymentType.valueOf(key)));
			case COMPANY -> companies(counts, q);
			case SALARY -> salary(counts, q);
			case AGE -> age(counts, q);
		};
		return new Facet(group.parameter(), group.label(), values, group.multiSelect());
	}

	private List<FacetValue> terms(Map<?, Long> counts, Function<Object, String> value, Function<String, String> label,
			Predicate<String> selected) {
		List<FacetValue> values = new ArrayList<>();
		counts.forEach((key, count) -> {
			String v = value.apply(key);
			values.add(new FacetValue(v, label.apply(v), count, selected.test(v)));
		});
		return values;
	}

	private List<FacetValue> companies(Map<?, Long> counts, ResolvedQuery q) {
		Map<Long, CompanyName> names = companyNames.getAll(counts.keySet().stream().map(Long.class::cast).toList(),
				this::loadCompanyNames);
		List<FacetValue> values = new ArrayList<>();
		counts.forEach((id, count) -> {
			CompanyName company = names.get((Long) id);
			if (company != null) {
				values
					.add(new FacetValue(company.slug(), company.name(), count, q.companies().contains(company.slug())));
			}
		});
		return values;
	}

	private Map<Long, CompanyName> loadCompanyNames(Set<? extends Long> ids) {
		Map<Long, CompanyName> names = new HashMap<>();
		companies.findAllById(List.copyOf(ids))
			.forEach(company -> names.put(company.getId(), new CompanyName(company.getSlug(), company.getName())));
		return names;
	}

	/**
	 * What the company facet shows of an employer.
	 */
	private record CompanyName(String slug, String name) {
	}

	private List<FacetValue> salary(Map<?, Long> counts, ResolvedQuery q) {
		List<FacetValue> values = new ArrayList<>();
		Iterator<BigDecimal> bands = salaryBands(q.currency()).iterator();
		NumberFormat format = NumberFormat.getIntegerInstance(Locale.ENGLISH);
		for (Long count : counts.values()) {
			BigDecimal band = bands.next();
			boolean selected = q.query().salaryMin() != null && q.query().salaryMin().compareTo(band) == 0;
			values
				.add(new FacetValue(band.toPlainString(), format.format(band) + "+ " + q.currency(), count, selected));
		}
		return values;
	}

	private List<FacetValue> age(Map<?, Long> counts, ResolvedQuery q) {
		List<FacetValue> values = new ArrayList<>();
		int i = 0;
		for (Long count : counts.values()) {
			int days = AGE_DAYS[i++];
			String label = days == 1 ? "Past 24 hours" : "Past " + days + " days";
			values.add(new FacetValue(Integer.toString(days), label, count,
					Objects.equals(q.query().postedWithin(), days)));
		}
		return values;
	}

	/** Salary thresholds in the display currency, rounded to two significant digits. */
	List<BigDecimal> salaryBands(String currency) {
		Map<BigDecimal, Boolean> bands = new LinkedHashMap<>();
		for (long reference : SALARY_BANDS_REFERENCE) {
			BigDecimal display = salaries.fromReference(BigDecimal.valueOf(reference), currency).orElseThrow();
			bands.put(display.round(new MathContext(2, RoundingMode.HALF_UP)).setScale(0, RoundingMode.HALF_UP), true);
		}
		return List.copyOf(bands.keySet());
	}

	private String skillName(String slug) {
		return taxonomy.bySlug(slug).map(Skill::name).orElse(slug);
	}

	private static String countryName(String code) {
		return Locale.of("", code).getDisplayCountry(Locale.ENGLISH);
	}

}
