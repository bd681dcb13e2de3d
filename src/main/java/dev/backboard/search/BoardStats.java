package dev.backboard.search;

import java.util.List;

/**
 * The live figures of the landing page.
 *
 * @param openJobs published jobs
 * @param companies employers with at least one published job
 * @param remoteShare the share of published jobs that are remote, from 0 to 1
 * @param topSkills the most asked-for technologies with their job counts
 */
public record BoardStats(long openJobs, long companies, double remoteShare, List<FacetValue> topSkills) {
}
