package dev.backboard.demo;

import java.time.Duration;

/**
 * What a demo data load did.
 *
 * @param jobs the jobs written
 * @param companies the companies written
 * @param rows all rows written: companies, jobs, their locations and skills
 * @param duration how long it took, from the first row to the commit
 */
public record LoadReport(int jobs, int companies, long rows, Duration duration) {

	public double jobsPerSecond() {
		return perSecond(jobs);
	}

	public double rowsPerSecond() {
		return perSecond(rows);
	}

	private double perSecond(long count) {
		double seconds = Math.max(duration.toNanos(), 1) / 1e9;
		return count / seconds;
	}

}
