package dev.backboard.demo;

import java.util.List;

import dev.backboard.core.copy.CopyWriter;
import dev.backboard.jobs.AnnualSalary;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.JobStatus;
import dev.backboard.jobs.Salary;
import dev.backboard.jobs.SalaryNormalizer;

/**
 * A batch of jobs as COPY rows for the job, job_location and job_skill tables.
 */
final class JobRows {

	static final String JOB_COLUMNS = "job (id, slug, company_id, title, description_md, workplace_type,"
			+ " employment_type, seniority, salary_min, salary_max, salary_currency, salary_period, salary_annual_min,"
			+ " salary_annual_max, remote_countries, timezone_min, timezone_max, visa_sponsorship, relocation,"
			+ " apply_url, apply_email, posted_at, valid_through, status, featured, created_at, updated_at)";

	static final String LOCATION_COLUMNS = "job_location (job_id, position, city, region, country_code, latitude,"
			+ " longitude)";

	static final String SKILL_COLUMNS = "job_skill (job_id, skill, required)";

	private final CopyWriter job;

	private final CopyWriter location;

	private final CopyWriter skill;

	private int count;

	private long rows;

	JobRows(int expectedJobs) {
		this.job = new CopyWriter(expectedJobs * 3_200);
		this.location = new CopyWriter(expectedJobs * 64);
		this.skill = new CopyWriter(expectedJobs * 200);
	}

	void add(long id, long companyId, DemoJob demo, SalaryNormalizer normalizer) {
		Salary salary = demo.salary();
		AnnualSalary annual = normalizer.annualize(salary);
		job.number(id)
			.text(demo.slug())
			.number(companyId)
			.text(demo.title())
			.text(demo.descriptionMarkdown())
			.text(demo.workplaceType().name())
			.text(demo.employmentType().name())
			.text(demo.seniority().name());
		job.decimal(salary == null ? null : salary.min())
			.decimal(salary == null ? null : salary.max())
			.text(salary == null ? null : salary.currency())
			.text(salary == null ? null : salary.period().name())
			.decimal(annual == null ? null : annual.min())
			.decimal(annual == null ? null : annual.max());
		job.array(demo.remoteCountries())
			.number(demo.timezoneMin())
			.number(demo.timezoneMax())
			.bool(demo.visaSponsorship())
			.bool(demo.relocation())
			.text(demo.applyUrl())
			.text(demo.applyEmail())
			.instant(demo.postedAt())
			.instant(demo.validThrough())
			.text(JobStatus.PUBLISHED.name())
			.bool(demo.featured())
			.instant(demo.postedAt())
			.instant(demo.postedAt())
			.endRow();
		addLocations(id, demo.locations());
		addSkills(id, demo.skills());
		count++;
		rows++;
	}

	private void addLocations(long id, List<JobLocation> places) {
		for (int position = 0; position < places.size(); position++) {
			JobLocation place = places.get(position);
			location.number(id)
				.number(position)
				.text(place.city())
				.text(place.region())
				.text(place.countryCode())
				.decimal(place.latitude())
				.decimal(place.longitude())
				.endRow();
			rows++;
		}
	}

	private void addSkills(long id, List<JobSkill> required) {
		for (JobSkill each : required) {
			skill.number(id).text(each.skill()).bool(each.required()).endRow();
			rows++;
		}
	}

	int count() {
		return count;
	}

	Batch toBatch() {
		return new Batch(count, job.toByteArray(), location.toByteArray(), skill.toByteArray(), rows);
	}

	/**
	 * Encoded rows, ready to send.
	 *
	 * @param jobs how many jobs
	 * @param jobRows the job table's rows
	 * @param locationRows the job_location table's rows
	 * @param skillRows the job_skill table's rows
	 * @param rows the number of rows in all three
	 */
	record Batch(int jobs, byte[] jobRows, byte[] locationRows, byte[] skillRows, long rows) {
	}

}
