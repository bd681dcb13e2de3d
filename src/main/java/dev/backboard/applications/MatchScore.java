package dev.backboard.applications;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import dev.backboard.jobs.JobSkill;

/**
 * How well a candidate's skills cover a job's: must-have skills weigh twice as much as
 * nice-to-have ones. The explanation lists the job's skills the candidate has, the ones
 * they lack (must-haves first) and the candidate's skills the job does not ask for.
 *
 * @param score 0 to 100
 * @param matched the job's skills the candidate has
 * @param missing the job's skills the candidate lacks
 * @param missingRequired the must-have skills among the missing
 * @param extra the candidate's skills the job does not name
 */
public record MatchScore(int score, List<String> matched, List<String> missing, List<String> missingRequired,
		List<String> extra) {

	static final int REQUIRED_WEIGHT = 2;

	static final int NICE_TO_HAVE_WEIGHT = 1;

	public MatchScore {
		matched = List.copyOf(matched);
		missing = List.copyOf(missing);
		missingRequired = List.copyOf(missingRequired);
		extra = List.copyOf(extra);
	}

	static MatchScore of(Set<JobSkill> jobSkills, List<String> candidateSkills) {
		Set<String> has = new LinkedHashSet<>(candidateSkills);
		List<JobSkill> ordered = jobSkills.stream()
			.sorted((a, b) -> a.required() != b.required() ? Boolean.compare(b.required(), a.required())
					: a.skill().compareTo(b.skill()))
			.toList();
		int total = 0;
		int earned = 0;
		List<String> matched = new ArrayList<>();
		List<String> missing = new ArrayList<>();
		List<String> missingRequired = new ArrayList<>();
		for (JobSkill skill : ordered) {
			int weight = skill.required() ? REQUIRED_WEIGHT : NICE_TO_HAVE_WEIGHT;
			total += weight;
			if (has.contains(skill.skill())) {
				earned += weight;
				matched.add(skill.skill());
			}
			else {
				missing.add(skill.skill());
				if (skill.required()) {
					missingRequired.add(skill.skill());
				}
			}
		}
		Set<String> asked = new LinkedHashSet<>(ordered.stream().map(JobSkill::skill).toList());
		List<String> extra = has.stream().filter(slug -> !asked.contains(slug)).toList();
		int score = total == 0 ? 0 : Math.round(100f * earned / total);
		return new MatchScore(score, matched, missing, missingRequired, extra);
	}

}
