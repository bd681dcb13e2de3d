package dev.backboard.search.internal;

import java.time.Instant;
import java.util.List;

import org.hibernate.search.engine.search.common.ValueModel;
import org.hibernate.search.engine.search.predicate.SearchPredicate;
import org.hibernate.search.engine.search.predicate.dsl.BooleanPredicateClausesStep;
import org.hibernate.search.engine.search.predicate.dsl.MatchPredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.PhrasePredicateFieldMoreStep;
import org.hibernate.search.engine.search.predicate.dsl.SearchPredicateFactory;
import org.hibernate.search.engine.spatial.DistanceUnit;
import org.hibernate.search.engine.spatial.GeoPoint;
import org.jspecify.annotations.Nullable;

import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.SearchSort;
import dev.backboard.search.internal.ResolvedQuery.Alternative;
import dev.backboard.search.internal.ResolvedQuery.Technology;
import dev.backboard.search.internal.ResolvedQuery.TextClause;

/**
 * Turns a resolved query into index predicates.
 */
public final class JobPredicates {

	private static final float SKILL_BOOST = 6f;

	private static final float FUZZY_BOOST = 0.4f;

	private JobPredicates() {
	}

	/**
	 * The predicate for a query; {@code except} leaves out one facet group's filter, to
	 * count that facet's values as if it were not selected.
	 */
	public static SearchPredicate of(SearchPredicateFactory f, ResolvedQuery q, @Nullable FacetGroup except,
			Instant now) {
		BooleanPredicateClausesStep<?, ?> bool = matchingClauses(f, q, except);
		if (q.query().sortOrDefault() == SearchSort.RELEVANCE) {
			RankingBoosts.at(now).predicates(f).forEach(bool::should);
		}
		return bool.toPredicate();
	}

	/** The jobs the query matches, without the boosts that rank them. */
	static SearchPredicate matching(SearchPredicateFactory f, ResolvedQuery q) {
		return matchingClauses(f, q, null).toPredicate();
	}

	private static BooleanPredicateClausesStep<?, ?> matchingClauses(SearchPredicateFactory f, ResolvedQuery q,
			@Nullable FacetGroup except) {
		BooleanPredicateClausesStep<?, ?> bool = f.bool();
		if (q.text().isEmpty()) {
			bool.must(f.matchAll());
		}
		q.text().forEach(clause -> bool.must(clause(f, clause, q.fuzzy(), false)));
		q.exclusions().forEach(clause -> bool.mustNot(clause(f, clause, false, false)));
		filters(f, q, except, bool);
		return bool;
	}

	/** Jobs published, edited, renewed or otherwise changed at or after the instant. */
	public static SearchPredicate changedSince(SearchPredicateFactory f, Instant since) {
		return f.range().field(JobFields.CHANGED_AT).atLeast(since).toPredicate();
	}

	/**
	 * The query's words for the highlighter, each clause matching one of its
	 * alternatives; no exclusions. Unlike the words of {@link #matching}, a technology's
	 * clause also matches the name as typed in the description, which the exact-name
	 * fields match but cannot mark in the description's snippet. Used as optional
	 * clauses, they find nothing more; with a zero boost they rank nothing either.
	 */
	public static List<SearchPredicate> words(SearchPredicateFactory f, ResolvedQuery q) {
		return q.text().stream().map(clause -> clause(f, clause, q.fuzzy(), true)).toList();
	}

	/**
	 * What {@link #words} adds to the query's own words: each technology's name as typed,
	 * in the description. Optional clauses for the highlighter, which the query's words
	 * already hold otherwise.
	 */
	public static List<SearchPredicate> marks(SearchPredicateFactory f, ResolvedQuery q) {
		return q.text()
			.stream()
			.flatMap(clause -> clause.alternatives().stream())
			.filter(alternative -> alternative.technology() != null)
			.map(alternative -> mark(f, alternative.text()))
			.toList();
	}

	private static SearchPredicate mark(SearchPredicateFactory f, String typed) {
		return f.match().field(JobFields.DESCRIPTION).matching(typed).toPredicate();
	}

	private static void filters(SearchPredicateFactory f, ResolvedQuery q, @Nullable FacetGroup except,
			BooleanPredicateClausesStep<?, ?> bool) {
		q.skills().forEach(skill -> bool.filter(f.match().field(JobFields.SKILLS).matching(skill)));
		if (except != FacetGroup.WORKPLACE && !q.workplace().isEmpty()) {
			bool.filter(f.terms().field(JobFields.WORKPLACE).matchingAny(q.workplace()));
		}
		if (except != FacetGroup.COUNTRY && !q.countries().isEmpty()) {
			bool.filter(f.terms().field(JobFields.COUNTRY).matchingAny(q.countries()));
		}
		if (except != FacetGroup.SENIORITY && !q.seniority().isEmpty()) {
			bool.filter(f.terms().field(JobFields.SENIORITY).matchingAny(q.seniority()));
		}
		if (except != FacetGroup.EMPLOYMENT && !q.employment().isEmpty()) {
			bool.filter(f.terms().field(JobFields.EMPLOYMENT).matchingAny(q.employment()));
		}
		if (except != FacetGroup.COMPANY && !q.companies().isEmpty()) {
			bool.filter(f.terms().field(JobFields.COMPANY_SLUG).matchingAny(q.companies()));
		}
		if (except != FacetGroup.SALARY && q.salaryMinReference() != null) {
			bool.filter(f.range().field(JobFields.ANNUAL_MAX).atLeast(q.salaryMinReference()));
		}
		if (except != FacetGroup.AGE && q.postedSince() != null) {
			bool.filter(f.range().field(JobFields.POSTED_AT).atLeast(q.postedSince()));
		}
		if (q.near() != null) {
			bool.filter(f.spatial()
				.within()
				.field(JobFields.POINT)
				.circle(GeoPoint.of(q.near().latitude(), q.near().longitude()), q.near().radiusKm(),
						DistanceUnit.KILOMETERS));
		}
		if (q.remoteFrom() != null) {
			bool.filter(f.match().field(JobFields.WORKPLACE).matching(WorkplaceType.REMOTE));
			bool.filter(f.or(f.match().field(JobFields.REMOTE_COUNTRIES).matching(q.remoteFrom()),
					f.not(f.exists().field(JobFields.REMOTE_COUNTRIES))));
		}
		if (q.visa()) {
			bool.filter(f.match().field(JobFields.VISA).matching(true));
		}
	}

