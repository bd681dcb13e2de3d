package dev.backboard.jobs;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface JobRepository extends JpaRepository<Job, Long> {

	/**
	 * A job and its company, in one row. Its locations and skills are left to a query
	 * each (see {@link Job#loadDetails()}): joined here, every row of their product would
	 * carry the whole job, description included, again. Written as a query rather than an
	 * entity graph, so that Hibernate translates it to SQL once instead of on every page
	 * view.
	 */
	@Query("select j from Job j join fetch j.company where j.slug = :slug")
	Optional<Job> findBySlug(String slug);

	@EntityGraph(attributePaths = { "company", "locations", "skills" })
	Optional<Job> findWithDetailsById(Long id);

	long countByStatus(JobStatus status);

	@EntityGraph(attributePaths = { "company", "locations" })
	List<Job> findByCompanyIdAndStatusOrderByPostedAtDesc(Long companyId, JobStatus status, Limit limit);

	List<Job> findByStatusAndIdGreaterThanOrderByIdAsc(JobStatus status, Long afterId, Limit limit);

	@Query("""
			select new dev.backboard.jobs.JobLink(j.slug, j.updatedAt) from Job j
			where j.status = :status order by j.id""")
	List<JobLink> findLinksByStatus(JobStatus status, Pageable page);

	@Query("""
			select new dev.backboard.jobs.JobSummary(j.id, j.title, c.name, j.slug, j.postedAt)
			from Job j join j.company c where j.id in :ids and j.status = :status""")
	List<JobSummary> findSummaries(Collection<Long> ids, JobStatus status);

	@Query("""
			select distinct c.slug from Job j join j.company c
			where j.status = :status order by c.slug""")
	List<String> findCompanySlugsByStatus(JobStatus status);

	List<Job> findByStatusAndValidThroughBefore(JobStatus status, Instant now, Limit limit);

	List<Job> findByFeaturedTrueAndFeaturedUntilBefore(Instant now, Limit limit);

	Page<Job> findByCompanyIdOrderByCreatedAtDescIdDesc(Long companyId, Pageable page);

	Page<Job> findByCompanyIdAndStatusOrderByCreatedAtDescIdDesc(Long companyId, JobStatus status, Pageable page);

	@EntityGraph(attributePaths = "company")
	Page<Job> findByStatusOrderBySubmittedAtAscIdAsc(JobStatus status, Pageable page);

	@EntityGraph(attributePaths = "company")
	List<Job> findByStatusAndValidThroughBetweenAndExpiryWarnedAtIsNullOrderByValidThroughAsc(JobStatus status,
			Instant from, Instant to, Limit limit);

}
