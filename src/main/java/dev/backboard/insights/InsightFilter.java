package dev.backboard.insights;

import dev.backboard.jobs.Seniority;
import org.jspecify.annotations.Nullable;

/**
 * Which jobs the insights are about; a null field does not narrow.
 *
 * @param skill a taxonomy slug the jobs ask for
 * @param country an ISO 3166-1 alpha-2 code of a place the jobs are based in
 * @param seniority the level the jobs hire at
 */
public record InsightFilter(@Nullable String skill, @Nullable String country, @Nullable Seniority seniority) {

	public static final InsightFilter ALL = new InsightFilter(null, null, null);

	public InsightFilter withoutSkill() {
		return new InsightFilter(null, country, seniority);
	}

}
