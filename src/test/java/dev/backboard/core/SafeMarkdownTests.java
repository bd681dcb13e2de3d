package dev.backboard.core;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SafeMarkdownTests {

	@Test
	void rendersMarkdownFormatting() {
		assertThat(SafeMarkdown.toHtml("We use **Go**.\n\n- Kafka\n- Redis")).contains("<strong>Go</strong>")
			.contains("<li>Kafka</li>");
	}

	@Test
	void dropsScriptsAndEventHandlers() {
		String html = SafeMarkdown.toHtml("<script>alert(1)</script>\n\n<img src=x onerror=alert(1)>\n\n"
				+ "<svg onload=alert(1)><circle/></svg>");

		assertThat(html).doesNotContain("<script", "onerror", "onload", "<svg", "alert(1)</script>");
	}

	@Test
	void neutralisesJavascriptLinks() {
		String html = SafeMarkdown.toHtml("[click](javascript:alert(1)) <a href=\"JaVaScRiPt:alert(2)\">x</a>");

		assertThat(html.toLowerCase()).doesNotContain("javascript:");
	}

	@Test
	void marksOutboundLinksNofollow() {
		assertThat(SafeMarkdown.toHtml("[site](https://example.com)")).contains("href=\"https://example.com\"")
			.contains("nofollow", "noopener", "noreferrer");
	}

	@Test
	void givesPlainTextForTheIndex() {
		assertThat(SafeMarkdown.toText("## Stack\n\n**Go** and *Kafka*")).contains("Stack")
			.contains("Go and Kafka")
			.doesNotContain("*", "#");
	}

}
