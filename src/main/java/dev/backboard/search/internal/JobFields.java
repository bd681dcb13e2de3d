package dev.backboard.search.internal;

/**
 * The names of the job index's fields, shared by the mapping and the queries.
 */
final class JobFields {

	static final String SLUG = "slug";

	static final String TITLE = "title";

	static final String TITLE_MENTIONS = "titleMentions";

	static final String TITLE_AUTOCOMPLETE = "titleAutocomplete";

	static final String TITLE_FAMILY = "titleFamily";

	static final String DESCRIPTION = "description";

	static final String DESCRIPTION_MENTIONS = "descriptionMentions";

	static final String SUMMARY = "summary";

	static final String SKILLS = "skills";

	static final String SKILLS_TEXT = "skillsText";

	static final String REQUIRED_SKILLS = "requiredSkills";

	static final String COMPANY_NAME = "company.name";

	static final String COMPANY_NAME_RAW = "company.nameRaw";

	static final String COMPANY_SLUG = "company.slug";

	static final String COMPANY_AUTOCOMPLETE = "company.nameAutocomplete";

	static final String COMPANY_ID = "company.id";

	static final String COMPANY_FACET = "company." + CompanyFacetKey.FIELD;

	static final String CITY = "locations.city";

	static final String CITY_TEXT = "locations.cityText";

	static final String CITY_AUTOCOMPLETE = "locations.cityAutocomplete";

	static final String COUNTRY = "locations.countryCode";

	static final String POINT = "locations.point";

	static final String WORKPLACE = "workplaceType";

	static final String EMPLOYMENT = "employmentType";

	static final String SENIORITY = "seniority";

	static final String REMOTE_COUNTRIES = "remoteCountries";

	static final String SALARY_MIN = "salary.min";

	static final String SALARY_MAX = "salary.max";

	static final String SALARY_CURRENCY = "salary.currency";

	static final String SALARY_PERIOD = "salary.period";

	static final String ANNUAL_MAX = "salaryAnnualMax";

	static final String POSTED_AT = "postedAt";

	/** When the job last changed: published, edited, renewed, featured... */
	static final String CHANGED_AT = "updatedAt";

	static final String FEATURED = "featured";

	static final String VISA = "visaSponsorship";

	static final String RELOCATION = "relocation";

	/** Every English-analyzed text field, with the weight a match in it carries. */
	static final String[] TEXT = { TITLE, SKILLS_TEXT, COMPANY_NAME, CITY_TEXT, DESCRIPTION };

	static final float[] TEXT_BOOSTS = { 5f, 3f, 2f, 1f, 1f };

	/**
	 * The technologies that a job's title and description name (see
	 * {@link TechnologyMentions}).
	 */
	static final String[] MENTIONS = { TITLE_MENTIONS, DESCRIPTION_MENTIONS };

	static final float[] MENTIONS_BOOSTS = { 5f, 1f };

	private JobFields() {
	}

}
