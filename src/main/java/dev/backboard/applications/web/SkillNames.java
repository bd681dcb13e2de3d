package dev.backboard.applications.web;

import java.util.List;
import java.util.stream.Collectors;

import dev.backboard.skills.Skill;
import dev.backboard.skills.Taxonomy;

/**
 * Skill slugs as the names people read, for the pipeline's pages.
 */
public final class SkillNames {

	private final Taxonomy taxonomy;

	SkillNames(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	public String of(List<String> slugs) {
		return slugs.stream()
			.map(slug -> taxonomy.bySlug(slug).map(Skill::name).orElse(slug))
			.collect(Collectors.joining(", "));
	}

}
