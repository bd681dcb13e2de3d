package dev.backboard.companies;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

import dev.backboard.core.SafeMarkdown;
import dev.backboard.core.Slugs;

/**
 * An employer as its jobs show it.
 */
@Entity
@Table(name = "company")
public class Company {

	@Id
	@GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "company_seq")
	@SequenceGenerator(name = "company_seq", sequenceName = "company_seq", allocationSize = 50)
	private @Nullable Long id;

	private String slug;

	private String name;

	private @Nullable String website;

	@Column(name = "logo_url")
	private @Nullable String logoUrl;

	private Instant createdAt;

	@Column(name = "about_md")
	private @Nullable String aboutMarkdown;

	@Enumerated(EnumType.STRING)
	@Column(name = "size")
	private @Nullable CompanySize size;

	private @Nullable String headquarters;

	private @Nullable String verifiedDomain;

	private @Nullable Instant domainVerifiedAt;

	protected Company() {
		this.slug = "";
		this.name = "";
		this.createdAt = Instant.EPOCH;
	}

	public Company(String name, @Nullable String website, @Nullable String logoUrl, Instant now) {
		this.slug = Slugs.of(name);
		this.name = name;
		this.website = website;
		this.logoUrl = logoUrl;
		this.createdAt = now;
	}

	/** A company created by an employer, under a slug the caller made unique. */
	static Company create(String slug, CompanyProfile profile, Instant now) {
		Company company = new Company(profile.name(), profile.website(), null, now);
		company.slug = slug;
		company.update(profile);
		return company;
	}

	/**
	 * Takes the profile's values. A verified domain stays only while the website is still
	 * at that domain.
	 */
	void update(CompanyProfile profile) {
		this.name = profile.name();
		this.website = profile.website();
		this.aboutMarkdown = profile.aboutMarkdown();
		this.size = profile.size();
		this.headquarters = profile.headquarters();
		if (verifiedDomain != null && !verifiedDomain.equals(WebsiteDomain.of(website))) {
			this.verifiedDomain = null;
			this.domainVerifiedAt = null;
		}
	}

	void useLogo(String url) {
		this.logoUrl = url;
	}

	void verifyDomain(String domain, Instant now) {
		this.verifiedDomain = domain;
		this.domainVerifiedAt = now;
	}

	public Long getId() {
		if (id == null) {
			throw new IllegalStateException("The company has not been saved yet");
		}
		return id;
	}

	public String getSlug() {
		return slug;
	}

	public String getName() {
		return name;
	}

	public @Nullable String getWebsite() {
		return website;
	}

	public @Nullable String getLogoUrl() {
		return logoUrl;
	}

	public @Nullable String getAboutMarkdown() {
		return aboutMarkdown;
	}

	/** The about text as sanitized HTML, safe to show as is. */
	public String getAboutHtml() {
		return aboutMarkdown == null ? "" : SafeMarkdown.toHtml(aboutMarkdown);
	}

	public @Nullable CompanySize getSize() {
		return size;
	}

	public @Nullable String getHeadquarters() {
		return headquarters;
	}

	public @Nullable String getVerifiedDomain() {
		return verifiedDomain;
	}

	public @Nullable Instant getDomainVerifiedAt() {
		return domainVerifiedAt;
	}

	/** Whether a member proved they read mail at the website's domain. */
	public boolean isVerified() {
		return verifiedDomain != null;
	}

}
