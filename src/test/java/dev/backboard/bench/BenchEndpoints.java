package dev.backboard.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.persistence.EntityManagerFactory;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.search.mapper.orm.Search;
import org.hibernate.search.mapper.orm.massindexing.MassIndexer;

import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.core.BackboardProperties;
import dev.backboard.jobs.EmploymentType;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobDetails;
import dev.backboard.jobs.JobLocation;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.SearchProperties;
import dev.backboard.search.internal.FacetCounter;
import dev.backboard.search.internal.ResultCache;
import dev.backboard.search.internal.SegmentFacetCounter;

import org.springframework.context.annotation.Profile;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What the harness needs from inside the application: a trivial endpoint for the web
 * stack's ceiling, a way to publish a job (the employer API comes later), and process
 * figures.
 */
@RestController
@RequestMapping("/bench")
@Profile("bench")
class BenchEndpoints {

	private final JobService jobs;

	private final CompanyRepository companies;

	private final BackboardProperties properties;

	private final FacetCounter facetCounter;

	private final ResultCache resultCache;

	private final SearchProperties search;

	private final EntityManagerFactory entityManagerFactory;

	BenchEndpoints(JobService jobs, CompanyRepository companies, BackboardProperties properties,
			FacetCounter facetCounter, ResultCache resultCache, SearchProperties search,
			EntityManagerFactory entityManagerFactory) {
		this.search = search;
		this.entityManagerFactory = entityManagerFactory;
		this.jobs = jobs;
		this.companies = companies;
		this.properties = properties;
		this.facetCounter = facetCounter;
		this.resultCache = resultCache;
	}

	/**
	 * Indexes the jobs from an id on, leaving the others in the index: finishes a first
	 * fill of a large index that was interrupted, without starting it over.
	 */
	@PostMapping("/index-from")
	Map<String, Object> indexFrom(@RequestParam long id) throws InterruptedException {
		long started = System.nanoTime();
		try (Session session = entityManagerFactory.unwrap(SessionFactory.class).openSession()) {
			MassIndexer indexer = Search.session(session)
				.massIndexer(Job.class)
				.purgeAllOnStart(false)
				.mergeSegmentsOnFinish(false);
			indexer.type(Job.class).reindexOnly("e.id >= :from").param("from", id);
			indexer.startAndWait();
		}
		return Map.of("fromId", id, "seconds", (System.nanoTime() - started) / 1e9);
	}

	/**
	 * Turns the result cache off (forgetting what it kept) or on, to measure searches
	 * computed in full beside repeated ones in the same run.
	 */
	@PostMapping("/result-cache")
	Map<String, Object> resultCache(@RequestParam boolean enabled) {
		resultCache.enable(enabled);
		return Map.of("enabled", enabled, "kept", resultCache.size());
	}

	@GetMapping("/ping")
	Map<String, String> ping() {
		return Map.of("status", "ok");
	}

	/**
	 * Publishes a job carrying a unique marker word that search can then be polled for.
	 */
	@PostMapping("/publish")
	Map<String, Object> publish() {
		String marker = "zq" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		Company company = companies.findBySlug("bench-freshness")
			.orElseGet(() -> companies.save(new Company("Bench Freshness", null, null, Instant.now())));
		Job job = jobs.publish(company.getId(),
				new JobDetails("Backend Engineer " + marker, "Services in Go and PostgreSQL. Marker " + marker + ".",
						List.of(new JobLocation("Berlin", "Berlin", "DE", 52.52, 13.405)), WorkplaceType.HYBRID,
						List.of(), null, null, EmploymentType.FULL_TIME, Seniority.MID, null, false, false,
						List.of(new JobSkill("go", true)), "https://bench.example/apply", null));
		return Map.of("marker", marker, "slug", job.getSlug(), "publishedAt", Instant.now().toString());
	}

	/**
	 * Peak resident memory of this process, the size of the search index on disk, and
	 * which facet counter runs with how much memory for its structures.
	 */
	@GetMapping("/process")
	Map<String, Object> process() throws IOException {
		long peakRssKb = 0;
		Path status = Path.of("/proc/self/status");
		if (Files.exists(status)) {
			for (String line : Files.readAllLines(status)) {
				if (line.startsWith("VmHWM:")) {
					peakRssKb = Long.parseLong(line.replaceAll("\\D", ""));
				}
			}
		}
		return Map.of("pid", ProcessHandle.current().pid(), "peakRssBytes", peakRssKb * 1024, "maxHeapBytes",
				Runtime.getRuntime().maxMemory(), "indexBytes", size(properties.dataDir().resolve("index")), "cores",
				Runtime.getRuntime().availableProcessors(), "facetCounter", facetCounter.getClass().getSimpleName(),
				"backend", search.backend().name().toLowerCase(Locale.ROOT), "facetStructureBytes",
				facetCounter instanceof SegmentFacetCounter segments ? segments.ramBytesUsed() : 0);
	}

	/**
	 * CPU time this process has used so far, all its threads together; read on its own,
	 * so that taking the figure adds no work to what it measures.
	 */
	@GetMapping("/cpu")
	Map<String, Long> cpu() {
		return Map.of("cpuNanos", ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L));
	}

	private static long size(Path directory) {
		if (!Files.isDirectory(directory)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).mapToLong(file -> {
				try {
					return Files.size(file);
				}
				catch (IOException ex) {
					throw new UncheckedIOException(ex);
				}
			}).sum();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
