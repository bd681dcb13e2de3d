package dev.backboard.companies.web;

import java.time.Duration;

import dev.backboard.companies.CompanyLogos;
import dev.backboard.companies.CompanyLogos.StoredLogo;
import dev.backboard.companies.CompanyNotFound;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * Serves uploaded logos with the type their bytes were found to be, and tells browsers
 * not to guess another one.
 */
@Controller
class CompanyLogoController {

	private final CompanyLogos logos;

	CompanyLogoController(CompanyLogos logos) {
		this.logos = logos;
	}

	@GetMapping("/companies/{slug}/logo")
	ResponseEntity<byte[]> logo(@PathVariable String slug) {
		StoredLogo logo = logos.find(slug).orElseThrow(CompanyNotFound::new);
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(logo.contentType()))
			.header("X-Content-Type-Options", "nosniff")
			.cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
			.lastModified(logo.updatedAt())
			.body(logo.bytes());
	}

}
