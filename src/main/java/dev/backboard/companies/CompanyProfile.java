package dev.backboard.companies;

import org.jspecify.annotations.Nullable;

/**
 * What an employer says about their company, already checked by {@link Companies}.
 *
 * @param name the company's name
 * @param website its website, an http or https URL
 * @param aboutMarkdown a description in Markdown
 * @param size how many people work there
 * @param headquarters where its head office is
 */
public record CompanyProfile(String name, @Nullable String website, @Nullable String aboutMarkdown,
		@Nullable CompanySize size, @Nullable String headquarters) {

}
