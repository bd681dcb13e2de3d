package dev.backboard.companies;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LogoAndDomainTests {

	@Test
	void detectsImageTypesByTheirFirstBytesOnly() {
		byte[] webp = "RIFF\0\0\0\0WEBPVP8 ".getBytes(StandardCharsets.ISO_8859_1);
		byte[] jpeg = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0 };

		assertThat(Logo.detect(webp))
			.hasValueSatisfying(logo -> assertThat(logo.contentType()).isEqualTo("image/webp"));
		assertThat(Logo.detect(jpeg))
			.hasValueSatisfying(logo -> assertThat(logo.contentType()).isEqualTo("image/jpeg"));
		assertThat(Logo.detect("<svg onload=alert(1)>".getBytes(StandardCharsets.UTF_8))).isEmpty();
		assertThat(Logo.detect("GIF89a".getBytes(StandardCharsets.UTF_8))).isEmpty();
	}

	@Test
	void theDomainIsTheWebsiteHostWithoutWww() {
		assertThat(WebsiteDomain.of("https://www.Acme.example/jobs")).isEqualTo("acme.example");
		assertThat(WebsiteDomain.of("http://careers.acme.example")).isEqualTo("careers.acme.example");
		assertThat(WebsiteDomain.of(null)).isNull();
	}

	@Test
	void anAddressMustBeAtTheDomainOrASubdomain() {
		assertThat(WebsiteDomain.covers("acme.example", "dana@acme.example")).isTrue();
		assertThat(WebsiteDomain.covers("acme.example", "dana@eu.ACME.example")).isTrue();
		assertThat(WebsiteDomain.covers("acme.example", "dana@notacme.example")).isFalse();
		assertThat(WebsiteDomain.covers("acme.example", "dana@acme.example.evil.example")).isFalse();
	}

}
