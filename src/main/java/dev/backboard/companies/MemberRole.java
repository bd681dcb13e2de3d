package dev.backboard.companies;

/**
 * What a member may do for a company: owners also manage members, tokens and the
 * company's profile; billing members see and pay the company's bills.
 */
public enum MemberRole {

	OWNER("Owner", "an owner"), RECRUITER("Recruiter", "a recruiter"), BILLING("Billing", "a billing member");

	private final String label;

	private final String withArticle;

	MemberRole(String label, String withArticle) {
		this.label = label;
		this.withArticle = withArticle;
	}

	/** "Owner", for pages. */
	public String label() {
		return label;
	}

	/** "an owner", for sentences. */
	public String withArticle() {
		return withArticle;
	}

}
