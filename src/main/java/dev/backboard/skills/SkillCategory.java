package dev.backboard.skills;

/**
 * The shelf a technology sits on.
 */
public enum SkillCategory {

	LANGUAGE, FRAMEWORK, DATABASE, MESSAGING, CLOUD, INFRASTRUCTURE, OBSERVABILITY, TOOL, PRACTICE

}
