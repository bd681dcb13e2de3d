package dev.backboard.search;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.persistence.EntityManagerFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.backboard.jobs.Job;
import dev.backboard.jobs.WorkplaceType;
import dev.backboard.search.internal.SearchIndexInitializer;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.SampleJobs;
import dev.backboard.support.SearchIndexSync;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
abstract class JobSearchIntegrationTests {

	@Autowired
	SearchIndexInitializer searchIndex;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@BeforeEach
	void indexIsUpToDate() {
		SearchIndexSync.awaitUpToDate(searchIndex, jdbc, entityManagerFactory);
	}

	@Autowired
	JobSearch search;

	@Autowired
	SampleJobs samples;

	@Test
	void findsGoJobsWhenSearchingForTheAliasGolang() {
		JobSearchResult result = search.search(JobQuery.builder().q("golang").build());

		assertThat(slugs(result)).containsExactlyInAnyOrder(slug("go-remote-eu"), slug("go-remote-anywhere"));
		assertThat(result.interpretation()).containsExactly("\"golang\" as Go");
	}

	@Test
	void toleratesTyposInTechnologyNames() {
		assertThat(slugs(search.search(JobQuery.builder().q("postgress").build()))).contains(slug("java-munich"),
				slug("python-london"));
		assertThat(slugs(search.search(JobQuery.builder().q("kubernets").build()))).contains(slug("sre-paris-contract"),
				slug("rust-san-francisco"));
	}

	@Test
	void fallsBackToSimilarSpellingsWhenNothingMatchesExactly() {
		JobSearchResult result = search.search(JobQuery.builder().q("hospitls").build());

		assertThat(slugs(result)).containsExactly(slug("java-munich"));
		assertThat(result.interpretation()).anyMatch(note -> note.contains("similar spellings"));
	}

	@Test
	void matchesQuotedPhrasesOnly() {
		assertThat(slugs(search.search(JobQuery.builder().q("\"event sourcing\"").build())))
			.containsExactly(slug("java-munich"));
	}

	@Test
	void excludesTermsWithAMinus() {
		List<String> slugs = slugs(search.search(JobQuery.builder().q("postgresql -django").build()));

		assertThat(slugs).contains(slug("java-munich")).doesNotContain(slug("python-london"));
	}

	@Test
	void joinsAlternativesWithOr() {
		assertThat(slugs(search.search(JobQuery.builder().q("rust OR django").build())))
			.containsExactlyInAnyOrder(slug("rust-san-francisco"), slug("python-london"));
	}

	@Test
	void requiresAllSelectedSkills() {
		assertThat(slugs(search.search(JobQuery.builder().skills("java", "kafka").build())))
			.containsExactly(slug("java-potsdam-no-salary"));
	}

	@Test
	void acceptsSkillAliasesAsFilters() {
		assertThat(slugs(search.search(JobQuery.builder().skills("k8s").build()))).contains(slug("go-remote-anywhere"));
	}

	@Test
	void findsJobsWithinARadiusOfACity() {
		List<String> slugs = slugs(search.search(JobQuery.builder().near("Berlin").radius(50).build()));

		assertThat(slugs).contains(slug("go-remote-eu"), slug("java-potsdam-no-salary"))
			.doesNotContain(slug("java-munich"));
	}

	@Test
	void findsRemoteJobsOpenToACountry() {
		List<String> fromGermany = slugs(search.search(JobQuery.builder().remoteFrom("DE").build()));
		List<String> fromFrance = slugs(search.search(JobQuery.builder().remoteFrom("FR").build()));

		assertThat(fromGermany).containsExactlyInAnyOrder(slug("go-remote-eu"), slug("go-remote-anywhere"));
		assertThat(fromFrance).containsExactly(slug("go-remote-anywhere"));
	}

	@Test
	void filtersOnAnnualizedSalaryInTheChosenCurrency() {
		// 600-700 EUR a day is 156,000-182,000 EUR a year; 80,000-100,000 EUR a year is
		// below.
		List<String> slugs = slugs(search.search(JobQuery.builder().salaryMin(150_000).currency("EUR").build()));

		assertThat(slugs).contains(slug("sre-paris-contract"), slug("rust-san-francisco"))
			.doesNotContain(slug("go-remote-eu"), slug("java-potsdam-no-salary"));
	}

	@Test
	void facetCountsIgnoreTheirOwnSelectionAndHonourTheOthers() {
		JobSearchResult result = search
			.search(JobQuery.builder().workplace(WorkplaceType.REMOTE).country("DE").build());

		Map<String, Long> workplace = counts(result, "workplace");
		Map<String, Long> country = counts(result, "country");
		// Workplace counts ignore workplace=REMOTE but honour country=DE.
		assertThat(workplace).containsEntry("REMOTE", 1L).containsEntry("ONSITE", 2L).containsEntry("HYBRID", 1L);
		// Country counts ignore country=DE but honour workplace=REMOTE.
		assertThat(country).containsEntry("DE", 1L).doesNotContainKey("GB");
		assertThat(result.total()).isEqualTo(1);
		assertThat(result.facets()
			.stream()
			.filter(f -> f.parameter().equals("workplace"))
			.findFirst()
			.orElseThrow()
			.values()).filteredOn(FacetValue::selected).extracting(FacetValue::value).containsExactly("REMOTE");
	}

