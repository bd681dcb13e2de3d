package dev.backboard.jobs;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
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
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.jspecify.annotations.Nullable;

import dev.backboard.companies.Company;
import dev.backboard.core.SafeMarkdown;
import dev.backboard.core.Slugs;

import org.springframework.data.domain.AbstractAggregateRoot;

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

	private Instant postedAt;

	private Instant validThrough;

	@Enumerated(EnumType.STRING)
	private JobStatus status;

	private boolean featured;

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

	@SuppressWarnings("NullAway.Init")
	protected Job() {
	}

	private Job(Company company, String slug, Instant now, Duration validity) {
		this.company = company;
		this.slug = slug;
		this.status = JobStatus.PUBLISHED;
		this.postedAt = now;
		this.validThrough = now.plus(validity);
		this.createdAt = now;
		this.updatedAt = now;
		this.remoteCountries = new String[0];
		this.title = "";
		this.descriptionMarkdown = "";
		this.workplaceType = WorkplaceType.ONSITE;
		this.employmentType = EmploymentType.FULL_TIME;
		this.seniority = Seniority.MID;
	}

	static Job publish(Company company, JobDetails details, @Nullable AnnualSalary annual, Instant now,
			Duration validity, String slugSuffix) {
		Job job = new Job(company, Slugs.of(details.title() + " " + company.getName()) + "-" + slugSuffix, now,
				validity);
		job.apply(details, annual);
		job.registerEvent(new JobPublished(job.getIdOrZero(), job.slug));
		return job;
	}

	void revise(JobDetails details, @Nullable AnnualSalary annual, Instant now) {
		apply(details, annual);
		this.updatedAt = now;
	}

	/**
	 * Takes the job out of search once its valid-through date has passed.
	 * @return whether it expired now
	 */
	boolean expireIfDue(Instant now) {
		if (status != JobStatus.PUBLISHED || validThrough.isAfter(now)) {
			return false;
		}
		this.status = JobStatus.EXPIRED;
		this.updatedAt = now;
		registerEvent(new JobExpired(getIdOrZero(), slug));
		return true;
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
	}

	private long getIdOrZero() {
		return id == null ? 0 : id;
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

	/** The must-have skills' slugs. */
	public List<String> getRequiredSkillSlugs() {
		return skills.stream().filter(JobSkill::required).map(JobSkill::skill).toList();
	}

	public @Nullable String getApplyUrl() {
		return applyUrl;
	}

	public @Nullable String getApplyEmail() {
		return applyEmail;
	}

	public Instant getPostedAt() {
		return postedAt;
	}

	public Instant getValidThrough() {
		return validThrough;
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

	public Instant getUpdatedAt() {
		return updatedAt;
	}

	public int getVersion() {
		return version;
	}

}
