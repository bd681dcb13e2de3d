package dev.backboard.skills;

/**
 * A place where a passage names a skill, before it is known whether it counts.
 *
 * @param term the form found
 * @param passage where
 * @param start the index of its first character
 * @param end the index after its last character
 */
record Mention(Term term, Passage passage, int start, int end) {

	Skill skill() {
		return term.skill();
	}

	SkillRules rules() {
		return term.rules();
	}

	/**
	 * Whether it is written in the canonical case of its ambiguous form, as "Go" and
	 * unlike "go" or "GO".
	 */
	boolean canonical() {
		String canonical = term.canonical();
		if (canonical == null) {
			return true;
		}
		// Spaces and hyphens in the text match a space in the form, as in the dictionary
		String text = passage.text();
		int i = start;
		for (int j = 0; j < canonical.length(); j++) {
			char expected = canonical.charAt(j);
			if (expected == ' ') {
				if (i >= end || !isSeparator(text.charAt(i))) {
					return false;
				}
				while (i < end && isSeparator(text.charAt(i))) {
					i++;
				}
			}
			else if (i >= end || text.charAt(i++) != expected) {
				return false;
			}
		}
		return i == end;
	}

	private static boolean isSeparator(char c) {
		return Character.isWhitespace(c) || c == '-';
	}

}
