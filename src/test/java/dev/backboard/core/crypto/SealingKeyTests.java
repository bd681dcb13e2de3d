package dev.backboard.core.crypto;

import java.nio.charset.StandardCharsets;

import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class SealingKeyTests {

	private final SealingKey key = new SealingKey(() -> new SecretKeySpec(new byte[32], "AES"));

	@Test
	void opensWhatItSealedForTheSameBinding() {
		SealingKey.Sealed sealed = key.seal("a secret".getBytes(StandardCharsets.UTF_8), "row:1");

		assertThat(new String(sealed.bytes(), StandardCharsets.ISO_8859_1)).doesNotContain("a secret");
		assertThat(key.open(SealingKey.Sealed.split(sealed.joined()), "row:1")).asString(StandardCharsets.UTF_8)
			.isEqualTo("a secret");
	}

	@Test
	void refusesBytesMovedToAnotherBinding() {
		SealingKey.Sealed sealed = key.seal("a secret".getBytes(StandardCharsets.UTF_8), "row:1");

		assertThatIllegalStateException().isThrownBy(() -> key.open(sealed, "row:2"));
	}

	@Test
	void refusesTamperedBytes() {
		SealingKey.Sealed sealed = key.seal("a secret".getBytes(StandardCharsets.UTF_8), "row:1");
		sealed.bytes()[0] ^= 1;

		assertThatIllegalStateException().isThrownBy(() -> key.open(sealed, "row:1"));
	}

	@Test
	void sealsTheSameValueDifferentlyEachTime() {
		byte[] plain = "a secret".getBytes(StandardCharsets.UTF_8);

		assertThat(key.seal(plain, "row:1").joined()).isNotEqualTo(key.seal(plain, "row:1").joined());
	}

}
