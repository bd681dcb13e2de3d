package dev.backboard.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.Locale;

import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * The best sentence of a job's description with the search's words marked, for the
 * embedded index's result cards.
 * <p>
 * Lucene's unified highlighter finds the words by analysing the description again, as the
 * index analysed it. Set to match term by term (no phrase positions, no weighted
 * matches), it filters the analysis' tokens against the query's terms, where the engine's
 * own highlighter first builds a one-document index of every description it marks. A
 * phrase's words are then marked wherever they stand. Everything else is HTML-escaped.
 */
final class Snippets {

	private final UnifiedHighlighter highlighter;

	private final Query words;

	/** The words of the query to mark; only its terms on the description count. */
	Snippets(Query words) {
		this.words = words;
		this.highlighter = UnifiedHighlighter.builderWithoutSearcher(TextAnalysis.englishAnalyzer())
			.withFormatter(new HtmlEscaping())
			.withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
			.withMaxNoHighlightPassages(0)
			.withHighlightPhrasesStrictly(false)
			.withWeightMatches(false)
			.withPassageRelevancyOverSpeed(false)
			.withHandleMultiTermQuery(true)
			.build();
	}

	/**
	 * The description's best sentence with the words marked, or null if none is there.
	 */
	@Nullable String of(@Nullable String description) {
		if (description == null || description.isEmpty()) {
			return null;
		}
		try {
			Object snippet = highlighter.highlightWithoutSearcher(JobFields.DESCRIPTION, words, description, 1);
			return snippet == null ? null : snippet.toString().strip();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Marks with {@code <mark>} and escapes the rest as the engine's highlighter does,
	 * where the default formatter would escape every space and punctuation mark.
	 */
	private static final class HtmlEscaping extends DefaultPassageFormatter {

		HtmlEscaping() {
			super("<mark>", "</mark>", "… ", false);
		}

		@Override
		protected void append(StringBuilder dest, String content, int start, int end) {
			dest.append(SimpleHTMLEncoder.htmlEncode(content.substring(start, end)));
		}

	}

}
