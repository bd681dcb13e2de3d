package dev.backboard.privacy;

import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.backboard.core.privacy.PersonalData;

import org.springframework.stereotype.Component;

/**
 * Every module's {@link PersonalData}, in a stable order (by section), each section
 * claimed once: two modules writing the same section would overwrite each other in the
 * export.
 */
@Component
class PersonalDataRegistry {

	static final String ACCOUNT_SECTION = "account";

	private final List<PersonalData> parts;

	PersonalDataRegistry(List<PersonalData> parts) {
		Set<String> sections = new HashSet<>();
		for (PersonalData part : parts) {
			if (!sections.add(part.section())) {
				throw new IllegalStateException("Two modules export the section " + part.section());
			}
		}
		// The account first: the export reads best starting with who it is about.
		this.parts = parts.stream()
			.sorted(Comparator.comparing((PersonalData part) -> !part.section().equals(ACCOUNT_SECTION))
				.thenComparing(PersonalData::section))
			.toList();
	}

	List<PersonalData> all() {
		return parts;
	}

}
