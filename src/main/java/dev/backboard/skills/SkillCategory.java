package dev.backboard.skills;

/**
 * The shelf a skill sits on. The practices and fields ({@link SkillKind#PRACTICE}) share
 * one shelf; the technologies are spread over the others.
 */
public enum SkillCategory {

	LANGUAGE, FRAMEWORK, FRONTEND, MOBILE, DATABASE, DATA, MESSAGING, CLOUD, INFRASTRUCTURE, OBSERVABILITY, TOOL,
	PRACTICE

}
