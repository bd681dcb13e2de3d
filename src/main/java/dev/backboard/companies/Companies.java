package dev.backboard.companies;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.Slugs;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The companies module's API for profiles: employers create their company and its owners
 * edit it. Each call is one transaction, so a refused form leaves nothing behind.
 */
@Service
public class Companies {

	private final CompanyRepository companies;

	private final CompanyMembers members;

	private final CompanyLogos logos;

	private final JdbcClient jdbc;

	private final Clock clock;

	Companies(CompanyRepository companies, CompanyMembers members, CompanyLogos logos, JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.companies = companies;
		this.members = members;
		this.logos = logos;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	public Optional<Company> findBySlug(String slug) {
		return companies.findBySlug(slug);
	}

	@Transactional(readOnly = true)
	public Company get(long companyId) {
		return companies.findById(companyId).orElseThrow(CompanyNotFound::new);
	}

	/**
	 * Creates the company with its creator as owner.
	 * @param logoBytes the uploaded logo, or {@code null}/empty for none
	 * @throws InvalidCompany naming each bad field
	 */
	@Transactional
	public Company create(long creatorAccountId, CompanyForm form, byte @Nullable [] logoBytes) {
		if (members.of(creatorAccountId).isPresent()) {
			throw InvalidCompany.field("name", "You already belong to a company.");
		}
		Map<String, String> errors = ProfileRules.newErrors();
		CompanyProfile profile = ProfileRules.check(form, errors);
		Optional<Logo> logo = checkLogo(logoBytes, errors);
		if (!errors.isEmpty()) {
			throw new InvalidCompany(errors, isTooLarge(logoBytes));
		}
		Instant now = clock.instant();
		// Flushed at once: the membership and logo rows are written with JDBC and refer
		// to it.
		Company company = companies.saveAndFlush(Company.create(freeSlug(profile.name()), profile, now));
		members.add(company.getId(), creatorAccountId, MemberRole.OWNER);
		logo.ifPresent(image -> storeLogo(company, image, now));
		return company;
	}

	/**
	 * Changes the profile; a new logo replaces the old one, none keeps it.
	 * @throws InvalidCompany naming each bad field
	 */
	@Transactional
	public Company update(long companyId, CompanyForm form, byte @Nullable [] logoBytes) {
		Company company = get(companyId);
		Map<String, String> errors = ProfileRules.newErrors();
		CompanyProfile profile = ProfileRules.check(form, errors);
		Optional<Logo> logo = checkLogo(logoBytes, errors);
		if (!errors.isEmpty()) {
			throw new InvalidCompany(errors, isTooLarge(logoBytes));
		}
		company.update(profile);
		logo.ifPresent(image -> storeLogo(company, image, clock.instant()));
		return companies.save(company);
	}

	private void storeLogo(Company company, Logo logo, Instant now) {
		logos.store(company.getId(), logo, now);
		company.useLogo("/companies/" + company.getSlug() + "/logo?v=" + now.toEpochMilli());
	}

	private static Optional<Logo> checkLogo(byte @Nullable [] bytes, Map<String, String> errors) {
		if (bytes == null || bytes.length == 0) {
			return Optional.empty();
		}
		if (bytes.length > Logo.MAX_BYTES) {
			errors.put("logo", "The logo is too large: use an image of at most 512 KB.");
			return Optional.empty();
		}
		Optional<Logo> logo = Logo.detect(bytes);
		if (logo.isEmpty()) {
			errors.put("logo", "Upload a PNG, JPEG or WebP image.");
		}
		return logo;
	}

	private static boolean isTooLarge(byte @Nullable [] bytes) {
		return bytes != null && bytes.length > Logo.MAX_BYTES;
	}

	/**
	 * The name's slug, with "-2", "-3"… when another company has it. Companies with the
	 * same name created at the same time, on any node, take turns here until the first
	 * commits.
	 */
	private String freeSlug(String name) {
		String base = Slugs.of(name);
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('company-slug:' || :base, 0))")
			.param("base", base)
			.query((row, n) -> 1)
			.list();
		String slug = base;
		for (int n = 2; companies.existsBySlug(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

}
