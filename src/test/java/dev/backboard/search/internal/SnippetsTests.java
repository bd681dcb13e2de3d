package dev.backboard.search.internal;

import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SnippetsTests {

	@Test
	void marksEveryFormOfAWordInTheSentenceWhereItStands() {
		Snippets snippets = new Snippets(description("hospitals"));

		assertThat(
				snippets.of("We are a small team. Our software runs in hospitals; a hospital never sleeps. Apply now."))
			.isEqualTo("Our software runs in <mark>hospitals</mark>; a <mark>hospital</mark> never sleeps.");
	}

	@Test
	void marksTechnologyNamesWrittenWithSymbols() {
		Snippets snippets = new Snippets(description(".NET"));

		assertThat(snippets.of("We write .NET and ASP.NET.")).isEqualTo("We write <mark>.NET</mark> and ASP.NET.");
	}

	@Test
	void marksTheWordsOfAPhraseAndWordsTypedWithATypo() {
		Query words = new BooleanQuery.Builder()
			.add(new PhraseQuery(JobFields.DESCRIPTION, "distribut", "system"), Occur.SHOULD)
			.add(new FuzzyQuery(new Term(JobFields.DESCRIPTION, "kafak")), Occur.SHOULD)
			.build();

		assertThat(new Snippets(words).of("Distributed systems with Kafka."))
			.isEqualTo("<mark>Distributed</mark> <mark>systems</mark> with <mark>Kafka</mark>.");
	}

	@Test
	void escapesTheDescriptionAroundTheMarks() {
		Snippets snippets = new Snippets(description("kafka"));

		assertThat(snippets.of("Kafka & <script>alert(\"x\")</script>"))
			.isEqualTo("<mark>Kafka</mark> &amp; &lt;script&gt;alert(&quot;x&quot;)&lt;&#x2F;script&gt;");
	}

	@Test
	void hasNoSnippetWhenTheDescriptionHasNoneOfTheWords() {
		Snippets snippets = new Snippets(description("kafka"));

		assertThat(snippets.of("We use RabbitMQ.")).isNull();
		assertThat(snippets.of("")).isNull();
		assertThat(snippets.of(null)).isNull();
	}

	@Test
	void leavesOutWordsThatMatchedAnotherField() {
		Snippets snippets = new Snippets(new TermQuery(new Term(JobFields.TITLE, "kafka")));

		assertThat(snippets.of("We use Kafka.")).isNull();
	}

	/** The word as a search for it reaches the description. */
	private static Query description(String word) {
		return new TermQuery(new Term(JobFields.DESCRIPTION, TextAnalysis.english(word).distinct().get(0)));
	}

}
