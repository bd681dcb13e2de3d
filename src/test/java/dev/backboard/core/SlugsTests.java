package dev.backboard.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SlugsTests {

	@Test
	void makesReadableAsciiSlugs() {
		assertThat(Slugs.of("Senior Engineer, Payments (Go) – Zürich")).isEqualTo("senior-engineer-payments-go-zurich");
	}

	@Test
	void keepsTechnologyNamesWithSymbolsApart() {
		assertThat(Slugs.of("C++ or C# on .NET")).isEqualTo("cpp-or-csharp-on-dotnet");
	}

	@Test
	void neverReturnsAnEmptySlugOrAnOverlongOne() {
		assertThat(Slugs.of("!!!")).isEqualTo("n-a");
		assertThat(Slugs.of("word ".repeat(40))).hasSizeLessThanOrEqualTo(80).doesNotEndWith("-");
	}

}
