package dev.backboard.search.internal;

/**
 * The filters that facets offer. A multi-select group's counts are computed without its
 * own selection, so that choosing one value still shows how many jobs the others would
 * add.
 */
public enum FacetGroup {

	SKILLS("skills", "Skills", false), WORKPLACE("workplace", "Workplace", true), COUNTRY("country", "Country", true),
	SENIORITY("seniority", "Seniority", true), EMPLOYMENT("employment", "Employment", true),
	SALARY("salaryMin", "Salary", true), AGE("postedWithin", "Posted", true), COMPANY("company", "Company", true);

	private final String parameter;

	private final String label;

	private final boolean multiSelect;

	FacetGroup(String parameter, String label, boolean multiSelect) {
		this.parameter = parameter;
		this.label = label;
		this.multiSelect = multiSelect;
	}

	public String parameter() {
		return parameter;
	}

	public String label() {
		return label;
	}

	public boolean multiSelect() {
		return multiSelect;
	}

	/**
	 * Whether the query filters on this group's parameter, so that the group is counted
	 * without that filter.
	 */
	public boolean selectedIn(ResolvedQuery q) {
		return switch (this) {
			case SKILLS -> false;
			case WORKPLACE -> !q.workplace().isEmpty();
			case COUNTRY -> !q.countries().isEmpty();
			case SENIORITY -> !q.seniority().isEmpty();
			case EMPLOYMENT -> !q.employment().isEmpty();
			case SALARY -> q.salaryMinReference() != null;
			case AGE -> q.postedSince() != null;
			case COMPANY -> !q.companies().isEmpty();
		};
	}

}
