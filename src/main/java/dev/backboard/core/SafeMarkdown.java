package dev.backboard.core;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.commonmark.renderer.text.TextContentRenderer;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;
import org.owasp.html.Sanitizers;

/**
 * Markdown written by users, rendered to HTML that is safe to show: an allowlist
 * sanitizer runs after rendering, so raw HTML, scripts, event handlers and
 * {@code javascript:} links written in the Markdown come out inert.
 */
public final class SafeMarkdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

	private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();

	private static final TextContentRenderer TEXT = TextContentRenderer.builder().build();

	private static final PolicyFactory POLICY = Sanitizers.FORMATTING.and(Sanitizers.BLOCKS)
		.and(Sanitizers.TABLES)
		.and(new HtmlPolicyBuilder().allowElements("a", "pre", "code", "hr")
			.allowUrlProtocols("https", "http", "mailto")
			.allowAttributes("href")
			.onElements("a")
			.requireRelsOnLinks("nofollow", "noopener", "noreferrer")
			.toFactory());

	private SafeMarkdown() {
	}

	public static String toHtml(String markdown) {
		return POLICY.sanitize(HTML.render(PARSER.parse(markdown)));
	}

	/**
	 * HTML from elsewhere (an ATS posting) as a description: sanitized by the same
	 * allowlist, then kept as one raw HTML block (no blank lines, no indentation), so
	 * that the Markdown renderer passes it through instead of reading it as Markdown.
	 */
	public static String fromHtml(String html) {
		String safe = POLICY.sanitize(html);
		StringBuilder block = new StringBuilder("<div>");
		safe.lines()
			.map(String::strip)
			.filter(line -> !line.isEmpty())
			.forEach(line -> block.append('\n').append(line));
		return block.append("\n</div>").toString();
	}

	public static String toText(String markdown) {
		return TEXT.render(PARSER.parse(markdown)).strip();
	}

}
