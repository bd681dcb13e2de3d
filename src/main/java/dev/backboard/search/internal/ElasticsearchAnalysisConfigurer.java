package dev.backboard.search.internal;

import org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurationContext;

/**
 * The analyzers of {@link JobAnalysisConfigurer} for OpenSearch: the same names, the same
 * tokenizer and filters in the same order, so that both backends find the same jobs. Keep
 * the two in step.
 */
public class ElasticsearchAnalysisConfigurer
		implements org.hibernate.search.backend.elasticsearch.analysis.ElasticsearchAnalysisConfigurer {

	private static final String ENGLISH_POSSESSIVE = "english_possessive";

	private static final String AUTOCOMPLETE_EDGE_NGRAM = "autocomplete_edge_ngram";

	private static final String[] TECHNOLOGY_SYMBOLS = java.util.stream.IntStream
		.range(0, JobAnalysisConfigurer.TECHNOLOGY_SYMBOLS.size())
		.mapToObj(i -> "technology_symbols_" + i)
		.toArray(String[]::new);

	@Override
	public void configure(ElasticsearchAnalysisConfigurationContext context) {
		technologySymbols(context);
		english(context);
		exact(context);
		context.analyzer(JobAnalysisConfigurer.MENTIONS).custom().tokenizer("whitespace");
		autocomplete(context);
		autocompleteQuery(context);
		lowercase(context);
	}

	/** One pattern_replace char filter per rewrite, named after its position. */
	private static void technologySymbols(ElasticsearchAnalysisConfigurationContext context) {
		for (int i = 0; i < TECHNOLOGY_SYMBOLS.length; i++) {
			JobAnalysisConfigurer.Rewrite rewrite = JobAnalysisConfigurer.TECHNOLOGY_SYMBOLS.get(i);
			context.charFilter(TECHNOLOGY_SYMBOLS[i])
				.type("pattern_replace")
				.param("pattern", rewrite.pattern())
				.param("replacement", rewrite.replacement());
		}
	}

	private static void english(ElasticsearchAnalysisConfigurationContext context) {
		context.analyzer(JobAnalysisConfigurer.ENGLISH)
			.custom()
			.tokenizer("standard")
			.charFilters(TECHNOLOGY_SYMBOLS)
			// Lucene's "stop" without a word list and OpenSearch's "stop" both use the
			// same
			// English stop words
			.tokenFilters(ENGLISH_POSSESSIVE, "lowercase", "asciifolding", "stop", "porter_stem");
		context.tokenFilter(ENGLISH_POSSESSIVE).type("stemmer").param("language", "possessive_english");
	}

	private static void exact(ElasticsearchAnalysisConfigurationContext context) {
		context.analyzer(JobAnalysisConfigurer.EXACT)
			.custom()
			.tokenizer("standard")
			.charFilters(TECHNOLOGY_SYMBOLS)
			.tokenFilters(ENGLISH_POSSESSIVE, "lowercase", "asciifolding");
	}

	private static void autocomplete(ElasticsearchAnalysisConfigurationContext context) {
		context.analyzer(JobAnalysisConfigurer.AUTOCOMPLETE)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding", AUTOCOMPLETE_EDGE_NGRAM);
		context.tokenFilter(AUTOCOMPLETE_EDGE_NGRAM).type("edge_ngram").param("min_gram", 1).param("max_gram", 20);
	}

	private static void autocompleteQuery(ElasticsearchAnalysisConfigurationContext context) {
		context.analyzer(JobAnalysisConfigurer.AUTOCOMPLETE_QUERY)
			.custom()
			.tokenizer("standard")
			.tokenFilters("lowercase", "asciifolding");
	}

	private static void lowercase(ElasticsearchAnalysisConfigurationContext context) {
		context.normalizer(JobAnalysisConfigurer.LOWERCASE).custom().tokenFilters("lowercase", "asciifolding");
	}

}
