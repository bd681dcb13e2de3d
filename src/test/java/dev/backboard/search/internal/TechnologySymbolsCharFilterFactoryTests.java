package dev.backboard.search.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.regex.Pattern;

import org.apache.lucene.analysis.CharFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceCharFilter;
import org.junit.jupiter.api.Test;

import dev.backboard.search.internal.JobAnalysisConfigurer.Rewrite;

import static org.assertj.core.api.Assertions.assertThat;

class TechnologySymbolsCharFilterFactoryTests {

	@Test
	void rewritesLikeLucenesPatternReplacementWithTheSameOffsets() throws IOException {
		List<String> texts = new ArrayList<>(List.of("We use C++17, C# and F# with .NET 8 and ASP.NET.",
				"Node.js, Vue.JS and Backbone.js on the front; #hashtag, a+b, ++i.", "Nothing to rewrite here.",
				"dotNET .Net .NETwork network.js js. .js", "", "Ünïcödé C# Ñode.js ſ.js", "C++ ".repeat(500),
				// A rewrite's output next to another's trigger.
				"a.j# x.J#s C#.js .j++ F#.NET .net# Node.js# ++.js"));
		texts.addAll(postings());

		for (String text : texts) {
			assertThat(rewritten(text, true)).as(text).isEqualTo(rewritten(text, false));
		}
	}

	@Test
	void passesATextWithoutTheTriggerThrough() throws IOException {
		assertThat(rewritten("Python and Go, nothing else.", true).text()).isEqualTo("Python and Go, nothing else.");
	}

	private static Output rewritten(String text, boolean guarded) throws IOException {
		Reader reader = new StringReader(text);
		if (guarded) {
			reader = new TechnologySymbolsCharFilterFactory(new HashMap<>()).create(reader);
		}
		else {
			for (Rewrite rewrite : JobAnalysisConfigurer.TECHNOLOGY_SYMBOLS) {
				reader = new PatternReplaceCharFilter(Pattern.compile(rewrite.pattern()), rewrite.replacement(),
						reader);
			}
		}
		StringBuilder out = new StringBuilder();
		char[] buffer = new char[100];
		for (int read = reader.read(buffer); read != -1; read = reader.read(buffer)) {
			out.append(buffer, 0, read);
		}
		CharFilter filter = (CharFilter) reader;
		List<Integer> offsets = new ArrayList<>();
		for (int offset = 0; offset <= out.length(); offset++) {
			offsets.add(filter.correctOffset(offset));
		}
		return new Output(out.toString(), offsets);
	}

	private static List<String> postings() throws IOException {
		try (InputStream in = TechnologySymbolsCharFilterFactoryTests.class
			.getResourceAsStream("/dev/backboard/skills/labeled-postings.txt")) {
			return List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n### "));
		}
	}

	private record Output(String text, List<Integer> offsets) {
	}

}
