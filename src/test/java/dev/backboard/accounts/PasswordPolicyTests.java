package dev.backboard.accounts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PasswordPolicyTests {

	static final PasswordPolicy policy = new PasswordPolicy();

	@Test
	void refusesSevenCharacters() {
		assertThat(policy.problem("abcdefg", "a@example.com")).hasValueSatisfying(m -> assertThat(m).contains("8"));
	}

	@Test
	void countsCharactersNotCodeUnits() {
		// Seven emoji are fourteen UTF-16 units but seven characters.
		assertThat(policy.problem("😀😀😀😀😀😀😀", "a@example.com")).isPresent();
		assertThat(policy.problem("😀😀😀😀😀😀😀🙂", "a@example.com")).isEmpty();
	}

	@Test
	void refusesACommonPasswordWhateverItsCase() {
		assertThat(policy.problem("password123", "a@example.com"))
			.hasValueSatisfying(m -> assertThat(m).contains("common"));
		assertThat(policy.problem("PassWord123", "a@example.com")).isPresent();
	}

	@Test
	void refusesAPasswordContainingTheEmail() {
		assertThat(policy.problem("my Dana@Example.com pass", "dana@example.com"))
			.hasValueSatisfying(m -> assertThat(m).contains("email"));
	}

	@Test
	void acceptsLongUnicodePassphrasesWithSpacesUpTo128Characters() {
		assertThat(policy.problem("Zürich 東京 café ñandú tea", "a@example.com")).isEmpty();
		assertThat(policy.problem("ä".repeat(128), "a@example.com")).isEmpty();
		assertThat(policy.problem("ä".repeat(129), "a@example.com")).isPresent();
	}

}
