package dev.backboard.jobs;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import dev.backboard.core.SafeMarkdown;

import org.springframework.stereotype.Component;

/**
 * A job's description as sanitized HTML. Rendering and sanitizing cost more than the rest
 * of a job page, so each node keeps the HTML of recently shown jobs; the key carries the
 * job's version, so an edit is never served stale and nodes need not agree on anything.
 */
@Component
public class DescriptionRenderer {

	private final Cache<String, String> html = Caffeine.newBuilder().maximumSize(20_000).build();

	public String html(Job job) {
		return html.get(job.getId() + ":" + job.getVersion(), key -> SafeMarkdown.toHtml(job.getDescriptionMarkdown()));
	}

}
