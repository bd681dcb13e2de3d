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
	void theDomainIsTheRegistrableDomainOfTheWebsite() {
		assertThat(WebsiteDomain.of("https://www.Acme.example/jobs")).isEqualTo("acme.example");
		assertThat(WebsiteDomain.of("http://careers.acme.example")).isEqualTo("acme.example");
		assertThat(WebsiteDomain.of("https://jobs.acme.co.uk")).isEqualTo("acme.co.uk");
		assertThat(WebsiteDomain.of("https://acme.github.io/careers")).isEqualTo("acme.github.io");
		assertThat(WebsiteDomain.of("https://co.uk")).isEqualTo("co.uk");
		assertThat(WebsiteDomain.of(null)).isNull();
	}

	@Test
	void freeMailProvidersAndPublicSuffixesCannotBeVerified() {
		assertThat(WebsiteDomain.refusal("gmail.com")).startsWith("gmail.com is a free-mail provider");
		assertThat(WebsiteDomain.refusal("outlook.com")).startsWith("outlook.com is a free-mail provider");
		assertThat(WebsiteDomain.refusal("co.uk")).startsWith("co.uk is shared by unrelated sites");
		assertThat(WebsiteDomain.refusal("github.io")).startsWith("github.io is shared by unrelated sites");
		assertThat(WebsiteDomain.refusal("192.0.2.1")).startsWith("192.0.2.1 is shared by unrelated sites");
		assertThat(WebsiteDomain.refusal("acme.github.io")).isNull();
		assertThat(WebsiteDomain.refusal("acme.co.uk")).isNull();
		assertThat(WebsiteDomain.refusal("acme.example")).isNull();
	}

	@Test
	void anAddressMustBeAtTheDomainOrASubdomain() {
		assertThat(WebsiteDomain.covers("acme.example", "dana@acme.example")).isTrue();
		assertThat(WebsiteDomain.covers("acme.example", "dana@eu.ACME.example")).isTrue();
		assertThat(WebsiteDomain.covers("acme.example", "dana@notacme.example")).isFalse();
		assertThat(WebsiteDomain.covers("acme.example", "dana@acme.example.evil.example")).isFalse();
	}

}