	private static SearchPredicate clause(SearchPredicateFactory f, TextClause clause, boolean tolerant,
			boolean marked) {
		List<SearchPredicate> alternatives = clause.alternatives()
			.stream()
			.map(alternative -> alternative(f, alternative, tolerant, marked))
			.toList();
		if (alternatives.size() == 1) {
			return alternatives.get(0);
		}
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		alternatives.forEach(any::should);
		return any.minimumShouldMatchNumber(1).toPredicate();
	}

	private static SearchPredicate alternative(SearchPredicateFactory f, Alternative alternative, boolean tolerant,
			boolean marked) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		if (alternative.technology() != null) {
			any.should(technology(f, alternative.technology(), alternative.text(), marked));
		}
		else if (alternative.phrase()) {
			any.should(phraseInText(f).matching(alternative.text()));
		}
		else {
			any.should(wordInText(f).matching(alternative.text()));
			int length = alternative.text().length();
			if (tolerant && length >= 4) {
				any.should(wordInText(f).matching(alternative.text()).fuzzy(length >= 8 ? 2 : 1, 1).boost(FUZZY_BOOST));
			}
		}
		if (alternative.workplace() != null) {
			any.should(f.match().field(JobFields.WORKPLACE).matching(alternative.workplace()).boost(SKILL_BOOST));
		}
		return any.minimumShouldMatchNumber(1).toPredicate();
	}

	/**
	 * Jobs tagged with the technology, or whose text writes one of its names as is (see
	 * {@link TechnologyMentions}): not a word that shares its stem ("rest",
	 * "bootstrapped") or an ordinary word it is written like ("go", "spring"), which only
	 * the tags tell apart.
	 */
	private static SearchPredicate technology(SearchPredicateFactory f, Technology technology, String typed,
			boolean marked) {
		BooleanPredicateClausesStep<?, ?> any = f.bool();
		technology.slugs().forEach(slug -> {
			// A job that needs the skill beats one that names it.
			any.should(f.match().field(JobFields.SKILLS).matching(slug).boost(SKILL_BOOST));
			any.should(f.match().field(JobFields.REQUIRED_SKILLS).matching(slug).boost(SKILL_BOOST));
			// The slug as indexed, not a text to find mentions in.
			any.should(mentioned(f).matching(TechnologyMentions.token(slug), ValueModel.INDEX));
		});
		if (!marked) {
			return any.minimumShouldMatchNumber(1).toPredicate();
		}
		// Optional, so that it finds nothing more: it marks the name in the snippet.
		return f.bool().must(any.minimumShouldMatchNumber(1)).should(mark(f, typed)).toPredicate();
	}

	private static MatchPredicateFieldMoreStep<?, ?> mentioned(SearchPredicateFactory f) {
		MatchPredicateFieldMoreStep<?, ?> match = f.match()
			.field(JobFields.MENTIONS[0])
			.boost(JobFields.MENTIONS_BOOSTS[0]);
		for (int i = 1; i < JobFields.MENTIONS.length; i++) {
			match = match.field(JobFields.MENTIONS[i]).boost(JobFields.MENTIONS_BOOSTS[i]);
		}
		return match;
	}

	private static MatchPredicateFieldMoreStep<?, ?> wordInText(SearchPredicateFactory f) {
		MatchPredicateFieldMoreStep<?, ?> match = f.match().field(JobFields.TEXT[0]).boost(JobFields.TEXT_BOOSTS[0]);
		for (int i = 1; i < JobFields.TEXT.length; i++) {
			match = match.field(JobFields.TEXT[i]).boost(JobFields.TEXT_BOOSTS[i]);
		}
		return match;
	}

	private static PhrasePredicateFieldMoreStep<?, ?, ?> phraseInText(SearchPredicateFactory f) {
		PhrasePredicateFieldMoreStep<?, ?, ?> phrase = f.phrase()
			.field(JobFields.TEXT[0])
			.boost(JobFields.TEXT_BOOSTS[0]);
		for (int i = 1; i < JobFields.TEXT.length; i++) {
			phrase = phrase.field(JobFields.TEXT[i]).boost(JobFields.TEXT_BOOSTS[i]);
		}
		return phrase;
	}

}
