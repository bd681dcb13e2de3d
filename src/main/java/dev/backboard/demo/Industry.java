package dev.backboard.demo;

import java.util.List;

/**
 * What a demo company does: the words its name may end with, how it describes itself and
 * who its customers are.
 */
enum Industry {

	FINTECH("fintech",
			List.of("Payments", "Pay", "Ledger", "Capital", "Finance", "Banking", "Money", "Treasury", "Wallet"),
			"merchants",
			List.of("builds payment infrastructure for online businesses",
					"helps finance teams close their books in days instead of weeks",
					"runs the card-issuing platform behind dozens of consumer finance apps",
					"makes cross-border payouts cheap, fast and predictable")),

	INSURANCE("insurance", List.of("Insurance", "Assurance", "Cover", "Mutual"), "policyholders",
			List.of("sells home and contents insurance entirely online, with most claims settled within a day",
					"gives small businesses the insurance they need in ten minutes instead of ten days",
					"builds the policy and claims platform that modern insurers run on")),

	HEALTH("healthcare", List.of("Health", "Care", "Clinic", "Medical", "Bio", "Therapeutics", "Diagnostics"),
			"patients",
			List.of("connects patients with doctors, by video and in clinics",
					"builds the software that hospital laboratories run on",
					"helps people live with chronic conditions through an app and a dedicated care team",
					"makes clinical trials faster to set up and easier to join")),

	LOGISTICS("logistics", List.of("Logistics", "Freight", "Fleet", "Cargo", "Shipping", "Supply"), "shippers",
			List.of("moves freight for thousands of shippers with a digital forwarding platform",
					"plans delivery routes for courier and grocery fleets",
					"gives manufacturers a live view of every order in their supply chain")),

	COMMERCE("e-commerce", List.of("Commerce", "Markets", "Retail", "Shop", "Goods", "Marketplace"), "brands",
			List.of("powers the online shops of independent brands",
					"runs a marketplace for refurbished electronics with a warranty on every device",
					"helps retailers price and stock their stores with live demand data")),

	DEVTOOLS("developer tools",
			List.of("Labs", "Cloud", "Systems", "Software", "Stack", "Works", "Code", "Dev", "Compute"),
			"engineering teams",
			List.of("builds developer tools that make deploying software boring, in the best way",
					"runs a managed platform for background jobs and scheduled workflows",
					"helps engineering teams understand what their code does in production",
					"makes feature flags and progressive delivery simple for teams of any size")),

	DATA("analytics", List.of("Data", "Analytics", "Insights", "Metrics", "Signals", "Intelligence"), "analysts",
			List.of("helps companies understand their customers with privacy-friendly product analytics",
					"builds a real-time data platform for operations teams",
					"turns messy operational data into forecasts that planners trust")),

	SECURITY("security", List.of("Security", "Shield", "Identity", "Guard", "Trust", "Vault"), "security teams",
			List.of("protects online businesses from account takeover and fraud",
					"builds passwordless sign-in for consumer apps",
					"helps companies find and fix vulnerabilities in what they ship",
					"manages secrets and certificates for thousands of engineering teams")),

	ENERGY("energy", List.of("Energy", "Power", "Grid", "Solar", "Climate", "Carbon"), "households",
			List.of("helps households save energy with smart heating and rooftop solar",
					"balances the electricity grid with software that steers thousands of home batteries",
					"measures and reduces the carbon footprint of supply chains")),

	MOBILITY("mobility", List.of("Mobility", "Travel", "Trips", "Transit", "Motors", "Rides"), "travellers",
			List.of("runs a network of shared e-bikes and scooters in cities across three continents",
					"makes business travel easy to book and easy to expense",
					"builds the booking platform behind regional rail and bus operators")),

	EDUCATION("education", List.of("Learning", "Academy", "Education", "Tutors"), "learners",
			List.of("helps millions of learners practise a language every day",
					"gives schools one simple platform for lessons, homework and grading",
					"trains working engineers through cohort-based online courses")),

	MEDIA("media", List.of("Media", "Studios", "Games", "Music", "Audio", "Video"), "fans",
			List.of("streams live sport to fans around the world",
					"builds the tools podcasters use to publish and grow their shows",
					"makes multiplayer games with millions of monthly players")),

	WORK("HR tech", List.of("People", "Talent", "Payroll", "Workforce"), "employers",
			List.of("runs payroll for small businesses in a dozen countries",
					"helps companies hire, onboard and pay people anywhere",
					"builds the scheduling app that shift workers actually like")),

	PROPERTY("property", List.of("Homes", "Property", "Estates", "Spaces", "Rentals"), "tenants",
			List.of("helps people find, rent and manage homes without the paperwork",
					"builds the software property managers run their buildings with",
					"runs a marketplace for flexible office space")),

	DEVICES("IoT", List.of("Networks", "Telecom", "Devices", "Sensors", "Robotics", "Connect"), "operators",
			List.of("connects millions of IoT devices to the cloud", "writes the software that runs warehouse robots",
					"monitors industrial machines to predict failures before they happen")),

	FOOD("food", List.of("Foods", "Kitchen", "Grocery", "Delivery", "Farms"), "customers",
			List.of("delivers groceries to your door in under 30 minutes",
					"helps restaurants run their kitchen and their online orders from one system",
					"connects farmers directly with restaurants and shops")),

	LEGAL("legal tech", List.of("Legal", "Contracts", "Compliance", "Tax"), "legal teams",
			List.of("automates contracts for in-house legal teams",
					"makes tax returns painless for freelancers and small companies",
					"helps companies stay compliant with regulations in every market they sell in"));

	private final String label;

	private final List<String> nameWords;

	private final String customers;

	private final List<String> pitches;

	Industry(String label, List<String> nameWords, String customers, List<String> pitches) {
		this.label = label;
		this.nameWords = nameWords;
		this.customers = customers;
		this.pitches = pitches;
	}

	/** "fintech", "healthcare". */
	String label() {
		return label;
	}

	List<String> nameWords() {
		return nameWords;
	}

	String customers() {
		return customers;
	}

	/** What the company does, to follow its name: "Lumen Labs builds ...". */
	List<String> pitches() {
		return pitches;
	}

}
