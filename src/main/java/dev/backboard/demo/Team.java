package dev.backboard.demo;

import java.util.List;
import java.util.SplittableRandom;

import dev.backboard.demo.StackFamily.Role;

/**
 * The team a job is in and what that team owns, in the words of a posting.
 *
 * @param name "Payments"
 * @param owns what follows "the team owns": "everything between a checkout and the money
 * landing in a merchant's account"
 */
record Team(String name, String owns) {

	private static final List<Team> BACKEND = List.of(
			new Team("Payments", "everything between a checkout and the money landing in a merchant's account"),
			new Team("Core API", "the public API and the services right behind it"),
			new Team("Search", "indexing and ranking for tens of millions of documents"),
			new Team("Identity", "sign-up, sign-in, permissions and single sign-on for every product"),
			new Team("Billing", "subscriptions, invoicing and usage metering"),
			new Team("Checkout", "the checkout flow, from basket to order confirmation"),
			new Team("Integrations", "the connectors to the dozens of third-party systems our customers use"),
			new Team("Growth", "onboarding, experiments and everything that turns a visitor into a customer"),
			new Team("Messaging", "the event backbone that connects our services"),
			new Team("Risk", "fraud detection and the rules engine behind it"),
			new Team("Ledger", "the double-entry ledger every transaction goes through"),
			new Team("Notifications", "email, push and webhook delivery, a few million messages a day"),
			new Team("Marketplace", "listings, matching and the supply side of the marketplace"),
			new Team("Pricing", "prices, discounts and the engine that computes them in real time"),
			new Team("Orders", "the order lifecycle, from placement to fulfilment and returns"),
			new Team("Partner API", "the API our partners build their products on"),
			new Team("Catalog", "the product catalog and the pipelines that keep it fresh"),
			new Team("Scheduling", "calendars, bookings and the availability engine"));

	private static final List<Team> DATA = List.of(
			new Team("Data Platform", "the pipelines and the warehouse the whole company makes decisions with"),
			new Team("Analytics Engineering", "the data models behind every dashboard and report"),
			new Team("Data Infrastructure", "ingestion, storage and the tooling around them"),
			new Team("Experimentation", "the platform every product team runs its experiments on"),
			new Team("Reporting", "the reports our customers download and the data behind them"));

	private static final List<Team> OPERATIONS = List.of(
			new Team("Platform",
					"the paved road the rest of engineering builds on: deployment, service templates"
							+ " and shared tooling"),
			new Team("Infrastructure", "our cloud accounts, networks and clusters"),
			new Team("Reliability", "incident response, SLOs and the tooling that keeps production healthy"),
			new Team("Developer Experience", "build tooling, pipelines and the local development environment"),
			new Team("Observability", "metrics, logs and traces for every service"),
			new Team("Cloud Foundations", "the accounts, guardrails and cost controls every team starts from"));

	static Team pick(Role role, SplittableRandom random) {
		return Seeds.pick(random, switch (role) {
			case BACKEND -> BACKEND;
			case DATA -> DATA;
			case OPERATIONS -> OPERATIONS;
		});
	}

}
