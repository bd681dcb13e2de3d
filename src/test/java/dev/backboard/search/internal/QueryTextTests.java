package dev.backboard.search.internal;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.backboard.search.internal.QueryText.Clause;

import static org.assertj.core.api.Assertions.assertThat;

class QueryTextTests {

	@Test
	void splitsWordsIntoClausesThatMustAllMatch() {
		assertThat(QueryText.parse("go  postgres ").groups()).containsExactly(List.of(word("go")),
				List.of(word("postgres")));
	}

	@Test
	void keepsQuotedPhrasesTogether() {
		assertThat(QueryText.parse("\"event sourcing\" java").groups())
			.containsExactly(List.of(new Clause("event sourcing", true)), List.of(word("java")));
	}

	@Test
	void readsAMinusAsAnExclusion() {
		QueryText text = QueryText.parse("kubernetes -php -\"on call\"");

		assertThat(text.groups()).containsExactly(List.of(word("kubernetes")));
		assertThat(text.exclusions()).containsExactly(word("php"), new Clause("on call", true));
	}

	@Test
	void joinsAlternativesWithOr() {
		assertThat(QueryText.parse("rust OR go OR zig remote").groups())
			.containsExactly(List.of(word("rust"), word("go"), word("zig")), List.of(word("remote")));
	}

	@Test
	void treatsStrayOperatorsAsNothingRatherThanFailing() {
		assertThat(QueryText.parse("OR - \"\" \"unclosed").groups())
			.containsExactly(List.of(new Clause("unclosed", true)));
		assertThat(QueryText.parse("c++ node.js").groups()).containsExactly(List.of(word("c++")),
				List.of(word("node.js")));
	}

	private static Clause word(String text) {
		return new Clause(text, false);
	}

}
