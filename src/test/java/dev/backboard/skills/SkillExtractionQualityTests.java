package dev.backboard.skills;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Measures the extractor against texts labelled by hand: short snippets full of traps for
 * ambiguous names, and whole postings in the styles real job boards carry. Part of the
 * postings is held out: written with the others, never looked at while tuning, and
 * reported on its own.
 */
class SkillExtractionQualityTests {

	private static final double PRECISION = 0.95;

	private static final double RECALL = 0.90;

	private final Taxonomy taxonomy = new Taxonomy();

	private final SkillExtractor extractor = new SkillExtractor(taxonomy);

	@Test
	void findsSkillsInSnippetsWithHighPrecisionAndRecall() throws IOException {
		Score score = score("snippets", snippets());
		assertThat(score.precision()).as("precision; differences:%n%s", score.differences())
			.isGreaterThanOrEqualTo(PRECISION);
		assertThat(score.recall()).as("recall; differences:%n%s", score.differences()).isGreaterThanOrEqualTo(RECALL);
	}

	@Test
	void findsSkillsInWholePostingsWithHighPrecisionAndRecall() throws IOException {
		List<Labelled> postings = postings();
		score("postings, tuning part", postings.stream().filter(Predicate.not(Labelled::heldOut)).toList());
		score("postings, held-out part", postings.stream().filter(Labelled::heldOut).toList());
		Score score = score("postings, all", postings);
		assertThat(postings).hasSizeGreaterThanOrEqualTo(60);
		assertThat(score.precision()).as("precision; differences:%n%s", score.differences())
			.isGreaterThanOrEqualTo(PRECISION);
		assertThat(score.recall()).as("recall; differences:%n%s", score.differences()).isGreaterThanOrEqualTo(RECALL);
	}

	@Test
	void labelsOnlySkillsOfTheTaxonomy() throws IOException {
		List<Labelled> all = new ArrayList<>(snippets());
		all.addAll(postings());
		assertThat(all).flatMap(Labelled::expected)
			.allSatisfy((slug) -> assertThat(taxonomy.bySlug(slug)).as(slug).isPresent());
	}

	private Score score(String name, List<Labelled> texts) {
		Map<String, int[]> byShelf = new TreeMap<>();
		Score score = new Score(new int[3], new ArrayList<>());
		for (Labelled text : texts) {
			Set<String> extracted = extractor.extract(text.title(), text.text());
			Set<String> all = new LinkedHashSet<>(extracted);
			all.addAll(text.expected());
			for (String slug : all) {
				int[] counts = byShelf.computeIfAbsent(shelf(slug), (key) -> new int[3]);
				int found = extracted.contains(slug) ? 1 : 0;
				int expected = text.expected().contains(slug) ? 1 : 0;
				for (int[] tally : List.of(counts, score.counts())) {
					tally[0] += found;
					tally[1] += found * expected;
					tally[2] += expected;
				}
			}
			if (!extracted.equals(text.expected())) {
				score.differences().add(text.title() + ": expected " + text.expected() + ", found " + extracted);
			}
		}
		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "Skill extraction, %s (%d texts): %s%n", name, texts.size(),
				figures(score.counts())));
		byShelf.forEach(
				(shelf, counts) -> report.append(String.format(Locale.ROOT, "  %-32s %s%n", shelf, figures(counts))));
		System.out.print(report);
		return score;
	}

	// A skill's kind and category, as "TECHNOLOGY/DATABASE"
	private String shelf(String slug) {
		return taxonomy.bySlug(slug).map((skill) -> skill.kind() + "/" + skill.category()).orElse("UNKNOWN");
	}

	private static String figures(int[] counts) {
		return String.format(Locale.ROOT, "precision %.2f, recall %.2f (found %d, right %d, expected %d)",
				ratio(counts[1], counts[0]), ratio(counts[1], counts[2]), counts[0], counts[1], counts[2]);
	}

	private static double ratio(int part, int whole) {
		return (whole == 0) ? 1.0 : (double) part / whole;
	}

	private static List<Labelled> snippets() throws IOException {
		return read("labeled-snippets.tsv").lines()
			.filter((line) -> !line.isBlank() && !line.startsWith("#"))
			.map(SkillExtractionQualityTests::snippet)
			.toList();
	}

	private static Labelled snippet(String line) {
		String[] cells = line.split("\t", -1);
		return new Labelled(cells[0], cells[1].replace("\\n", "\n"), slugs(cells[2]), false);
	}

	/**
	 * Postings are blocks that start with "### " and the title, then "part:" and
	 * "skills:" lines, then the text.
	 */
	private static List<Labelled> postings() throws IOException {
		List<Labelled> postings = new ArrayList<>();
		String content = read("labeled-postings.txt");
		for (String block : content.split("(?m)^### ")) {
			if (block.isBlank() || block.startsWith("#")) {
				continue;
			}
			String[] lines = block.split("\n", 4);
			assertThat(lines[1]).startsWith("part: ");
			assertThat(lines[2]).startsWith("skills:");
			String part = lines[1].substring("part: ".length()).trim();
			assertThat(part).isIn("tuning", "held-out");
			postings.add(new Labelled(lines[0].trim(), (lines.length > 3) ? lines[3] : "",
					slugs(lines[2].substring("skills:".length())), part.equals("held-out")));
		}
		return postings;
	}

	private static Set<String> slugs(String cell) {
		Set<String> slugs = new LinkedHashSet<>();
		Arrays.stream(cell.split(",")).map(String::trim).filter((slug) -> !slug.isEmpty()).forEach(slugs::add);
		return slugs;
	}

	private static String read(String resource) throws IOException {
		try (InputStream in = SkillExtractionQualityTests.class.getResourceAsStream(resource)) {
			assertThat(in).as(resource).isNotNull();
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

	private record Labelled(String title, String text, Set<String> expected, boolean heldOut) {
	}

	/**
	 * Counts of skills found, found rightly and expected, and the texts where the
	 * extractor and the labels differ.
	 */
	private record Score(int[] counts, List<String> differences) {

		double precision() {
			return ratio(counts[1], counts[0]);
		}

		double recall() {
			return ratio(counts[1], counts[2]);
		}

	}

}
