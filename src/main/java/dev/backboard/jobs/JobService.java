package dev.backboard.jobs;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.core.Actor;
import dev.backboard.skills.Skill;
import dev.backboard.skills.SkillExtractor;
import dev.backboard.skills.Taxonomy;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The jobs module's API: an employer's drafts, submissions and renewals, moderators'
 * decisions, and the public's reads. Each status change is recorded with who made it.
 * Employers only ever reach their own company's jobs: another company's job is not found.
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

	private final JobTransitions transitions;

	private final ObjectProvider<ListingPayments> payments;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<JobEditGuard> editGuard;

	JobService(JobRepository jobs, CompanyRepository companies, Validator validator, Taxonomy taxonomy,
			SkillExtractor extractor, SalaryNormalizer salaries, JobsProperties properties, Clock clock,
			JobTransitions transitions, ObjectProvider<ListingPayments> payments, ApplicationEventPublisher events,
			ObjectProvider<JobEditGuard> editGuard) {
		this.editGuard = editGuard;
		this.transitions = transitions;
		this.payments = payments;
		this.events = events;
		this.jobs = jobs;
		this.companies = companies;
		this.validator = validator;
		this.taxonomy = taxonomy;
		this.extractor = extractor;
		this.salaries = salaries;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Publishes a job at once, without review: for demo data, benchmarks and trusted
	 * imports.
	 */
	@Transactional
	public Job publish(long companyId, JobDetails details) {
		JobDetails valid = validated(details);
		Job job = Job.publish(company(companyId), valid, salaries.annualize(valid.salary()), clock.instant(),
				properties.validity(), slugSuffix());
		return save(job, Actor.system());
	}

	/** A trusted revision that never sends the job back to review. */
	@Transactional
	public Job revise(long jobId, JobDetails details) {
		Job job = jobs.findWithDetailsById(jobId).orElseThrow(() -> new JobNotFound(jobId));
		JobDetails valid = validated(details);
		job.revise(valid, salaries.annualize(valid.salary()), clock.instant());
		return saveEdit(job, Actor.system());
	}

	@Transactional
	public Job createDraft(long companyId, JobDetails details, Actor actor) {
		JobDetails valid = validated(details);
		Job job = Job.draft(company(companyId), valid, salaries.annualize(valid.salary()), clock.instant(),
				slugSuffix());
		return save(job, actor);
	}

	/**
	 * Changes a job of the company. A published job goes back to review when moderation
	 * and the re-review policy ask for it. A job its source owns (an ATS import) is
	 * refused.
	 */
	@Transactional
	public Job update(long companyId, long jobId, JobDetails details, Actor actor) {
		Job job = findForCompany(companyId, jobId);
		JobEditGuard guard = editGuard.getIfAvailable();
		if (guard != null) {
			guard.refusal(jobId).ifPresent(reason -> {
				throw new InvalidJob(Map.of("title", reason));
			});
		}
		JobDetails valid = validated(details);
		job.revise(valid, salaries.annualize(valid.salary()), clock.instant(), properties.rereviewOnEdit(),
				properties.moderation());
		return saveEdit(job, actor);
	}

	/**
	 * Sends a draft off: through payment to review, or straight to publication when
	 * moderation is off. When the listing must be paid for, the job waits in "pending
	 * payment" until {@link #settlePaidListing} is called.
	 */
	@Transactional
	public Job submit(long companyId, long jobId, Actor actor) {
		Job job = findForCompany(companyId, jobId);
		job.submit(clock.instant());
		settlePayment(job);
		return save(job, actor);
	}

	/** Puts an expired, filled or closed job up again, through submission. */
	@Transactional
	public Job relist(long companyId, long jobId, Actor actor) {
		Job job = findForCompany(companyId, jobId);
		job.relist(clock.instant());
		settlePayment(job);
		return save(job, actor);
	}

	/** Another full validity period from now, for a published or expired job. */
	@Transactional
	public Job renew(long companyId, long jobId, Actor actor) {
		Job job = findForCompany(companyId, jobId);
		job.renew(clock.instant(), properties.validity());
		return save(job, actor);
	}

	@Transactional
	public Job markFilled(long companyId, long jobId, Actor actor) {
		Job job = findForCompany(companyId, jobId);
		job.markFilled(clock.instant());
		return save(job, actor);
	}

	@Transactional
	public Job close(long companyId, long jobId, Actor actor) {
		Job job = findForCompany(companyId, jobId);
		job.close(null, clock.instant());
		return save(job, actor);
	}

	/** Closes the job, saying why in its history (e.g. the board found its page gone). */
	@Transactional
	public Job close(long companyId, long jobId, String reason, Actor actor) {
		Job job = findForCompany(companyId, jobId);
		job.close(reason, clock.instant());
		return save(job, actor);
	}

	/**
	 * The listing was paid for: a job still waiting for its payment goes on to review or
	 * publication, live for the days bought.
	 * @return false when the job is no longer waiting for a payment (closed meanwhile)
	 */
	@Transactional
	public boolean settlePaidListing(long jobId, int days, Actor actor) {
		Job job = jobs.findWithDetailsById(jobId).orElse(null);
		if (job == null || !job.can(JobAction.SETTLE_PAYMENT)) {
			return false;
		}
		job.settlePaidListing(properties.moderation(), clock.instant(), properties.validity(), days);
		save(job, actor);
		return true;
	}

	/**
	 * A paid upgrade: the job is featured until the given time.
	 * @return false when the job can no longer be featured (closed, expired, missing)
	 */
	@Transactional
	public boolean feature(long jobId, Instant until, Actor actor) {
		Job job = jobs.findWithDetailsById(jobId).orElse(null);
		if (job == null || !job.can(JobAction.FEATURE)) {
			return false;
		}
		job.feature(until, clock.instant());
		save(job, actor);
		return true;
	}

	/** Ends a paid upgrade at once, e.g. after a refund. */
	@Transactional
	public void unfeature(long jobId, Actor actor) {
		jobs.findWithDetailsById(jobId).ifPresent(job -> {
			if (job.unfeature(clock.instant())) {
				save(job, actor);
			}
		});
	}

	/**
	 * The listing's payment was refunded: the job is closed, or returned to its employer
	 * as a draft.
	 */
	@Transactional
	public void withdrawAfterRefund(long jobId, boolean toDraft, Actor actor) {
		jobs.findWithDetailsById(jobId).filter(job -> job.can(JobAction.WITHDRAW_REFUNDED)).ifPresent(job -> {
			job.withdrawAfterRefund(toDraft, clock.instant());
			save(job, actor);
		});
	}

	/** A moderator publishes a job in review. */
	@Transactional
	public Job approve(long jobId, Actor actor) {
		Job job = findForModeration(jobId);
		job.approve(clock.instant(), properties.validity());
		return save(job, actor);
	}

	/** A moderator sends a job in review back to its employer as a draft, saying why. */
	@Transactional
	public Job reject(long jobId, String reason, Actor actor) {
		Job job = findForModeration(jobId);
		job.reject(reason, clock.instant());
		return save(job, actor);
	}

	/** A moderator takes a job down, e.g. after a report. */
	@Transactional
	public Job closeByModerator(long jobId, String reason, Actor actor) {
		Job job = findForModeration(jobId);
		job.close(reason, clock.instant());
		return save(job, actor);
	}

	/**
	 * One of the company's jobs, in any status.
	 * @throws JobNotFound when there is no such job or it belongs to another company
	 */
	@Transactional(readOnly = true)
	public Job findForCompany(long companyId, long jobId) {
		return jobs.findWithDetailsById(jobId)
			.filter(job -> job.getCompany().getId() == companyId)
			.orElseThrow(() -> new JobNotFound(jobId));
	}

	/** The company's jobs, newest first. */
	@Transactional(readOnly = true)
	public Page<Job> listForCompany(long companyId, Pageable page) {
		return jobs.findByCompanyIdOrderByCreatedAtDescIdDesc(companyId, page);
	}

	/** The company's jobs in one status, newest first. */
	@Transactional(readOnly = true)
	public Page<Job> listForCompany(long companyId, JobStatus status, Pageable page) {
		return jobs.findByCompanyIdAndStatusOrderByCreatedAtDescIdDesc(companyId, status, page);
	}

	/** Any job, in any status, for moderators. */
	@Transactional(readOnly = true)
	public Job findForModeration(long jobId) {
		return jobs.findWithDetailsById(jobId).orElseThrow(() -> new JobNotFound(jobId));
	}

	/** Jobs waiting for a moderator, longest waiting first. */
	@Transactional(readOnly = true)
	public Page<Job> inReview(Pageable page) {
		return jobs.findByStatusOrderBySubmittedAtAscIdAsc(JobStatus.IN_REVIEW, page);
	}

	/** The job's recorded status changes, oldest first. */
	@Transactional(readOnly = true)
	public List<JobTransition> transitions(long jobId) {
		return transitions.of(jobId);
	}

	/** A job whose page the public may see. */
	@Transactional(readOnly = true)
	public Optional<Job> findBySlug(String slug) {
		Optional<Job> job = findBySlugWithoutDetails(slug);
		job.ifPresent(Job::loadDetails);
		return job;
	}

	/**
	 * A job whose page the public may see, with its company, for what needs neither its
	 * locations nor its skills (the page's panel, saving a job): one query.
	 */
	@Transactional(readOnly = true)
	public Optional<Job> findBySlugWithoutDetails(String slug) {
		return jobs.findBySlug(slug).filter(Job::isPublic);
	}

	/** The jobs with these ids, in any state and order; missing ones are left out. */
	@Transactional(readOnly = true)
	public List<Job> findAllById(Collection<Long> ids) {
		return jobs.findAllById(ids);
	}

	/** A job whose page the public may see. */
	@Transactional(readOnly = true)
	public Optional<Job> findById(long id) {
		return jobs.findWithDetailsById(id).filter(Job::isPublic);
	}

	/** A company's open jobs, newest first, for its public page. */
	@Transactional(readOnly = true)
	public List<Job> findPublishedByCompany(long companyId, int limit) {
		return jobs.findByCompanyIdAndStatusOrderByPostedAtDesc(companyId, JobStatus.PUBLISHED, Limit.of(limit));
	}

	/**
	 * Published jobs with an id above the given one, in id order: for full feeds, a page
	 * at a time. Their company, places and skills load lazily, in batches, inside the
	 * caller's transaction.
	 */
	@Transactional(readOnly = true)
	public List<Job> publishedAfter(long afterId, int limit) {
		return jobs.findByStatusAndIdGreaterThanOrderByIdAsc(JobStatus.PUBLISHED, afterId, Limit.of(limit));
	}

	/** The slugs and last changes of published jobs, in id order, one page of them. */
	@Transactional(readOnly = true)
	public List<JobLink> publishedLinks(int page, int size) {
		return jobs.findLinksByStatus(JobStatus.PUBLISHED, PageRequest.of(page, size));
	}

	/** Those of the jobs that are published, as lines for a mail or a list. */
	@Transactional(readOnly = true)
	public List<JobSummary> publishedSummaries(Collection<Long> ids) {
		return ids.isEmpty() ? List.of() : jobs.findSummaries(ids, JobStatus.PUBLISHED);
	}

	/** The companies with published jobs, by slug. */
	@Transactional(readOnly = true)
	public List<String> companiesWithPublishedJobs() {
		return jobs.findCompanySlugsByStatus(JobStatus.PUBLISHED);
	}

	@Transactional(readOnly = true)
	public long countPublished() {
		return jobs.countByStatus(JobStatus.PUBLISHED);
	}

	/**
	 * Expires the published jobs whose valid-through date has passed, and ends paid
	 * featured upgrades whose time is up.
	 * @return how many expired
	 */
	@Transactional
	public int expireDue() {
		int expired = 0;
		for (Job job : jobs.findByStatusAndValidThroughBefore(JobStatus.PUBLISHED, clock.instant(),
				Limit.of(EXPIRY_BATCH))) {
			if (job.expireIfDue(clock.instant())) {
				save(job, Actor.system());
				expired++;
			}
		}
		for (Job job : jobs.findByFeaturedTrueAndFeaturedUntilBefore(clock.instant(), Limit.of(EXPIRY_BATCH))) {
			job.unfeature(clock.instant());
			save(job, Actor.system());
			expired++;
		}
		return expired;
	}

	/** Free, or covered by an allowance or a credit: the job goes on at once. */
	private void settlePayment(Job job) {
		ListingPayments listingPayments = payments.getIfAvailable();
		if (listingPayments == null || listingPayments.cover(job.getCompany().getId(), job.getId())) {
			job.settlePayment(properties.moderation(), clock.instant(), properties.validity());
		}
	}

	/** Saves the job and records the status changes it made, in one transaction. */
	private Job save(Job job, Actor actor) {
		List<StatusChange> changes = job.drainChanges();
		// Flushed first: the records refer to the job's row.
		Job saved = jobs.saveAndFlush(job);
		transitions.record(saved.getId(), changes, actor);
		for (StatusChange change : changes) {
			events.publishEvent(new JobStatusChanged(saved.getId(), saved.getCompany().getId(), saved.getSlug(),
					saved.getTitle(), change.from(), change.to(), change.at()));
		}
		return saved;
	}

	/** Saves an edit; a job that was and stays published announces the new content. */
	private Job saveEdit(Job job, Actor actor) {
		boolean live = job.isPublished();
		List<StatusChange> changes = List.copyOf(job.pendingChanges());
		Job saved = save(job, actor);
		if (live && changes.isEmpty()) {
			events.publishEvent(new JobEdited(saved.getId(), saved.getCompany().getId(), saved.getSlug(),
					saved.getTitle(), saved.getUpdatedAt()));
		}
		return saved;
	}

	private Company company(long companyId) {
		return companies.findById(companyId).orElseThrow(() -> new InvalidJob(Map.of("companyId", "no such company")));
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
