package dev.backboard.demo;

import dev.backboard.geo.Place;

/**
 * What the generator knows about a company beyond what is stored: what it does, where it
 * sits, what it builds with and how it works, so that its jobs agree with each other.
 *
 * @param company the stored part
 * @param domain its {@code .example} domain: "lumenlabs.example"
 * @param industry what it does
 * @param headquarters its main office
 * @param family the stack most of its teams use
 * @param founded the year it was founded
 * @param people how many people work there
 * @param remoteFirst whether most of its jobs are remote
 */
record CompanyProfile(DemoCompany company, String domain, Industry industry, Place headquarters, StackFamily family,
		int founded, int people, boolean remoteFirst) {

	String name() {
		return company.name();
	}

}
