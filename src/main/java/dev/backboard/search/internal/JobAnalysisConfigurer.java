package dev.backboard.search.internal;

import java.util.List;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;
import org.hibernate.search.backend.lucene.analysis.model.dsl.LuceneAnalysisOptionalComponentsStep;

/**
 * The analyzers of the job index: English stemming for text, the words as written for
 * technology names, edge n-grams for the search box's suggestions, and a case-folding
 * normalizer for keywords.
 */
public class JobAnalysisConfigurer implements LuceneAnalysisConfigurer {

	static final String ENGLISH = "english";

	static final String EXACT = "exact";

	/**
	 * Words and technology entries as {@link TechnologyMentions} writes them: split on
	 * spaces, nothing else.
	 */
	static final String MENTIONS = "mentions";

	static final String AUTOCOMPLETE = "autocomplete";

	static final String AUTOCOMPLETE_QUERY = "autocomplete_query";

	static final String LOWERCASE = "lowercase";

	/**
	 * Rewrites, in this order, of the symbols in technology names that the standard
	 * tokenizer would drop or glue, so that "C++", "C#" and "C" stay three words and
	 * "backbone" finds "Backbone.js". Both the index and the query go through them.
	 */
	public static final List<Rewrite> TECHNOLOGY_SYMBOLS = List.of(
			// ".NET" -> "dotnet"; "ASP.NET" stays one word.
			new Rewrite("(?<![\\p{L}\\p{N}.])\\.(?i:net)\\b", "dotnet", ".net"),
			// "C++" -> "Cplusplus"; the space keeps "C++17" two words.
			new Rewrite("(?<=\\p{L})\\+\\+", "plusplus ", "++"),
			// "C#", "F#" -> "Csharp", "Fsharp"; a hashtag is left alone.
			new Rewrite("(?<![\\p{L}\\p{N}])(\\p{L})#", "$1sharp ", "#"),
			// "Node.js" -> "Node Nodejs": both "node" and "nodejs" match.
			new Rewrite("\\b(\\p{L}[\\p{L}\\p{N}]*)\\.(?i:js)\\b", "$1 $1js", ".js"));

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		withTechnologySymbols(context.analyzer(ENGLISH).custom().tokenizer("standard")).tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("stop")
			.tokenFilter("porterStem");
		withTechnologySymbols(context.analyzer(EXACT).custom().tokenizer("standard")).tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
		context.analyzer(MENTIONS).custom().tokenizer("whitespace");
		context.analyzer(AUTOCOMPLETE)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("edgeNGram")
			.param("minGramSize", "1")
			.param("maxGramSize", "20");
		context.analyzer(AUTOCOMPLETE_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding");
		context.normalizer(LOWERCASE).custom().tokenFilter("lowercase").tokenFilter("asciiFolding");
	}

	private static LuceneAnalysisOptionalComponentsStep withTechnologySymbols(
			LuceneAnalysisOptionalComponentsStep analyzer) {
		return analyzer.charFilter(TechnologySymbolsCharFilterFactory.class);
	}

	/**
	 * A Java regular expression and its replacement, as in
	 * {@link java.util.regex.Matcher#replaceAll(String)}, and the text, in lower case,
	 * that every match contains.
	 */
	public record Rewrite(String pattern, String replacement, String trigger) {
	}

}
