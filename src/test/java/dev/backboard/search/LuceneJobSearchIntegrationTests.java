package dev.backboard.search;

/**
 * The search suite on the embedded Lucene index.
 */
class LuceneJobSearchIntegrationTests extends JobSearchIntegrationTests {

}
