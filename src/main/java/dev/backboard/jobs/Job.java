package dev.backboard.jobs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;
import org.hibernate.Hibernate;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import dev.backboard.companies.Company;
import dev.backboard.core.SafeMarkdown;
import dev.backboard.core.Slugs;

import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.domain.DomainEvents;

/**
 * A job posting. It guards its own lifecycle: callers publish, revise and expire it, and
 * it checks the transition and records the event.
 */
@Entity
@Table(name = "job")
public class Job extends AbstractAggregateRoot<Job> {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "job_seq")
	@SequenceGenerator(name = "job_seq", sequenceName = "job_seq", allocationSize = 50)
	private @Nullable Long id;

	private String slug;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "company_id")
	private Company company;

	private String title;

	@Column(name = "description_md")
	private String descriptionMarkdown;

	@Enumerated(EnumType.STRING)
	private WorkplaceType workplaceType;

	@Enumerated(EnumType.STRING)
	private EmploymentType employmentType;

	@Enumerated(EnumType.STRING)
	private Seniority seniority;

	@Embedded
	private @Nullable Salary salary;

	private @Nullable BigDecimal salaryAnnualMin;

	private @Nullable BigDecimal salaryAnnualMax;

	@JdbcTypeCode(SqlTypes.ARRAY)
	@Column(columnDefinition = "varchar(2)[]")
	private String[] remoteCountries;

	private @Nullable Integer timezoneMin;

	private @Nullable Integer timezoneMax;

	private boolean visaSponsorship;

	private boolean relocation;

	private @Nullable String applyUrl;

	private @Nullable String applyEmail;

	/** Null for jobs that never chose: they apply by their URL, else their email. */
	@Enumerated(EnumType.STRING)
	private @Nullable ApplyMethod applyMethod;

	private @Nullable Instant postedAt;

	private @Nullable Instant validThrough;

	private @Nullable String rejectionReason;

	private @Nullable Instant submittedAt;

	private @Nullable Instant expiryWarnedAt;

	@Enumerated(EnumType.STRING)
	private JobStatus status;

	private boolean featured;

	/**
	 * Until when a paid upgrade keeps the job featured; null for jobs featured otherwise.
	 */
	private @Nullable Instant featuredUntil;

	/** The days a paid listing bought; null uses the board's default validity. */
	private @Nullable Integer listingDays;

	private Instant createdAt;

	private Instant updatedAt;

	@Version
	private int version;

	@ElementCollection
	@CollectionTable(name = "job_location", joinColumns = @JoinColumn(name = "job_id"))
	@OrderColumn(name = "position")
	private List<JobLocation> locations = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "job_skill", joinColumns = @JoinColumn(name = "job_id"))
	private Set<JobSkill> skills = new LinkedHashSet<>();

	/** Steps taken since the job was loaded, for the service to record with its actor. */
	@Transient
	private final List<StatusChange> changes = new ArrayList<>();

	@SuppressWarnings("NullAway.Init")
	protected Job() {
	}

	private Job(Company company, String slug, JobStatus status, Instant now) {
		this.company = company;
		this.slug = slug;
		this.status = status;
		this.createdAt = now;
		this.updatedAt = now;
		this.remoteCountries = new String[0];
		this.title = "";
		this.descriptionMarkdown = "";
		this.workplaceType = WorkplaceType.ONSITE;
		this.employmentType = EmploymentType.FULL_TIME;
		this.seniority = Seniority.MID;
	}

	/**
	 * A job published at once, without review: demo data, benchmarks and trusted imports.
	 */
	static Job publish(Company company, JobDetails details, @Nullable AnnualSalary annual, Instant now,
			Duration validity, String slugSuffix) {
		Job job = new Job(company, slug(details, company, slugSuffix), JobStatus.PUBLISHED, now);
		job.apply(details, annual);
		job.changes.add(new StatusChange(null, JobStatus.PUBLISHED, null, now));
		job.goLive(now, validity);
		return job;
	}

	/** A job the employer is still writing; nobody else sees it. */
	static Job draft(Company company, JobDetails details, @Nullable AnnualSalary annual, Instant now,
			String slugSuffix) {
		Job job = new Job(company, slug(details, company, slugSuffix), JobStatus.DRAFT, now);
		job.apply(details, annual);
		job.changes.add(new StatusChange(null, JobStatus.DRAFT, null, now));
		return job;
	}

	/** A trusted revision that never sends the job back to review. */
	void revise(JobDetails details, @Nullable AnnualSalary annual, Instant now) {
		revise(details, annual, now, RereviewOnEdit.NEVER, false);
	}

	/**
	 * Changes what the job says. A published job goes back to review when moderation is
	 * on and the policy asks for it.
	 * @return whether the job went back to review
	 */
	boolean revise(JobDetails details, @Nullable AnnualSalary annual, Instant now, RereviewOnEdit policy,
			boolean moderated) {
		require(JobAction.EDIT);
		boolean contentChanged = !title.equals(details.title().strip())
				|| !descriptionMarkdown.equals(details.descriptionMarkdown())
				|| !skills.equals(new LinkedHashSet<>(details.skills()));
		apply(details, annual);
		if (postedAt == null) {
			this.slug = slug(details, company, slug.substring(slug.lastIndexOf('-') + 1));
		}
		this.updatedAt = now;
		boolean rereview = status == JobStatus.PUBLISHED && moderated
				&& (policy == RereviewOnEdit.ALWAYS || (policy == RereviewOnEdit.CONTENT && contentChanged));
		if (rereview) {
			move(JobStatus.IN_REVIEW, "edited while published", now);
			this.submittedAt = now;
		}
		return rereview;
	}

	/** The employer sends the job off; payment comes next. */
	void submit(Instant now) {
		require(JobAction.SUBMIT);
		enterPayment(now);
	}

	/** An expired, filled or closed job goes through submission again. */
	void relist(Instant now) {
		require(JobAction.RELIST);
		enterPayment(now);
	}

	/** Paid (or free): the job goes to review, or live when moderation is off. */
	void settlePayment(boolean moderated, Instant now, Duration validity) {
		require(JobAction.SETTLE_PAYMENT);
		if (moderated) {
			move(JobStatus.IN_REVIEW, null, now);
		}
		else {
			move(JobStatus.PUBLISHED, null, now);
			goLive(now, validity);
		}
	}

	/**
	 * Paid through checkout: like {@link #settlePayment}, for as many days as were
	 * bought.
	 */
	void settlePaidListing(boolean moderated, Instant now, Duration defaultValidity, int days) {
		this.listingDays = days;
		settlePayment(moderated, now, validity(defaultValidity));
	}

	void approve(Instant now, Duration validity) {
		require(JobAction.APPROVE);
		move(JobStatus.PUBLISHED, null, now);
		goLive(now, validity(validity));
	}

	/** A paid upgrade: pinned and marked in results until the given time. */
	void feature(Instant until, Instant now) {
		require(JobAction.FEATURE);
		this.featured = true;
		this.featuredUntil = featuredUntil != null && featuredUntil.isAfter(until) ? featuredUntil : until;
		this.updatedAt = now;
	}

	/**
	 * Ends a paid upgrade, when it was refunded or its time is up.
	 * @return whether the job was featured
	 */
	boolean unfeature(Instant now) {
		if (!featured) {
			return false;
		}
		this.featured = false;
		this.featuredUntil = null;
		this.updatedAt = now;
		return true;
	}

	/** The listing's payment was refunded: the job is closed or goes back to a draft. */
	void withdrawAfterRefund(boolean toDraft, Instant now) {
		require(JobAction.WITHDRAW_REFUNDED);
		move(toDraft ? JobStatus.DRAFT : JobStatus.CLOSED, "payment refunded", now);
		this.listingDays = null;
		unfeature(now);
	}

	/** Back to the employer as a draft, with the moderator's reason. */
	void reject(String reason, Instant now) {
		require(JobAction.REJECT);
		String given = reason.strip();
		if (given.isEmpty() || given.length() > 1000) {
			throw new InvalidJob(Map.of("reason", "give a reason of at most 1000 characters"));
		}
		move(JobStatus.DRAFT, given, now);
		this.rejectionReason = given;
	}

	/** Another full validity period from now; a warning is due again before its end. */
	void renew(Instant now, Duration validity) {
		require(JobAction.RENEW);
		boolean wasLive = status == JobStatus.PUBLISHED;
		move(JobStatus.PUBLISHED, null, now);
		this.validThrough = now.plus(validity);
		this.expiryWarnedAt = null;
		if (!wasLive) {
			registerEvent(new JobPublished(getIdOrZero(), slug));
		}
	}

	void markFilled(Instant now) {
		require(JobAction.MARK_FILLED);
		move(JobStatus.FILLED, null, now);
	}

	void close(@Nullable String reason, Instant now) {
		require(JobAction.CLOSE);
		move(JobStatus.CLOSED, reason, now);
	}

	/**
	 * Takes the job out of search once its valid-through date has passed.
	 * @return whether it expired now
	 */
	boolean expireIfDue(Instant now) {
		if (status != JobStatus.PUBLISHED || validThrough == null || validThrough.isAfter(now)) {
			return false;
		}
		move(JobStatus.EXPIRED, null, now);
		registerEvent(new JobExpired(getIdOrZero(), slug));
		return true;
	}

	/**
	 * Notes that the owners were told the job is about to expire.
	 * @return false when they already were in this validity period
	 */
	boolean markExpiryWarned(Instant now) {
		if (status != JobStatus.PUBLISHED || expiryWarnedAt != null) {
			return false;
		}
		this.expiryWarnedAt = now;
		return true;
	}

	/** The steps taken and not drained yet, oldest first. */
	List<StatusChange> pendingChanges() {
		return List.copyOf(changes);
	}

	/** The steps taken since the last call, oldest first. */
	List<StatusChange> drainChanges() {
		List<StatusChange> drained = List.copyOf(changes);
		changes.clear();
		return drained;
	}

	private Duration validity(Duration defaultValidity) {
		return listingDays == null ? defaultValidity : Duration.ofDays(listingDays);
	}

	private void enterPayment(Instant now) {
		move(JobStatus.PENDING_PAYMENT, null, now);
		this.listingDays = null;
		this.submittedAt = now;
		this.rejectionReason = null;
	}

	private void goLive(Instant now, Duration validity) {
		if (postedAt == null) {
			this.postedAt = now;
		}
		this.validThrough = now.plus(validity);
		this.expiryWarnedAt = null;
		this.rejectionReason = null;
		registerEvent(new JobPublished(getIdOrZero(), slug));
	}

	private void require(JobAction action) {
		if (!action.allowedFrom(status)) {
			throw new JobTransitionRefused(action, status);
		}
	}

	private void move(JobStatus to, @Nullable String reason, Instant now) {
		changes.add(new StatusChange(status, to, reason, now));
		this.status = to;
		this.updatedAt = now;
	}

	private static String slug(JobDetails details, Company company, String suffix) {
		return Slugs.of(details.title() + " " + company.getName()) + "-" + suffix;
	}

	private void apply(JobDetails details, @Nullable AnnualSalary annual) {
		this.title = details.title().strip();
		this.descriptionMarkdown = details.descriptionMarkdown();
		this.locations = new ArrayList<>(details.locations());
		this.workplaceType = details.workplaceType();
		this.remoteCountries = details.remoteCountries().toArray(String[]::new);
		this.timezoneMin = details.timezoneMin();
		this.timezoneMax = details.timezoneMax();
		this.employmentType = details.employmentType();
		this.seniority = details.seniority();
		this.salary = details.salary();
		this.salaryAnnualMin = annual == null ? null : annual.min();
		this.salaryAnnualMax = annual == null ? null : annual.max();
		this.visaSponsorship = details.visaSponsorship();
		this.relocation = details.relocation();
		this.skills = new LinkedHashSet<>(details.skills());
		this.applyUrl = details.applyUrl();
		this.applyEmail = details.applyEmail();
		this.applyMethod = details.applyMethod();
	}

	private long getIdOrZero() {
		return id == null ? 0 : id;
	}

	/**
	 * The events of this change, published once it is saved: an event registered before
	 * the job's first save learns its id here.
	 */
	@Override
	@DomainEvents
	protected Collection<Object> domainEvents() {
		return super.domainEvents().stream().map(this::withId).toList();
	}

	private Object withId(Object event) {
		if (id == null) {
			return event;
		}
		return switch (event) {
			case JobPublished published when published.jobId() == 0 -> new JobPublished(id, published.slug());
			case JobExpired expired when expired.jobId() == 0 -> new JobExpired(id, expired.slug());
			default -> event;
		};
	}

	public Long getId() {
		if (id == null) {
			throw new IllegalStateException("The job has not been saved yet");
		}
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public Company getCompany() {
		return company;
	}

	public String getTitle() {
		return title;
	}

	public String getDescriptionMarkdown() {
		return descriptionMarkdown;
	}

	/** The description as plain text, for the index and snippets. */
	public String getDescriptionText() {
		return SafeMarkdown.toText(descriptionMarkdown);
	}

	public WorkplaceType getWorkplaceType() {
		return workplaceType;
	}

	public EmploymentType getEmploymentType() {
		return employmentType;
	}

	public Seniority getSeniority() {
		return seniority;
	}

	public Optional<Salary> getSalary() {
		return Optional.ofNullable(salary);
	}

	/** The top of the pay range, per year in the reference currency. */
	public @Nullable BigDecimal getSalaryAnnualMax() {
		return salaryAnnualMax;
	}

	public @Nullable BigDecimal getSalaryAnnualMin() {
		return salaryAnnualMin;
	}

	public List<String> getRemoteCountries() {
		return Arrays.asList(remoteCountries);
	}

	public @Nullable Integer getTimezoneMin() {
		return timezoneMin;
	}

	public @Nullable Integer getTimezoneMax() {
		return timezoneMax;
	}

	public boolean isVisaSponsorship() {
		return visaSponsorship;
	}

	public boolean isRelocation() {
		return relocation;
	}

	/**
	 * Loads the locations and skills, a query each, while the job is still attached (a
	 * page shows them after its transaction).
	 */
	void loadDetails() {
		Hibernate.initialize(locations);
		Hibernate.initialize(skills);
	}

	public List<JobLocation> getLocations() {
		return List.copyOf(locations);
	}

	public Set<JobSkill> getSkills() {
		return Set.copyOf(skills);
	}

	/** Skill slugs, must-haves first. */
	public List<String> getSkillSlugs() {
		return skills.stream()
			.sorted((a, b) -> Boolean.compare(b.required(), a.required()))
			.map(JobSkill::skill)
			.toList();
	}

	/** The must-have skills' slugs (the search index reads them as a property). */
	public List<String> getRequiredSkillSlugs() {
		return getSkillSlugs(true);
	}

	/**
	 * The slugs of the must-have or of the nice-to-have skills, in alphabetical order.
	 */
	public List<String> getSkillSlugs(boolean required) {
		return skills.stream().filter(skill -> skill.required() == required).map(JobSkill::skill).sorted().toList();
	}

	public @Nullable String getApplyUrl() {
		return applyUrl;
	}

	public @Nullable String getApplyEmail() {
		return applyEmail;
	}

	/** How candidates apply: on Backboard, at the job's URL or by email. */
	public ApplyMethod getApplyMethod() {
		return ApplyMethod.derived(applyMethod, applyUrl);
	}

	/** When the job was first published; null until then. */
	public @Nullable Instant getPostedAt() {
		return postedAt;
	}

	/** Until when the job stays live; null until it is first published. */
	public @Nullable Instant getValidThrough() {
		return validThrough;
	}

	/** Whole days until the job expires, rounded up; zero when not live. */
	public long daysLeft(Instant now) {
		if (status != JobStatus.PUBLISHED || validThrough == null || !validThrough.isAfter(now)) {
			return 0;
		}
		return (Duration.between(now, validThrough).toSeconds() + 86_399) / 86_400;
	}

	/** The moderator's reason, while the job is a rejected draft. */
	public @Nullable String getRejectionReason() {
		return rejectionReason;
	}

	public @Nullable Instant getSubmittedAt() {
		return submittedAt;
	}

	public @Nullable Instant getExpiryWarnedAt() {
		return expiryWarnedAt;
	}

	public Instant getCreatedAt() {
		return createdAt;
	}

	/** Whether the job's status allows the action, e.g. for the buttons a page shows. */
	public boolean can(JobAction action) {
		return action.allowedFrom(status);
	}

	/**
	 * Whether anyone may see the job's page: it has been published and is not back in
	 * review or a draft.
	 */
	public boolean isPublic() {
		return postedAt != null && switch (status) {
			case PUBLISHED, EXPIRED, FILLED, CLOSED -> true;
			case DRAFT, PENDING_PAYMENT, IN_REVIEW -> false;
		};
	}

	public JobStatus getStatus() {
		return status;
	}

	public boolean isPublished() {
		return status == JobStatus.PUBLISHED;
	}

	public boolean isFeatured() {
		return featured;
	}

	public @Nullable Instant getFeaturedUntil() {
		return featuredUntil;
	}

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public int getVersion() {
		return version;
	}

}
