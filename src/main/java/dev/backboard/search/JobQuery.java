package dev.backboard.search;

import java.math.BigDecimal;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;

/**
 * A job search as a candidate states it: the same parameters on the search page and in
 * the API.
 *
 * @param q free text: words, "quoted phrases", -exclusions and OR
 * @param skills skill slugs or aliases that every result must have
 * @param workplace any of these workplace types
 * @param country located in any of these countries (ISO codes)
 * @param near a city ("Berlin", "Portland, US") or "latitude,longitude" to search around
 * @param radius the distance from {@code near} in km
 * @param remoteFrom remote jobs open to applicants living in this country
 * @param salaryMin the least annual pay, in {@code currency}: at most a billion, with at
 * most two decimals, so that it fits the index's whole numbers and a link can spell it
 * out
 * @param currency the currency of {@code salaryMin} and of salary facets
 * @param seniority any of these levels
 * @param employment any of these contracts
 * @param visa only jobs that sponsor a work visa
 * @param postedWithin posted in the last N days
 * @param company any of these companies (slugs)
 * @param sort the order of results
 * @param page the page, from 1
 * @param size results per page, at most 100
 */
public record JobQuery(@Nullable @Size(max = 500) String q, @Nullable @Size(max = 20) List<String> skills,
		@Nullable List<WorkplaceType> workplace, @Nullable @Size(max = 50) List<String> country,
		@Nullable @Size(max = 100) String near, @Nullable @Min(1) @Max(500) Integer radius, @Nullable String remoteFrom,
		@Nullable @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2) BigDecimal salaryMin,
		@Nullable String currency, @Nullable List<Seniority> seniority, @Nullable List<EmploymentType> employment,
		@Nullable Boolean visa, @Nullable @Min(1) @Max(365) Integer postedWithin,
		@Nullable @Size(max = 50) List<String> company, @Nullable SearchSort sort,
		@Nullable @Min(1) @Max(1000) Integer page, @Nullable @Min(1) @Max(100) Integer size) {

	public static final int DEFAULT_SIZE = 20;

	private static final Set<String> MULTI_VALUED = Set.of("skills", "workplace", "country", "seniority", "employment",
			"company");

	public JobQuery {
		q = blankToNull(q);
		skills = clean(skills);
		workplace = workplace == null ? List.of() : workplace.stream().filter(Objects::nonNull).distinct().toList();
		country = clean(country);
		near = blankToNull(near);
		remoteFrom = blankToNull(remoteFrom);
		currency = blankToNull(currency);
		seniority = seniority == null ? List.of() : seniority.stream().filter(Objects::nonNull).distinct().toList();
		employment = employment == null ? List.of() : employment.stream().filter(Objects::nonNull).distinct().toList();
		company = clean(company);
	}

	public static JobQuery empty() {
		return builder().build();
	}

	public static Builder builder() {
		return new Builder();
	}

	public int pageOrDefault() {
		return page == null ? 1 : page;
	}

	public int sizeOrDefault() {
		return size == null ? DEFAULT_SIZE : size;
	}

	public SearchSort sortOrDefault() {
		return sort == null ? SearchSort.RELEVANCE : sort;
	}

	public JobQuery withPage(int page) {
		return toBuilder().page(page).build();
	}

	/**
	 * This query with one value selected or, if it is selected, unselected: added to or
	 * removed from a multi-valued parameter, set or cleared for a single-valued one. Back
	 * to the first page.
	 */
	public JobQuery toggle(String parameter, String value) {
		Map<String, List<String>> params = parameters();
		List<String> values = new ArrayList<>(params.getOrDefault(parameter, List.of()));
		if (!values.remove(value)) {
			if (!MULTI_VALUED.contains(parameter)) {
				values.clear();
			}
			values.add(value);
		}
		params.put(parameter, values);
		params.remove("page");
		return fromParameters(params);
	}

	/**
	 * This query with a single-valued parameter set, or removed when the value is null.
	 */
	public JobQuery with(String parameter, @Nullable String value) {
		Map<String, List<String>> params = parameters();
		params.put(parameter, value == null ? List.of() : List.of(value));
		params.remove("page");
		return fromParameters(params);
	}

	/** The query string that reproduces this query, parameters in a stable order. */
	public String toQueryString() {
		StringBuilder query = new StringBuilder();
		parameters().forEach((name, values) -> values.forEach(value -> {
			query.append(query.isEmpty() ? "" : "&")
				.append(name)
				.append('=')
				.append(URLEncoder.encode(value, StandardCharsets.UTF_8));
		}));
		return query.toString();
	}

	/**
	 * A link to this query on the given path: "/jobs?skills=go", or "/jobs" when it has
	 * none.
	 */
	public String toPath(String path) {
		String query = toQueryString();
		return query.isEmpty() ? path : path + "?" + query;
	}

	/** The parameters this query was given, by name, leaving out defaults. */
	public Map<String, List<String>> parameters() {
		Map<String, List<String>> params = new LinkedHashMap<>();
		put(params, "q", q);
		params.put("skills", skills);
		params.put("workplace", workplace.stream().map(Enum::name).toList());
		params.put("country", country);
		put(params, "near", near);
		put(params, "radius", radius);
		put(params, "remoteFrom", remoteFrom);
		put(params, "salaryMin", salaryMin == null ? null : salaryMin.toPlainString());
		put(params, "currency", currency);
		params.put("seniority", seniority.stream().map(Enum::name).toList());
		params.put("employment", employment.stream().map(Enum::name).toList());
		put(params, "visa", visa);
		put(params, "postedWithin", postedWithin);
		params.put("company", company);
		put(params, "sort", sort == null ? null : sort.name());
		put(params, "page", page == null || page == 1 ? null : page);
		put(params, "size", size);
		params.values().removeIf(List::isEmpty);
		return params;
	}

	private Builder toBuilder() {
		return new Builder().q(q)
			.skills(skills)
			.workplace(workplace)
			.country(country)
			.near(near)
			.radius(radius)
			.remoteFrom(remoteFrom)
			.salaryMin(salaryMin)
			.currency(currency)
			.seniority(seniority)
			.employment(employment)
			.visa(visa)
			.postedWithin(postedWithin)
			.company(company)
			.sort(sort)
			.page(page)
			.size(size);
	}

	/**
	 * The query a query string of {@link #toQueryString()} stands for, e.g. a saved
	 * search's.
	 * @throws InvalidSearch naming a parameter whose value is not one this query takes
	 */
	public static JobQuery fromQueryString(String queryString) {
		Map<String, List<String>> params = new LinkedHashMap<>();
		for (String pair : queryString.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int eq = pair.indexOf('=');
			String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
			String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
			params.computeIfAbsent(name, key -> new ArrayList<>()).add(value);
		}
		try {
			return fromParameters(params);
		}
		catch (IllegalArgumentException ex) {
			throw new InvalidSearch("query", "not a search of this board: " + ex.getMessage());
		}
	}

	private static JobQuery fromParameters(Map<String, List<String>> params) {
		Builder builder = new Builder();
		builder.q(first(params, "q"))
			.skills(params.getOrDefault("skills", List.of()))
			.workplace(params.getOrDefault("workplace", List.of()).stream().map(WorkplaceType::valueOf).toList())
			.country(params.getOrDefault("country", List.of()))
			.near(first(params, "near"))
			.radius(integer(first(params, "radius")))
			.remoteFrom(first(params, "remoteFrom"))
			.salaryMin(first(params, "salaryMin") == null ? null : new BigDecimal(first(params, "salaryMin")))
			.currency(first(params, "currency"))
			.seniority(params.getOrDefault("seniority", List.of()).stream().map(Seniority::valueOf).toList())
			.employment(params.getOrDefault("employment", List.of()).stream().map(EmploymentType::valueOf).toList())
			.visa(first(params, "visa") == null ? null : Boolean.valueOf(first(params, "visa")))
			.postedWithin(integer(first(params, "postedWithin")))
			.company(params.getOrDefault("company", List.of()))
			.sort(first(params, "sort") == null ? null : SearchSort.valueOf(first(params, "sort")))
			.page(integer(first(params, "page")))
			.size(integer(first(params, "size")));
		return builder.build();
	}

	private static @Nullable String first(Map<String, List<String>> params, String name) {
		List<String> values = params.getOrDefault(name, List.of());
		return values.isEmpty() ? null : values.get(0);
	}

	private static @Nullable Integer integer(@Nullable String value) {
		return value == null ? null : Integer.valueOf(value);
	}

	private static void put(Map<String, List<String>> params, String name, @Nullable Object value) {
		params.put(name, value == null ? List.of() : List.of(value.toString()));
	}

	private static @Nullable String blankToNull(@Nullable String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static List<String> clean(@Nullable List<String> values) {
		return values == null ? List.of()
				: values.stream()
					.filter(Objects::nonNull)
					.map(String::strip)
					.filter(v -> !v.isEmpty())
					.distinct()
					.toList();
	}

	/**
	 * Builds a query in code, for tests, pages and the API's links.
	 */
	public static final class Builder {

		private @Nullable String q;

		private List<String> skills = List.of();

		private List<WorkplaceType> workplace = List.of();

		private List<String> country = List.of();

		private @Nullable String near;

		private @Nullable Integer radius;

		private @Nullable String remoteFrom;

		private @Nullable BigDecimal salaryMin;

		private @Nullable String currency;

		private List<Seniority> seniority = List.of();

		private List<EmploymentType> employment = List.of();

		private @Nullable Boolean visa;

		private @Nullable Integer postedWithin;

		private List<String> company = List.of();

		private @Nullable SearchSort sort;

		private @Nullable Integer page;

		private @Nullable Integer size;

		public Builder q(@Nullable String q) {
			this.q = q;
			return this;
		}

		public Builder skills(List<String> skills) {
			this.skills = skills;
			return this;
		}

		public Builder skills(String... skills) {
			return skills(List.of(skills));
		}

		public Builder workplace(List<WorkplaceType> workplace) {
			this.workplace = workplace;
			return this;
		}

		public Builder workplace(WorkplaceType... workplace) {
			return workplace(List.of(workplace));
		}

		public Builder country(List<String> country) {
			this.country = country;
			return this;
		}

		public Builder country(String... country) {
			return country(List.of(country));
		}

		public Builder near(@Nullable String near) {
			this.near = near;
			return this;
		}

		public Builder radius(@Nullable Integer radius) {
			this.radius = radius;
			return this;
		}

		public Builder remoteFrom(@Nullable String remoteFrom) {
			this.remoteFrom = remoteFrom;
			return this;
		}

		public Builder salaryMin(@Nullable BigDecimal salaryMin) {
			this.salaryMin = salaryMin;
			return this;
		}

		public Builder salaryMin(long salaryMin) {
			return salaryMin(BigDecimal.valueOf(salaryMin));
		}

		public Builder currency(@Nullable String currency) {
			this.currency = currency;
			return this;
		}

		public Builder seniority(List<Seniority> seniority) {
			this.seniority = seniority;
			return this;
		}

		public Builder seniority(Seniority... seniority) {
			return seniority(List.of(seniority));
		}

		public Builder employment(List<EmploymentType> employment) {
			this.employment = employment;
			return this;
		}

		public Builder visa(@Nullable Boolean visa) {
			this.visa = visa;
			return this;
		}

		public Builder postedWithin(@Nullable Integer postedWithin) {
			this.postedWithin = postedWithin;
			return this;
		}

		public Builder company(List<String> company) {
			this.company = company;
			return this;
		}

		public Builder company(String... company) {
			return company(List.of(company));
		}

		public Builder sort(@Nullable SearchSort sort) {
			this.sort = sort;
			return this;
		}

		public Builder page(@Nullable Integer page) {
			this.page = page;
			return this;
		}

		public Builder size(@Nullable Integer size) {
			this.size = size;
			return this;
		}

		public JobQuery build() {
			return new JobQuery(q, skills, workplace, country, near, radius, remoteFrom, salaryMin, currency, seniority,
					employment, visa, postedWithin, company, sort, page, size);
		}

	}

}
