package dev.backboard.search;

import org.junit.jupiter.api.Test;

import dev.backboard.jobs.WorkplaceType;

import static org.assertj.core.api.Assertions.assertThat;

class JobQueryTests {

	@Test
	void writesItsParametersAsAQueryString() {
		JobQuery query = JobQuery.builder()
			.q("event sourcing")
			.skills("go", "postgresql")
			.workplace(WorkplaceType.REMOTE)
			.salaryMin(90_000)
			.currency("EUR")
			.page(2)
			.build();

		assertThat(query.toQueryString()).isEqualTo(
				"q=event+sourcing&skills=go&skills=postgresql&workplace=REMOTE&salaryMin=90000&currency=EUR&page=2");
	}

	@Test
	void togglesAFacetValueAndGoesBackToTheFirstPage() {
		JobQuery query = JobQuery.builder().workplace(WorkplaceType.REMOTE).page(3).build();

		assertThat(query.toggle("workplace", "HYBRID").toQueryString()).isEqualTo("workplace=REMOTE&workplace=HYBRID");
		assertThat(query.toggle("workplace", "REMOTE").toQueryString()).isEmpty();
	}

	@Test
	void togglesASingleValuedParameterBetweenValueAndNothing() {
		JobQuery query = JobQuery.builder().postedWithin(7).build();

		assertThat(query.toggle("postedWithin", "3").toQueryString()).isEqualTo("postedWithin=3");
		assertThat(query.toggle("postedWithin", "7").toQueryString()).isEmpty();
	}

	@Test
	void replacesASingleValuedParameter() {
		JobQuery query = JobQuery.builder().postedWithin(7).build();

		assertThat(query.with("postedWithin", "3").toQueryString()).isEqualTo("postedWithin=3");
		assertThat(query.with("postedWithin", null).toQueryString()).isEmpty();
	}

	@Test
	void dropsBlankAndRepeatedValues() {
		JobQuery query = new JobQuery("  ", java.util.Arrays.asList("go", " go ", "", null), null, null, " ", null,
				null, null, null, null, null, null, null, null, null, null, null);

		assertThat(query.q()).isNull();
		assertThat(query.skills()).containsExactly("go");
		assertThat(query.near()).isNull();
		assertThat(query.pageOrDefault()).isEqualTo(1);
		assertThat(query.sizeOrDefault()).isEqualTo(JobQuery.DEFAULT_SIZE);
	}

}
