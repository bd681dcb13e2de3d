package dev.backboard.demo;

import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds the technologies a text names, longest names first so that "Spring Boot" is not
 * also read as "Spring", nor "SQL Server" as "SQL".
 */
final class TechMentions {

	private static final List<Tech> LONGEST_FIRST = Arrays.stream(Tech.values())
		.sorted(Comparator.comparingInt((Tech tech) -> tech.label().length()).reversed())
		.toList();

	private static final Map<Tech, Pattern> PATTERNS = LONGEST_FIRST.stream()
		.collect(Collectors.toMap(Function.identity(),
				tech -> Pattern.compile("(?<![\\w.])" + Pattern.quote(tech.label()) + "(?![\\w+#])")));

	private TechMentions() {
	}

	static Set<String> in(String text) {
		Set<String> found = new LinkedHashSet<>();
		String rest = text;
		for (Tech tech : LONGEST_FIRST) {
			if (!rest.contains(tech.label())) {
				continue;
			}
			Matcher matcher = PATTERNS.get(tech).matcher(rest);
			if (matcher.find()) {
				found.add(tech.slug());
				rest = matcher.replaceAll("~");
			}
		}
		return found;
	}

}
