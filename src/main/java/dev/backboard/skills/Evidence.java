package dev.backboard.skills;

import java.util.Locale;

/**
 * What a written form needs before it counts as a mention of its technology.
 */
enum Evidence {

	/** The form only ever means the technology ("PostgreSQL", "k8s"). */
	NONE,

	/**
	 * Written in its canonical case, the form means the technology ("REST", not "rest").
	 */
	CASE,

	/**
	 * The form is also an ordinary word ("Go", "Rust", "Spring"): it needs its canonical
	 * case and a cue, a role word or another technology close by.
	 */
	NEAR,

	/**
	 * The form is a common word or a first name ("Chef", "Ruby", "Make"): it needs a list
	 * of technologies or a cue right next to it.
	 */
	STRICT,

	/**
	 * The form names a practice or a field ("TDD", "Machine Learning"): it needs a word
	 * that asks for it ("experience with TDD"), the title, or a list of skills around it;
	 * an ambiguous form of it also needs its canonical case.
	 */
	PRACTICE;

	static Evidence parse(String cell) {
		return cell.isBlank() ? NONE : valueOf(cell.trim().toUpperCase(Locale.ROOT));
	}

}
