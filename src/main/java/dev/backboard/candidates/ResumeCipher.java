package dev.backboard.candidates;

import dev.backboard.core.crypto.EncryptionKeys;
import dev.backboard.core.crypto.SealingKey;

import org.springframework.stereotype.Component;

/**
 * Encrypts résumés and their text at rest (AES-256-GCM, key
 * {@code backboard.candidates.resume-encryption-key} or a generated one every node
 * shares). Each value is bound to its row and account, so bytes copied onto another row
 * do not decrypt.
 */
@Component
class ResumeCipher {

	private final SealingKey key;

	ResumeCipher(EncryptionKeys keys, CandidatesProperties properties) {
		this.key = keys.named("resume", properties.resumeEncryptionKey(), "backboard.candidates.resume-encryption-key");
	}

	SealingKey.Sealed seal(byte[] plain, String binding) {
		return key.seal(plain, binding);
	}

	byte[] open(byte[] sealed, byte[] iv, String binding) {
		return key.open(new SealingKey.Sealed(sealed, iv), binding);
	}

}
