package dev.backboard.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The index's two text analyses, run in this process: words as the index stores them, so
 * that a new job's text can be compared with saved searches without the index. The same
 * chains as {@link JobAnalysisConfigurer}'s {@code english} and {@code exact}; a test
 * holds them to the index's own analyzers.
 */
public final class TextAnalysis {

	private static final Analyzer ENGLISH = build(true);

	private static final Analyzer EXACT = build(false);

	private TextAnalysis() {
	}

	/** The same chain as the index's {@code english} analyzer. */
	static Analyzer englishAnalyzer() {
		return ENGLISH;
	}

	/** The text's words as the index's {@code english} analyzer leaves them. */
	public static Words english(String text) {
		return analyze(ENGLISH, text);
	}

	/** The text's words as the index's {@code exact} analyzer leaves them. */
	public static Words exact(String text) {
		return analyze(EXACT, text);
	}

	/** The text's words as the given analyzer leaves them. */
	public static Words analyze(Analyzer analyzer, String text) {
		List<String> positions = new ArrayList<>();
		try (TokenStream tokens = analyzer.tokenStream("text", text)) {
			CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
			PositionIncrementAttribute increment = tokens.addAttribute(PositionIncrementAttribute.class);
			tokens.reset();
			int position = -1;
			while (tokens.incrementToken()) {
				position += increment.getPositionIncrement();
				while (positions.size() < position) {
					positions.add(null);
				}
				if (positions.size() == position) {
					positions.add(term.toString());
				}
			}
			tokens.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return new Words(positions.toArray(String[]::new));
	}

	private static Analyzer build(boolean english) {
		try {
			CustomAnalyzer.Builder builder = CustomAnalyzer.builder().withTokenizer("standard");
			builder.addCharFilter(TechnologySymbolsCharFilterFactory.class, new HashMap<>());
			builder.addTokenFilter("englishPossessive").addTokenFilter("lowercase").addTokenFilter("asciiFolding");
			if (english) {
				builder.addTokenFilter("stop").addTokenFilter("porterStem");
			}
			return builder.build();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Words by position; {@code null} where the analysis dropped a word (a stop word), as
	 * the index counts positions for phrases.
	 */
	public static final class Words {

		private final String[] positions;

		private final List<String> distinct;

		Words(String[] positions) {
			this.positions = positions;
			this.distinct = Arrays.stream(positions).filter(word -> word != null).distinct().toList();
		}

		/** The words by position; not to be changed. */
		String[] positions() {
			return positions;
		}

		public boolean isEmpty() {
			return distinct.isEmpty();
		}

		public List<String> distinct() {
			return distinct;
		}

		/** Whether the phrase's words stand here in its order, with its gaps. */
		public boolean containsPhrase(Words phrase) {
			String[] words = phrase.positions;
			int first = 0;
			while (first < words.length && words[first] == null) {
				first++;
			}
			if (first == words.length) {
				return false;
			}
			for (int start = 0; start + words.length - first <= positions.length; start++) {
				boolean all = true;
				for (int i = first; i < words.length && all; i++) {
					all = words[i] == null || words[i].equals(positions[start + i - first]);
				}
				if (all) {
					return true;
				}
			}
			return false;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Words words && Arrays.equals(positions, words.positions);
		}

		@Override
		public int hashCode() {
			return Arrays.hashCode(positions);
		}

		@Override
		public String toString() {
			return Arrays.toString(positions);
		}

	}

}
