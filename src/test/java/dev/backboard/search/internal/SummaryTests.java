package dev.backboard.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

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

	@Test
	void readsALongTextOnlyAsFarAsItsSummaryNeedsWithTheSameResultAsReadingItAll() throws IOException {
		List<String> texts = new ArrayList<>(postings());
		// Runs of spaces, tabs, line breaks of every kind, punctuation and a character
		// outside the basic plane, long enough for every read length.
		String[] pieces = { "word", "x", ".", "!", ",", " ", "  ", "\t", "\n", "\r\n", "\r", "\n\n   ", "\u2003",
				"\u0085", "\u2028", "\uD83D\uDE00", " ".repeat(300), "\n".repeat(200) };
		Random random = new Random(7);
		for (int i = 0; i < 3000; i++) {
			StringBuilder text = new StringBuilder();
			int length = random.nextInt(5000);
			while (text.length() < length) {
				text.append(pieces[random.nextInt(pieces.length)]);
			}
			texts.add(text.toString());
		}

		for (String text : texts) {
			assertThat(Summary.of(text)).as(text).isEqualTo(readingItAll(text));
		}
	}

	private static String readingItAll(String text) {
		String flat = text.strip().replaceAll("([^.!?:;,\\s])[ \\t]*\\R+\\s*", "$1. ").replaceAll("\\s+", " ");
		if (flat.length() <= Summary.LENGTH) {
			return flat;
		}
		int cut = flat.lastIndexOf(' ', Summary.LENGTH);
		return flat.substring(0, cut > 0 ? cut : Summary.LENGTH) + "…";
	}

	private static List<String> postings() throws IOException {
		try (InputStream in = SummaryTests.class.getResourceAsStream("/dev/backboard/skills/labeled-postings.txt")) {
			return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n### "));
		}
	}

}
