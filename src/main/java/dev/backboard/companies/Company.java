package dev.backboard.companies;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

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

}
