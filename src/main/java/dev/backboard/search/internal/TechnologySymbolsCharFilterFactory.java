package dev.backboard.search.internal;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.CharFilterFactory;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;

/**
 * Lucene's pattern replacement, run only on a text that contains the pattern's trigger:
 * the same output, without running a regular expression with look-behinds over every
 * description that names no such technology. Descriptions are analysed again for every
 * highlighted hit, so this is on a search's path.
 */
public final class RewriteCharFilterFactory extends CharFilterFactory {

	public static final String NAME = "backboardRewrite";

	private final Pattern pattern;

	private final String replacement;

	private final String trigger;

	public RewriteCharFilterFactory(Map<String, String> args) {
		super(args);
		this.pattern = Pattern.compile(require(args, "pattern"));
		this.replacement = get(args, "replacement", "");
		this.trigger = require(args, "trigger").toLowerCase(Locale.ROOT);
		if (!args.isEmpty()) {
			throw new IllegalArgumentException("Unknown parameters: " + args);
		}
	}

	/** For the service loader only. */
	public RewriteCharFilterFactory() {
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

	private final class Rewriting extends CharFilter {

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
				// Lower case can only make more texts pass, never fewer.
				output = all.toLowerCase(Locale.ROOT).contains(trigger)
						? new PatternReplaceCharFilter(pattern, replacement, new StringReader(all))
						: new StringReader(all);
			}
			return output.read(buffer, offset, length);
		}

		@Override
		protected int correct(int offset) {
			return output instanceof CharFilter rewritten ? rewritten.correctOffset(offset) : offset;
		}

	}

}
