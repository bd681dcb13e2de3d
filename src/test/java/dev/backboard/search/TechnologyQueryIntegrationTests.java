package dev.backboard.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.backboard.companies.Company;
import dev.backboard.companies.CompanyRepository;
import dev.backboard.jobs.JobService;
import dev.backboard.jobs.JobSkill;
import dev.backboard.jobs.Seniority;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.internal.SearchIndexInitializer;
import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.SampleJobs;
import dev.backboard.support.SearchIndexSync;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Searching by the technology names candidates type, over postings that write them the
 * way real ones do. A context of its own: it publishes a job for every name and alias of
 * the taxonomy. Run on both backends.
 */
@IntegrationTest
@TestPropertySource(properties = "backboard.test.context=technologies")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class TechnologyQueryIntegrationTests {

	@Autowired
	JobSearch search;

	@Autowired
	JobService jobs;

	@Autowired
	CompanyRepository companies;

	@Autowired
	Taxonomy taxonomy;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	SearchIndexInitializer searchIndex;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	private final Map<String, String> slugs = new LinkedHashMap<>();

	/** For every name and alias: the company and the job that writes it. */
	private final List<Posting> everyName = new ArrayList<>();

	private long company;

	@BeforeAll
	void publish() {
		transactions.executeWithoutResult(status -> {
			company = companies.save(new Company("Stackhouse", null, null, Instant.now())).getId();
			publish("rails", "Backend Engineer (Ruby on Rails)", "Our Ruby on Rails monolith serves millions.", "rails",
					"ruby");
			publish("head", "Head of Engineering", "Lead twelve engineers building payment rails.", "kubernetes");
			publish("fullstack", "Full-stack Developer", "JavaScript and Python, every day.", "javascript", "python");
			publish("c", "Embedded Developer (C)", "Firmware written in C for medical devices.", "c");
			publish("cpp", "C++ Engineer", "Low-latency trading systems in modern C++.", "cpp");
			publish("csharp", "C# Developer", "Services in C# on .NET 8.", "csharp", "dotnet");
			publish("objc", "iOS Engineer (Objective-C)", "Maintain our Objective-C app.", "objective-c");
			publish("c-level", "Engineering Manager",
					"You report to the C-level and present to the board. Our services run on AWS.", "aws");
			publish("quant", "Quant Developer", "Research in Python, an execution engine in C++.", "python");
			publish("node", "Node.js Developer", "APIs in Node.js and TypeScript.", "nodejs", "typescript");
			publish("backbone", "Frontend Engineer", "Maintain a single-page app written with Backbone.js.",
					"javascript");
			publish("bootstrap", "Frontend Developer", "Responsive pages with Bootstrap and Sass.", "bootstrap", "css");
			publish("bootstrapped", "Founding Engineer",
					"We are a bootstrapped company, profitable since day one. Python on AWS.", "python", "aws");
			publish("rest", "API Engineer", "Design REST APIs for our partners.", "rest-api", "java");
			publish("rest-of-team", "Data Engineer",
					"You build the pipelines; the rest of the team owns the dashboards.", "python", "airflow");
			publish("spring", "Java Engineer", "Spring and Hibernate services for insurers.", "java", "spring",
					"hibernate");
			publish("spring-season", "Support Engineer", "Join us this spring for our busy season on Linux.", "linux");
			publish("swift", "iOS Engineer", "Server-side Swift with Vapor.", "swift");
			publish("swift-feedback", "Support Lead", "We value swift responses to customers on Linux.", "linux");
			publish("go", "Go Developer", "Services in Go on PostgreSQL.", "go", "postgresql");
			publish("go-verb", "Customer Success Lead",
					"Be the go-to person for our clients and go above and beyond. Salesforce and SQL.", "sql");
			publishEveryName();
		});
		SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);
	}

	@Test
	void ignoresStopWordsInQueries() {
		assertThat(found("ruby on rails")).contains(slug("rails"));
		assertThat(found("head of engineering")).contains(slug("head"));
		assertThat(found("javascript and python")).contains(slug("fullstack"));
	}

	@Test
	void tellsCFromCPlusPlusCSharpAndObjectiveC() {
		assertThat(found("c")).contains(slug("c"))
			.doesNotContain(slug("cpp"), slug("csharp"), slug("objc"), slug("c-level"), slug("quant"));
		assertThat(found("c++")).contains(slug("cpp"), slug("quant"))
			.doesNotContain(slug("c"), slug("csharp"), slug("objc"), slug("c-level"));
		assertThat(found("c#")).contains(slug("csharp"))
			.doesNotContain(slug("c"), slug("cpp"), slug("objc"), slug("c-level"), slug("quant"));
		assertThat(found("objective-c")).contains(slug("objc")).doesNotContain(slug("c"), slug("cpp"));
	}

	@Test
	void findsNamesWithDots() {
		assertThat(found(".net")).contains(slug("csharp")).doesNotContain(slug("node"));
		assertThat(found("node.js")).contains(slug("node"));
		assertThat(found("nodejs")).contains(slug("node"));
		assertThat(found("backbone.js")).contains(slug("backbone"));
		assertThat(found("backbone")).contains(slug("backbone"));
	}

	@Test
	void findsTheTechnologyNotAWordOfTheSameStem() {
		assertThat(found("bootstrap")).contains(slug("bootstrap")).doesNotContain(slug("bootstrapped"));
		assertThat(found("rest")).contains(slug("rest")).doesNotContain(slug("rest-of-team"));
		assertThat(found("spring")).contains(slug("spring")).doesNotContain(slug("spring-season"));
		assertThat(found("swift")).contains(slug("swift")).doesNotContain(slug("swift-feedback"));
	}

	@Test
	void readsGoAsTheLanguageAndSaysSo() {
		JobSearchResult result = search.search(JobQuery.builder().q("go").size(100).build());

		assertThat(slugs(result)).contains(slug("go")).doesNotContain(slug("go-verb"));
		assertThat(result.interpretation()).containsExactly("\"go\" as the technology Go");
	}

	@Test
	void findsAJobByEveryNameAndAliasOfEveryTechnology() {
		List<String> misses = new ArrayList<>();
		for (Posting posting : everyName) {
			JobSearchResult result = search
				.search(JobQuery.builder().q(posting.form()).company(posting.company()).size(100).build());
			if (!slugs(result).contains(posting.job())) {
				misses.add(posting.form());
			}
		}
		assertThat(everyName).hasSizeGreaterThan(taxonomy.all().size());
		assertThat(misses).as("names and aliases that miss the job naming them").isEmpty();
	}

	/**
	 * A job per name and alias, at a company per technology. A posting tagged with the
	 * technology when the name is also an ordinary word (the extractor needs evidence for
	 * those); otherwise tagged with another one, so that the text alone must match.
	 */
	private void publishEveryName() {
		List<Skill> skills = taxonomy.all();
		for (int i = 0; i < skills.size(); i++) {
			Skill skill = skills.get(i);
			Skill other = skills.get((i + 1) % skills.size());
			Company employer = companies.save(new Company("Employer " + skill.slug(), null, null, Instant.now()));
			List<String> forms = new ArrayList<>(List.of(skill.name()));
			forms.addAll(skill.aliases());
			for (String form : forms) {
				String tag = taxonomy.isAmbiguous(form) ? skill.slug() : other.slug();
				String job = jobs
					.publish(employer.getId(), SampleJobs
						.job("Backend Engineer", "Day to day you will work with " + form + " in production.",
								WorkplaceType.REMOTE, List.of(), Seniority.MID, null, List.of(new JobSkill(tag, true)))
						.build())
					.getSlug();
				everyName.add(new Posting(form, employer.getSlug(), job));
			}
		}
	}

	private void publish(String key, String title, String description, String... skills) {
		List<JobSkill> tags = java.util.Arrays.stream(skills).map(skill -> new JobSkill(skill, true)).toList();
		slugs.put(key, jobs.publish(company,
				SampleJobs.job(title, description, WorkplaceType.REMOTE, List.of(), Seniority.MID, null, tags).build())
			.getSlug());
	}

	private List<String> found(String q) {
		return slugs(search.search(JobQuery.builder().q(q).size(100).build()));
	}

	private String slug(String key) {
		return slugs.get(key);
	}

	private static List<String> slugs(JobSearchResult result) {
		return result.hits().stream().map(JobHit::slug).toList();
	}

	private record Posting(String form, String company, String job) {
	}

}
