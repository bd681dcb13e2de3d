package dev.backboard.search;

/**
 * The technology names on the embedded Lucene index.
 */
class LuceneTechnologyQueryIntegrationTests extends TechnologyQueryIntegrationTests {

}
