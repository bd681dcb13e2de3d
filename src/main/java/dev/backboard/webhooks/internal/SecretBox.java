package dev.backboard.webhooks.internal;

import java.nio.charset.StandardCharsets;

import dev.backboard.core.crypto.EncryptionKeys;
import dev.backboard.core.crypto.SealingKey;
import dev.backboard.webhooks.WebhooksProperties;

import org.springframework.stereotype.Component;

/**
 * Keeps signing secrets sealed at rest (AES-256-GCM), bound to their company, so a secret
 * copied onto another company's row does not open.
 */
@Component
public class SecretBox {

	private final SealingKey key;

	SecretBox(EncryptionKeys keys, WebhooksProperties properties) {
		this.key = keys.named("webhook", properties.secretEncryptionKey(), "backboard.webhooks.secret-encryption-key");
	}

	public byte[] seal(String secret, long companyId) {
		return key.seal(secret.getBytes(StandardCharsets.UTF_8), binding(companyId)).joined();
	}

	public String open(byte[] sealed, long companyId) {
		return new String(key.open(SealingKey.Sealed.split(sealed), binding(companyId)), StandardCharsets.UTF_8);
	}

	private static String binding(long companyId) {
		return "webhook-secret:" + companyId;
	}

}
