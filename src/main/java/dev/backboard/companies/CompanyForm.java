package dev.backboard.companies;

import org.jspecify.annotations.Nullable;

/**
 * A company profile as typed into the form, before it is checked.
 *
 * @param name the company's name
 * @param website its website
 * @param about a description in Markdown
 * @param size one of {@link CompanySize}'s names, or blank
 * @param headquarters where its head office is
 */
public record CompanyForm(@Nullable String name, @Nullable String website, @Nullable String about,
		@Nullable String size, @Nullable String headquarters) {

	public static CompanyForm of(Company company) {
		return new CompanyForm(company.getName(), company.getWebsite(), company.getAboutMarkdown(),
				company.getSize() == null ? null : company.getSize().name(), company.getHeadquarters());
	}

}
