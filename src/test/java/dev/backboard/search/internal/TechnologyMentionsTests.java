package dev.backboard.search.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TechnologyMentionsTests {

	@Test
	void aNameOfSeveralWordsIsOneMentionEachTimeItIsWritten() {
		assertThat(TechnologyMentions.in("We run Spring Boot services; spring-boot experience is a plus."))
			.containsExactly("spring-boot", "spring-boot");
	}

	@Test
	void aNameMustStandWordForWord() {
		assertThat(TechnologyMentions.in("Spring bootcamp, a springboard, Boot Spring")).isEmpty();
	}

	@Test
	void namesThatAreOrdinaryWordsAreNotMentions() {
		assertThat(TechnologyMentions.in("Go to the spring fair")).isEmpty();
	}

	@Test
	void aliasesAndNamesWrittenWithSymbolsAreMentions() {
		// "Node.js" is analysed as "node nodejs": its name and its alias.
		assertThat(TechnologyMentions.in("C++ and C# on .NET, Node.js, k8s and Postgres")).containsExactly("cpp",
				"csharp", "dotnet", "nodejs", "nodejs", "kubernetes", "postgresql");
	}

	@Test
	void everyNameWrittenCountsAsInPhraseSearchesLongerAndShorterOnesAlike() {
		// "Spring Data" and its alias "Spring Data JPA", and JPA.
		assertThat(TechnologyMentions.in("Spring Data JPA")).containsExactlyInAnyOrder("spring-data", "spring-data",
				"jpa");
	}

	@Test
	void noTextNoMentions() {
		assertThat(TechnologyMentions.in(null)).isEmpty();
		assertThat(TechnologyMentions.in("  ")).isEmpty();
		assertThat(TechnologyMentions.ALONE.toIndexedValue("Plain words only", null)).isNull();
		assertThat(TechnologyMentions.WITH_WORDS.toIndexedValue("Plain words only", null)).isNull();
	}

	@Test
	void aDescriptionIndexesItsMentionsAloneAndATitleBesideItsWords() {
		assertThat(TechnologyMentions.ALONE.toIndexedValue("Kafka, and more Kafka", null)).isEqualTo("@kafka @kafka");
		assertThat(TechnologyMentions.WITH_WORDS.toIndexedValue("Kafka Engineer (Spring Boot)", null))
			.isEqualTo("kafka engineer spring boot @kafka @spring-boot");
	}

	/**
	 * The index holds what the names were when each job was indexed, and an OpenSearch
	 * cluster is rebuilt only for a newer mapping version.
	 */
	@Test
	void aChangeToTheTaxonomysNamesComesWithANewMappingVersion() {
		assertThat(SearchIndexInitializer.MAPPING_VERSION + "/" + TechnologyMentions.FINGERPRINT)
			.as("the taxonomy's names changed: bump SearchIndexInitializer.MAPPING_VERSION and this pin")
			.isEqualTo("7/d0aca8d4");
	}

}
