package dev.backboard.skills;

/**
 * Whether a skill is a technology one installs, calls or writes in (Kafka, Go), or a
 * practice or field one works by (TDD, Machine Learning). Search offers each kind its own
 * facet; the extractor asks more evidence of practices, which company blurbs name in
 * passing.
 */
public enum SkillKind {

	TECHNOLOGY, PRACTICE

}
