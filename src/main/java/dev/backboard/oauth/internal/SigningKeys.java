package dev.backboard.oauth.internal;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The RSA key that signs ID tokens, kept in the database so that every node signs with
 * the same key and a restart does not invalidate what apps verified. The first node that
 * needs one creates it; when two create one at once, both use the older.
 */
@Component
class SigningKeys implements JWKSource<SecurityContext> {

	private final JdbcClient jdbc;

	private final Clock clock;

	private volatile JWKSet keys;

	SigningKeys(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	public List<com.nimbusds.jose.jwk.JWK> get(com.nimbusds.jose.jwk.JWKSelector selector, SecurityContext context) {
		return selector.select(keys());
	}

	private JWKSet keys() {
		JWKSet loaded = keys;
		if (loaded == null) {
			List<com.nimbusds.jose.jwk.JWK> stored = load();
			loaded = new JWKSet(stored.isEmpty() ? create() : stored);
			keys = loaded;
		}
		return loaded;
	}

	private List<com.nimbusds.jose.jwk.JWK> load() {
		return jdbc
			.sql("select key_id, private_key, public_key from oauth_signing_key order by created_at, key_id limit 1")
			.query((row,
					n) -> (com.nimbusds.jose.jwk.JWK) rsa(row.getString("key_id"), row.getBytes("private_key"),
							row.getBytes("public_key")))
			.list();
	}

	private List<com.nimbusds.jose.jwk.JWK> create() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
			generator.initialize(2048);
			KeyPair pair = generator.generateKeyPair();
			jdbc.sql("""
					insert into oauth_signing_key (key_id, private_key, public_key, created_at)
					values (:id, :private, :public, :now) on conflict do nothing""")
				.param("id", UUID.randomUUID().toString())
				.param("private", pair.getPrivate().getEncoded())
				.param("public", pair.getPublic().getEncoded())
				.param("now", Timestamp.from(clock.instant()))
				.update();
			return load();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("Cannot make an RSA signing key", ex);
		}
	}

	private static RSAKey rsa(String id, byte[] privateKey, byte[] publicKey) {
		try {
			KeyFactory factory = KeyFactory.getInstance("RSA");
			return new RSAKey.Builder((RSAPublicKey) factory.generatePublic(new X509EncodedKeySpec(publicKey)))
				.privateKey((RSAPrivateKey) factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)))
				.keyID(id)
				.build();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("The stored signing key cannot be read", ex);
		}
	}

}
