package dev.backboard.search.internal;

import java.io.IOException;
import java.util.Arrays;

import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Snippets marked from the description's term vectors, as the embedded index keeps them,
 * and from a segment written without them, whose descriptions are analysed again: both
 * mark the same words.
 */
class SnippetsTests {

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void marksEveryFormOfAWordInTheSentenceWhereItStands(boolean termVectors) throws IOException {
		assertThat(marked(termVectors, description("hospitals"),
				"We are a small team. Our software runs in hospitals; a hospital never sleeps. Apply now."))
			.containsExactly("Our software runs in <mark>hospitals</mark>; a <mark>hospital</mark> never sleeps.");
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void marksTechnologyNamesWrittenWithSymbols(boolean termVectors) throws IOException {
		assertThat(marked(termVectors, description(".NET"), "We write .NET and ASP.NET."))
			.containsExactly("We write <mark>.NET</mark> and ASP.NET.");
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void marksAPhraseWhereItsWordsStandTogetherAndWordsTypedWithATypo(boolean termVectors) throws IOException {
		Query words = new BooleanQuery.Builder()
			.add(new PhraseQuery(JobFields.DESCRIPTION, "distribut", "system"), Occur.SHOULD)
			.add(new FuzzyQuery(new Term(JobFields.DESCRIPTION, "kafak")), Occur.SHOULD)
			.build();

		assertThat(marked(termVectors, words, "Distributed systems with Kafka.", "Systems, distributed or not."))
			.containsExactly("<mark>Distributed systems</mark> with <mark>Kafka</mark>.", null);
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void escapesTheDescriptionAroundTheMarks(boolean termVectors) throws IOException {
		assertThat(marked(termVectors, description("kafka"), "Kafka & <script>alert(\"x\")</script>"))
			.containsExactly("<mark>Kafka</mark> &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;&#x2F;script&gt;");
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void marksEachDocumentInTheOrderAsked(boolean termVectors) throws IOException {
		assertThat(marked(termVectors, description("kafka"), "We use RabbitMQ.", "We use Kafka.", "", "Kafka!"))
			.containsExactly(null, "We use <mark>Kafka</mark>.", null, "<mark>Kafka</mark>!");
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void leavesOutWordsThatMatchedAnotherField(boolean termVectors) throws IOException {
		assertThat(marked(termVectors, new TermQuery(new Term(JobFields.TITLE, "kafka")), "We use Kafka."))
			.containsExactly((String) null);
	}

	/**
	 * The descriptions indexed as the embedded index does (analysed, stored, with or
	 * without term vectors), marked in reverse order of the documents.
	 */
	private static String[] marked(boolean termVectors, Query words, String... descriptions) throws IOException {
		FieldType type = new FieldType();
		type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
		type.setTokenized(true);
		type.setStored(true);
		type.setStoreTermVectors(termVectors);
		type.setStoreTermVectorPositions(termVectors);
		type.setStoreTermVectorOffsets(termVectors);
		try (Directory directory = new ByteBuffersDirectory();
				IndexWriter writer = new IndexWriter(directory,
						new IndexWriterConfig(TextAnalysis.englishAnalyzer()))) {
			for (String description : descriptions) {
				Document document = new Document();
				document.add(new Field(JobFields.DESCRIPTION, description, type));
				writer.addDocument(document);
			}
			writer.commit();
			try (DirectoryReader reader = DirectoryReader.open(directory)) {
				int[] docs = new int[descriptions.length];
				Arrays.setAll(docs, i -> descriptions.length - 1 - i);
				String[] snippets = new Snippets(new IndexSearcher(reader), words).of(docs);
				String[] inDocumentOrder = new String[snippets.length];
				Arrays.setAll(inDocumentOrder, i -> snippets[descriptions.length - 1 - i]);
				return inDocumentOrder;
			}
		}
	}

	/** The word as a search for it reaches the description. */
	private static Query description(String word) {
		return new TermQuery(new Term(JobFields.DESCRIPTION, TextAnalysis.english(word).distinct().get(0)));
	}

}
