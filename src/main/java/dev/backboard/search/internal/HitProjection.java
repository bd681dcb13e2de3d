package dev.backboard.search.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.hibernate.search.engine.search.highlighter.dsl.HighlighterEncoder;
import org.hibernate.search.engine.search.highlighter.dsl.HighlighterFinalStep;
import org.hibernate.search.engine.search.highlighter.dsl.SearchHighlighterFactory;
import org.hibernate.search.engine.search.projection.SearchProjection;
import org.hibernate.search.engine.search.projection.dsl.ProjectionFinalStep;
import org.hibernate.search.engine.search.projection.dsl.SearchProjectionFactory;

import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.SalaryPeriod;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.JobHit;
import dev.backboard.search.JobHit.CompanyRef;
import dev.backboard.search.JobHit.SalaryRange;
import dev.backboard.search.JobHit.SkillRef;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;

import org.springframework.web.util.HtmlUtils;

/**
 * Reads a result card's fields from the index, so that a search page never touches the
 * database.
 */
public final class HitProjection {

	private HitProjection() {
	}

	/** Cards with the description's matches marked by the engine's highlighter. */
	public static SearchProjection<JobHit> of(SearchProjectionFactory<?, ?> f, Taxonomy taxonomy) {
		return of(f, taxonomy, f.highlight(JobFields.DESCRIPTION).nullable(), UnaryOperator.identity());
	}

	/** Cards with the description's matches marked by the given snippets. */
	static SearchProjection<JobHit> of(SearchProjectionFactory<?, ?> f, Taxonomy taxonomy, Snippets snippets) {
		return of(f, taxonomy, f.field(JobFields.DESCRIPTION, String.class), snippets::of);
	}

	private static SearchProjection<JobHit> of(SearchProjectionFactory<?, ?> f, Taxonomy taxonomy,
			ProjectionFinalStep<String> description, UnaryOperator<String> marked) {
		return f.composite()
			.from(f.id(Long.class), f.field(JobFields.SLUG, String.class), f.field(JobFields.TITLE, String.class),
					f.field(JobFields.COMPANY_SLUG, String.class), f.field(JobFields.COMPANY_NAME_RAW, String.class),
					f.field(JobFields.CITY, String.class).list(), f.field(JobFields.COUNTRY, String.class).list(),
					f.field(JobFields.WORKPLACE, WorkplaceType.class), f.field(JobFields.SENIORITY, Seniority.class),
					f.field(JobFields.EMPLOYMENT, EmploymentType.class),
					f.field(JobFields.SALARY_MIN, BigDecimal.class), f.field(JobFields.SALARY_MAX, BigDecimal.class),
					f.field(JobFields.SALARY_CURRENCY, String.class),
					f.field(JobFields.SALARY_PERIOD, SalaryPeriod.class),
					f.field(JobFields.SKILLS, String.class).list(), f.field(JobFields.POSTED_AT, Instant.class),
					f.field(JobFields.FEATURED, Boolean.class), f.field(JobFields.VISA, Boolean.class), description,
					f.field(JobFields.SUMMARY, String.class))
			.asList(values -> hit(values, taxonomy, marked))
			.toProjection();
	}

	/**
	 * Matches in the description, HTML-escaped and marked; the summary stands in when
	 * none match.
	 */
	public static HighlighterFinalStep highlighter(SearchHighlighterFactory h) {
		return h.unified().numberOfFragments(1).tag("<mark>", "</mark>").encoder(HighlighterEncoder.HTML);
	}

	@SuppressWarnings("unchecked")
	private static JobHit hit(List<?> v, Taxonomy taxonomy, UnaryOperator<String> marked) {
		List<String> cities = (List<String>) v.get(5);
		List<String> countries = (List<String>) v.get(6);
		List<String> places = new ArrayList<>();
		for (int i = 0; i < cities.size() && i < countries.size(); i++) {
			places.add(cities.get(i) + ", " + countries.get(i));
		}
		String currency = (String) v.get(12);
		SalaryRange salary = currency == null ? null : new SalaryRange((BigDecimal) v.get(10), (BigDecimal) v.get(11),
				currency, ((SalaryPeriod) v.get(13)).name());
		List<SkillRef> skills = ((List<String>) v.get(14)).stream()
			.map(slug -> new SkillRef(slug, taxonomy.bySlug(slug).map(Skill::name).orElse(slug)))
			.toList();
		String snippet = marked.apply((String) v.get(18));
		if (snippet == null || snippet.isBlank()) {
			snippet = v.get(19) == null ? "" : HtmlUtils.htmlEscape((String) v.get(19));
		}
		return new JobHit((Long) v.get(0), (String) v.get(1), (String) v.get(2),
				new CompanyRef((String) v.get(3), (String) v.get(4)), places, (WorkplaceType) v.get(7),
				(Seniority) v.get(8), (EmploymentType) v.get(9), salary, skills, (Instant) v.get(15),
				Boolean.TRUE.equals(v.get(16)), Boolean.TRUE.equals(v.get(17)), snippet);
	}

}
