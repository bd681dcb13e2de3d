package dev.backboard.skills;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the extractor against postings labelled by hand, traps for ambiguous names
 * included.
 */
class SkillExtractionQualityTests {

	private final Taxonomy taxonomy = new Taxonomy();

	private final SkillExtractor extractor = new SkillExtractor(taxonomy);

	@Test
	void findsSkillsWithPrecisionAndRecallOfAtLeast90Percent() throws IOException {
		List<Snippet> snippets = snippets();
		int found = 0;
		int right = 0;
		int expected = 0;
		List<String> misses = new ArrayList<>();
		for (Snippet snippet : snippets) {
			Set<String> extracted = extractor.extract(snippet.title(), snippet.text());
			Set<String> hits = new LinkedHashSet<>(extracted);
			hits.retainAll(snippet.expected());
			found += extracted.size();
			right += hits.size();
			expected += snippet.expected().size();
			if (!extracted.equals(snippet.expected())) {
				misses.add(snippet.title() + ": expected " + snippet.expected() + ", found " + extracted);
			}
		}
		double precision = (double) right / found;
		double recall = (double) right / expected;
		System.out.printf(Locale.ROOT, "Skill extraction: precision %.2f, recall %.2f over %d snippets%n", precision,
				recall, snippets.size());
		assertThat(snippets).hasSizeGreaterThanOrEqualTo(120);
		assertThat(precision).as("precision; differences:%n%s", String.join("\n", misses)).isGreaterThanOrEqualTo(0.9);
		assertThat(recall).as("recall; differences:%n%s", String.join("\n", misses)).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void labelsOnlySkillsOfTheTaxonomy() throws IOException {
		assertThat(snippets()).flatMap(Snippet::expected)
			.allSatisfy((slug) -> assertThat(taxonomy.bySlug(slug)).as(slug).isPresent());
	}

	private static List<Snippet> snippets() throws IOException {
		try (InputStream in = SkillExtractionQualityTests.class.getResourceAsStream("labeled-snippets.tsv")) {
			assertThat(in).isNotNull();
			String content = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return content.lines()
				.filter((line) -> !line.isBlank() && !line.startsWith("#"))
				.map(Snippet::parse)
				.toList();
		}
	}

	private record Snippet(String title, String text, Set<String> expected) {

		static Snippet parse(String line) {
			String[] cells = line.split("\t", -1);
			Set<String> expected = new LinkedHashSet<>();
			Arrays.stream(cells[2].split(","))
				.map(String::trim)
				.filter((slug) -> !slug.isEmpty())
				.forEach(expected::add);
			return new Snippet(cells[0], cells[1].replace("\\n", "\n"), expected);
		}

	}

}
