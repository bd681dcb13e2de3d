package dev.backboard.search;

import java.util.Optional;

import dev.backboard.skills.Skill;

/**
 * Lets a module that builds on search (market insights) add a line to each skill page,
 * without search depending on it.
 */
public interface SkillNotes {

	/** The line for this skill, or empty when there is nothing worth saying. */
	Optional<SkillNote> note(Skill skill);

}
