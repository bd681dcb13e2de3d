package dev.backboard.search.internal;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Locale;

import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.highlight.SimpleHTMLEncoder;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.jspecify.annotations.Nullable;

/**
 * The best sentence of a job's description with the search's words marked, for the
 * embedded index's result cards.
 * <p>
 * Lucene's unified highlighter, set as the engine's, finds the words where the index
 * keeps them: the description's term vectors hold each word's position and offsets, so no
 * description is analysed again per hit (a segment written without them is analysed, as
 * the index analysed it). It is given the query's words alone, where the engine's
 * highlighter is given the whole query. Everything else is HTML-escaped.
 */
final class Snippets {

	private final UnifiedHighlighter highlighter;

	private final Query words;

	/**
	 * The words of the query to mark, in the documents of this searcher; only its terms
	 * on the description count.
	 */
	Snippets(IndexSearcher searcher, Query words) {
		this.words = words;
		this.highlighter = UnifiedHighlighter.builder(searcher, TextAnalysis.englishAnalyzer())
			.withFormatter(new HtmlEscaping())
			.withBreakIterator(() -> BreakIterator.getSentenceInstance(Locale.ROOT))
			.withMaxNoHighlightPassages(0)
			.build();
	}

	/**
	 * Each document's best sentence of its description with the words marked, or null
	 * where none is there.
	 */
	@Nullable String[] of(int[] docs) throws IOException {
		String[] snippets = highlighter
			.highlightFields(new String[] { JobFields.DESCRIPTION }, words, docs, new int[] { 1 })
			.get(JobFields.DESCRIPTION);
		for (int i = 0; i < snippets.length; i++) {
			snippets[i] = snippets[i] == null ? null : snippets[i].strip();
		}
		return snippets;
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
