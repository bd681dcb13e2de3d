package dev.backboard.search.internal;

import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurationContext;
import org.hibernate.search.backend.lucene.analysis.LuceneAnalysisConfigurer;

/**
 * The analyzers of the job index: English stemming for text, edge n-grams for the search
 * box's suggestions, and a case-folding normalizer for keywords.
 */
public class JobAnalysisConfigurer implements LuceneAnalysisConfigurer {

	static final String ENGLISH = "english";

	static final String AUTOCOMPLETE = "autocomplete";

	static final String AUTOCOMPLETE_QUERY = "autocomplete_query";

	static final String LOWERCASE = "lowercase";

	@Override
	public void configure(LuceneAnalysisConfigurationContext context) {
		context.analyzer(ENGLISH)
			.custom()
			.tokenizer("standard")
			.tokenFilter("englishPossessive")
			.tokenFilter("lowercase")
			.tokenFilter("asciiFolding")
			.tokenFilter("stop")
			.tokenFilter("porterStem");
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

}
