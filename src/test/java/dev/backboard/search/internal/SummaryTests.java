package dev.backboard.search.internal;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SummaryTests {

	@Test
	void endsHeadingsLikeSentencesWhenLinesAreJoined() {
		assertThat(Summary.of("About us\nPinecone builds insurance software.\n\nThe team\nSix engineers."))
			.isEqualTo("About us. Pinecone builds insurance software. The team. Six engineers.");
	}

	@Test
	void cutsLongTextAtAWord() {
		String summary = Summary.of("word ".repeat(100));

		assertThat(summary).hasSizeLessThanOrEqualTo(Summary.LENGTH + 1).endsWith("word…");
	}

}
