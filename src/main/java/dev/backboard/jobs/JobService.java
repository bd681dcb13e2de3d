package dev.backboard.jobs;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.skills.Skill;
import dev.backboard.skills.SkillExtractor;
import dev.backboard.skills.Taxonomy;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jobs module's API: publish, revise, find and expire jobs.
 */
@Service
public class JobService {

	private static final int EXPIRY_BATCH = 500;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JobRepository jobs;

	private final CompanyRepository companies;

	private final Validator validator;

	private final Taxonomy taxonomy;

	private final SkillExtractor extractor;

	private final SalaryNormalizer salaries;

	private final JobsProperties properties;

	private final Clock clock;

	JobService(JobRepository jobs, CompanyRepository companies, Validator validator, Taxonomy taxonomy,
			SkillExtractor extractor, SalaryNormalizer salaries, JobsProperties properties, Clock clock) {
		this.jobs = jobs;
		this.companies = companies;
		this.validator = validator;
		this.taxonomy = taxonomy;
		this.extractor = extractor;
		this.salaries = salaries;
		this.properties = properties;
		this.clock = clock;
	}

	@Transactional
	public Job publish(long companyId, JobDetails details) {
		Company company = companies.findById(companyId)
			.orElseThrow(() -> new InvalidJob(Map.of("companyId", "no such company")));
		JobDetails valid = validated(details);
		Job job = Job.publish(company, valid, salaries.annualize(valid.salary()), clock.instant(),
				properties.validity(), slugSuffix());
		return jobs.save(job);
	}

	@Transactional
	public Job revise(long jobId, JobDetails details) {
		Job job = jobs.findWithDetailsById(jobId).orElseThrow(() -> new JobNotFound(jobId));
		JobDetails valid = validated(details);
		job.revise(valid, salaries.annualize(valid.salary()), clock.instant());
		return jobs.save(job);
	}

	@Transactional(readOnly = true)
	public Optional<Job> findBySlug(String slug) {
		return jobs.findBySlug(slug);
	}

	@Transactional(readOnly = true)
	public Optional<Job> findById(long id) {
		return jobs.findWithDetailsById(id);
	}

	/** A company's open jobs, newest first, for its public page. */
	@Transactional(readOnly = true)
	public List<Job> findPublishedByCompany(long companyId, int limit) {
		return jobs.findByCompanyIdAndStatusOrderByPostedAtDesc(companyId, JobStatus.PUBLISHED, Limit.of(limit));
	}

	@Transactional(readOnly = true)
	public long countPublished() {
		return jobs.countByStatus(JobStatus.PUBLISHED);
	}

	/**
	 * Expires the published jobs whose valid-through date has passed.
	 * @return how many expired
	 */
	@Transactional
	public int expireDue() {
		int expired = 0;
		for (Job job : jobs.findByStatusAndValidThroughBefore(JobStatus.PUBLISHED, clock.instant(),
				Limit.of(EXPIRY_BATCH))) {
			if (job.expireIfDue(clock.instant())) {
				jobs.save(job);
				expired++;
			}
		}
		return expired;
	}

	private JobDetails validated(JobDetails details) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (ConstraintViolation<JobDetails> violation : validator.validate(details)) {
			errors.putIfAbsent(fieldName(violation), violation.getMessage());
		}
		if (details.salary() != null && details.salary().currency() != null
				&& !salaries.isKnown(details.salary().currency())) {
			errors.putIfAbsent("salary.currency", "is not an accepted currency; use one of " + salaries.currencies());
		}
		List<JobSkill> skills = new ArrayList<>();
		for (int i = 0; i < details.skills().size(); i++) {
			JobSkill skill = details.skills().get(i);
			Optional<Skill> known = taxonomy.resolve(skill.skill());
			if (known.isEmpty()) {
				errors.putIfAbsent("skills[" + i + "].skill", "is not a technology Backboard knows");
			}
			known.ifPresent(s -> skills.add(new JobSkill(s.slug(), skill.required())));
		}
		if (!errors.isEmpty()) {
			throw new InvalidJob(errors);
		}
		if (skills.isEmpty()) {
			Set<String> extracted = extractor.extract(details.title(), details.descriptionMarkdown());
			extracted.forEach(slug -> skills.add(new JobSkill(slug, true)));
		}
		return details.withSkills(skills);
	}

	private static String fieldName(ConstraintViolation<?> violation) {
		String path = violation.getPropertyPath().toString();
		return switch (path) {
			case "located" -> "locations";
			case "applicable" -> "applyUrl";
			case "timezoneOrdered" -> "timezoneMin";
			case "salary.ordered" -> "salary.min";
			case "salary.bounded" -> "salary.max";
			default -> path;
		};
	}

	private static String slugSuffix() {
		return Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36).substring(0, 6);
	}

}
