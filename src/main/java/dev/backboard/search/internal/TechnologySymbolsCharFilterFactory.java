package dev.backboard.search.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

import dev.backboard.search.internal.JobAnalysisConfigurer.Rewrite;

/**
 * The {@linkplain JobAnalysisConfigurer#TECHNOLOGY_SYMBOLS technology symbol rewrites} as
 * one character filter: the text is read once, and each rewrite runs as Lucene's pattern
 * replacement only when the text contains its trigger. The output and its offsets are
 * those of the replacements chained one after the other, without running regular
 * expressions with look-behinds over every description that names no such technology, or
 * copying the text once per rewrite. Descriptions are analysed again for every
 * highlighted hit, so this is on a search's path as well as on indexing's.
 */
public final class TechnologySymbolsCharFilterFactory extends CharFilterFactory {

	public static final String NAME = "backboardTechnologySymbols";

	private static final List<Compiled> REWRITES = JobAnalysisConfigurer.TECHNOLOGY_SYMBOLS.stream()
		.map(Compiled::new)
		.toList();

	public TechnologySymbolsCharFilterFactory(Map<String, String> args) {
		super(args);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	/** For the service loader only. */
	public TechnologySymbolsCharFilterFactory() {
		throw defaultCtorException();
	}

	@Override
	public Reader create(Reader input) {
		return new Rewriting(input);
	}

	@Override
	public Reader normalize(Reader input) {
		return create(input);
	}

	/**
	 * A rewrite and the text that any of its matches contains, ignoring case. No
	 * rewrite's output contains a trigger, nor can it remove a later one's match, so
	 * looking for every trigger in the original text decides as the chain would.
	 */
	private record Compiled(Pattern pattern, String replacement, String trigger) {

		Compiled(Rewrite rewrite) {
			this(Pattern.compile(rewrite.pattern()), rewrite.replacement(), rewrite.trigger());
		}

		boolean mayMatch(String text) {
			char first = trigger.charAt(0);
			for (int at = text.indexOf(first); at >= 0; at = text.indexOf(first, at + 1)) {
				if (text.regionMatches(true, at, trigger, 0, trigger.length())) {
					return true;
				}
			}
			return false;
		}

	}

	private static final class Rewriting extends CharFilter {

		private Reader output;

		Rewriting(Reader input) {
			super(input);
		}

		@Override
		public int read(char[] buffer, int offset, int length) throws IOException {
			if (output == null) {
				StringBuilder text = new StringBuilder();
				char[] chunk = new char[4096];
				for (int read = input.read(chunk); read != -1; read = input.read(chunk)) {
					text.append(chunk, 0, read);
				}
				String all = text.toString();
				Reader rewritten = new StringReader(all);
				for (Compiled rewrite : REWRITES) {
					if (rewrite.mayMatch(all)) {
						rewritten = new PatternReplaceCharFilter(rewrite.pattern(), rewrite.replacement(), rewritten);
					}
				}
				output = rewritten;
			}
			return output.read(buffer, offset, length);
		}

		@Override
		protected int correct(int offset) {
			return output instanceof CharFilter rewritten ? rewritten.correctOffset(offset) : offset;
		}

	}

}