	@Test
	void countsSkillsOfTheMatchingJobs() {
		Map<String, Long> skills = counts(search.search(JobQuery.builder().q("golang").build()), "skills");

		assertThat(skills).containsEntry("go", 2L).containsEntry("kubernetes", 1L).doesNotContainKey("java");
	}

	@Test
	void filtersOnPostingAge() {
		List<String> slugs = slugs(search.search(JobQuery.builder().postedWithin(3).build()));

		assertThat(slugs).contains(slug("go-remote-eu"), slug("rust-san-francisco"))
			.doesNotContain(slug("java-munich"), slug("node-new-york"));
	}

	@Test
	void sortsByHighestSalaryWithUnpaidJobsLast() {
		List<String> slugs = slugs(search.search(JobQuery.builder().sort(SearchSort.SALARY).size(100).build()));

		assertThat(slugs.get(0)).isEqualTo(slug("rust-san-francisco"));
		assertThat(slugs.indexOf(slug("java-potsdam-no-salary"))).isGreaterThan(slugs.indexOf(slug("java-munich")));
	}

	@Test
	void sortsByNewest() {
		List<String> slugs = slugs(search.search(JobQuery.builder().sort(SearchSort.NEWEST).size(100).build()));

		assertThat(slugs.indexOf(slug("rust-san-francisco"))).isLessThan(slugs.indexOf(slug("go-remote-eu")));
		assertThat(slugs.indexOf(slug("python-london"))).isLessThan(slugs.indexOf(slug("node-new-york")));
	}

	@Test
	void sortsByNewestPageByPageWhenThePageReachesBackDaysOrWeeks() {
		// Kestrel Health's jobs are a day, a week and ten days old.
		String company = samples.get("rust-san-francisco").getCompany().getSlug();
		JobQuery.Builder newest = JobQuery.builder().company(company).sort(SearchSort.NEWEST).size(2);

		assertThat(slugs(search.search(newest.build()))).containsExactly(slug("rust-san-francisco"),
				slug("java-potsdam-no-salary"));
		assertThat(slugs(search.search(newest.page(2).build()))).containsExactly(slug("java-munich"));
	}

	@Test
	void runsAQueryOverTheJobsChangedSinceAnInstant() {
		JobQuery golang = JobQuery.builder().q("golang").build();
		List<Job> goJobs = List.of(samples.get("go-remote-eu"), samples.get("go-remote-anywhere"));

		for (Job job : goJobs) {
			Instant since = job.getUpdatedAt();
			assertThat(search.matchingChangedSince(golang, since, 100)).as("changed since %s", since)
				.containsExactlyInAnyOrderElementsOf(goJobs.stream()
					.filter(other -> !other.getUpdatedAt().isBefore(since))
					.map(Job::getId)
					.toList());
		}
		assertThat(search.matchingChangedSince(golang, Instant.now().plus(Duration.ofDays(3650)), 100)).isEmpty();
	}

	@Test
	void highlightsMatchesInSnippets() {
		JobHit hit = search.search(JobQuery.builder().q("hospitals").build()).hits().get(0);

		assertThat(hit.snippet()).contains("<mark>hospitals</mark>");
	}

	@Test
	void paginates() {
		JobSearchResult first = search.search(JobQuery.builder().size(2).build());
		JobSearchResult second = search.search(JobQuery.builder().size(2).page(2).build());

		assertThat(first.hits()).hasSize(2);
		assertThat(first.hasNext()).isTrue();
		assertThat(slugs(second)).doesNotContainAnyElementsOf(slugs(first));
	}

	@Test
	void suggestsSkillsTitlesCompaniesAndPlaces() {
		assertThat(search.suggest("kube", 5)).extracting(Suggestion::label).contains("Kubernetes");
		assertThat(search.suggest("lum", 5)).extracting(Suggestion::label).contains("Lumen Labs");
		assertThat(search.suggest("muni", 5)).extracting(Suggestion::label).contains("Munich");
		assertThat(search.suggest("staf", 5)).extracting(Suggestion::label).contains("Staff Engineer");
	}

	@Test
	void refusesARadiusWithoutAPlace() {
		assertThatThrownBy(() -> search.search(JobQuery.builder().radius(30).build())).isInstanceOf(InvalidSearch.class)
			.extracting("parameter")
			.isEqualTo("radius");
	}

	@Test
	void refusesUnknownSkillsAndPlaces() {
		assertThatThrownBy(() -> search.search(JobQuery.builder().skills("cobolt").build()))
			.isInstanceOf(InvalidSearch.class)
			.extracting("parameter")
			.isEqualTo("skills");
		assertThatThrownBy(() -> search.search(JobQuery.builder().near("Atlantis").build()))
			.isInstanceOf(InvalidSearch.class)
			.extracting("parameter")
			.isEqualTo("near");
	}

	private String slug(String key) {
		return samples.get(key).getSlug();
	}

	private static List<String> slugs(JobSearchResult result) {
		return result.hits().stream().map(JobHit::slug).toList();
	}

	private static Map<String, Long> counts(JobSearchResult result, String parameter) {
		return result.facets()
			.stream()
			.filter(facet -> facet.parameter().equals(parameter))
			.findFirst()
			.orElseThrow()
			.values()
			.stream()
			.collect(Collectors.toMap(FacetValue::value, FacetValue::count));
	}

}
