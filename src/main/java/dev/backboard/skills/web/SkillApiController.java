package dev.backboard.skills.web;

import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import dev.backboard.skills.Skill;
import dev.backboard.skills.SkillCategory;
import dev.backboard.skills.Taxonomy;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The tech-stack taxonomy over JSON, for pickers and integrators.
 */
@RestController
@RequestMapping("/api/v1/skills")
@Tag(name = "Jobs")
class SkillApiController {

	private final Taxonomy taxonomy;

	SkillApiController(Taxonomy taxonomy) {
		this.taxonomy = taxonomy;
	}

	@GetMapping
	@Operation(operationId = "listSkills", summary = "List the skills of the taxonomy that search understands")
	List<Skill> skills(@RequestParam(required = false) @Nullable SkillCategory category,
			@RequestParam(required = false) @Nullable String prefix) {
		String lower = prefix == null ? null : prefix.toLowerCase(Locale.ROOT);
		// rare skills are left out of the full list, not out of a search by name
		List<Skill> skills = (lower == null) ? taxonomy.all() : taxonomy.everySkill();
		return skills.stream()
			.filter(skill -> category == null || skill.category() == category)
			.filter(skill -> lower == null || skill.name().toLowerCase(Locale.ROOT).startsWith(lower)
					|| skill.aliases().stream().anyMatch(alias -> alias.toLowerCase(Locale.ROOT).startsWith(lower)))
			.toList();
	}

}
