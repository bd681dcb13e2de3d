package dev.backboard.skills;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class SkillExtractorTests {

	private static final Taxonomy TAXONOMY = new Taxonomy();

	private final SkillExtractor extractor = new SkillExtractor(TAXONOMY);

	private Set<String> inText(String text) {
		return extractor.extract("", text);
	}

	@Test
	void findsGoFromGolang() {
		assertThat(inText("Strong golang skills")).containsExactly("go");
	}

	@Test
	void findsGoInATitle() {
		assertThat(extractor.extract("Senior Go Engineer", "Join our platform team.")).containsExactly("go");
		assertThat(extractor.extract("Backend Engineer (Go)", "Join our platform team.")).containsExactly("go");
	}

	@Test
	void findsGoListedWithOtherTechnologies() {
		assertThat(inText("Go, PostgreSQL and Kafka")).containsExactly("go", "postgresql", "kafka");
		assertThat(inText("stack: python, go, postgres")).containsExactly("python", "go", "postgresql");
		assertThat(inText("- Go\n- Kafka")).containsExactly("go", "kafka");
	}

	@Test
	void findsGoWithTechnicalWordsAround() {
		assertThat(inText("Experience with Go and gRPC.")).containsExactly("go", "grpc");
		assertThat(inText("Our services are written in Go.")).containsExactly("go");
		assertThat(inText("We run Go 1.22 everywhere.")).containsExactly("go");
	}

	@ParameterizedTest
	@ValueSource(
			strings = { "Help us go to market faster.", "We go fast.", "Life on the go.", "Own the go-live checklist.",
					"Go-live is in March.", "Go to market plan.", "GO TEAM!", "Google Docs and Google Sheets" })
	void ignoresGoAsAVerb(String text) {
		assertThat(inText(text)).doesNotContain("go");
	}

	@Test
	void ignoresGoInAGoToMarketTitle() {
		assertThat(extractor.extract("Go-To-Market Engineer", "Salesforce and HubSpot.")).isEmpty();
	}

	@Test
	void matchesWholeWordsOnly() {
		assertThat(inText("JavaScript")).containsExactly("javascript");
		assertThat(inText("C++ and C#")).containsExactly("cpp", "csharp");
		assertThat(inText("Google Analytics")).isEmpty();
		assertThat(inText("Node.js")).containsExactly("nodejs");
		assertThat(inText("ASP.NET")).containsExactly("aspnet-core");
		assertThat(inText("pg_dump and pg_restore")).isEmpty();
	}

	@Test
	void findsNamesWithPunctuation() {
		assertThat(inText("C++17, C#, F#, .NET, Node.js, ASP.NET Core, CI/CD, PL/SQL, Vert.x")).containsExactly("cpp",
				"csharp", "fsharp", "dotnet", "nodejs", "aspnet-core", "ci-cd", "plsql", "vertx");
	}

	@Test
	void findsMultiWordNamesWrittenWithHyphensOrLineBreaks() {
		assertThat(inText("spring-boot-starter-web")).containsExactly("spring-boot");
		assertThat(inText("Google\nCloud")).containsExactly("google-cloud");
		assertThat(inText("Experience with test driven development")).containsExactly("tdd");
	}

	@Test
	void prefersTheLongestName() {
		assertThat(inText("Spring Boot")).containsExactly("spring-boot");
		assertThat(inText("ASP.NET Core")).containsExactly("aspnet-core");
		assertThat(inText("Google Cloud Pub/Sub")).containsExactly("google-pubsub");
		assertThat(inText("Ruby on Rails")).containsExactly("rails");
		assertThat(inText("AWS Lambda")).containsExactly("aws-lambda");
	}

	@Test
	void ignoresRustBelt() {
		assertThat(inText("Sales across the Rust Belt and the rust belt.")).isEmpty();
	}

	@Test
	void findsRustNextToOtherLanguages() {
		assertThat(inText("Rust or C++")).containsExactly("rust", "cpp");
	}

	@Test
	void ignoresSwiftAsAnAdjective() {
		assertThat(inText("We give swift feedback and respond swiftly. Swift feedback matters.")).isEmpty();
		assertThat(inText("SWIFT transfers")).isEmpty();
	}

	@Test
	void findsSwiftOnTheServer() {
		assertThat(inText("Swift on the server")).containsExactly("swift");
	}

	@Test
	void ignoresLettersThatAreNotLanguages() {
		assertThat(inText("Our R&D team works with HR.")).isEmpty();
		assertThat(inText("We raised our Series C. Plan C. C-level sponsors. USB-C docks.")).isEmpty();
	}

	@Test
	void findsRAndCWithContext() {
		assertThat(inText("R for data analysis")).containsExactly("r");
		assertThat(inText("Python and R")).containsExactly("python", "r");
		assertThat(inText("Firmware in C and C++")).containsExactly("c", "cpp");
	}

	@Test
	void ignoresSpringTheSeason() {
		assertThat(inText("Start in spring 2026, or this spring.")).isEmpty();
		assertThat(inText("Spring 2026 internship with Java")).containsExactly("java");
	}

	@Test
	void findsSpringWithJava() {
		assertThat(inText("We use Spring and Hibernate.")).containsExactly("spring", "hibernate");
	}

	@Test
	void ignoresExpressAsAVerb() {
		assertThat(inText("Please express interest. Express delivery available.")).isEmpty();
	}

	@Test
	void findsExpressWithNode() {
		assertThat(inText("Node.js/Express APIs")).containsExactly("nodejs", "express");
	}

	@Test
	void ignoresGuardRails() {
		assertThat(inText("Strong guard rails and safety rails.")).isEmpty();
	}

	@Test
	void ignoresPhoenixTheCity() {
		assertThat(extractor.extract("Backend Engineer - Phoenix", "Offices in Phoenix, AZ and Phoenix, Arizona."))
			.isEmpty();
	}

	@Test
	void findsPhoenixWithElixir() {
		assertThat(extractor.extract("Elixir/Phoenix Engineer", "")).containsExactly("elixir", "phoenix");
	}

	@Test
	void ignoresCommonWordsThatNameTools() {
		assertThat(inText("Take the helm. Spark joy. Make an impact. Our in-house chef and a puppet show. "
				+ "A flask of gin. Airflow and cooling checks."))
			.isEmpty();
	}

	@Test
	void findsCommonWordsThatNameToolsInContext() {
		assertThat(inText("Helm charts")).containsExactly("helm");
		assertThat(inText("Spark jobs")).containsExactly("spark");
		assertThat(inText("Chef, Puppet and Ansible")).containsExactly("chef", "puppet", "ansible");
		assertThat(inText("Airflow DAGs")).containsExactly("airflow");
	}

	@Test
	void ignoresPeopleNamedLikeLanguages() {
		assertThat(inText("Ruby, our recruiter, and Julia from the platform team will call you.")).isEmpty();
	}

	@Test
	void ignoresKotlinIsland() {
		assertThat(inText("Our offsite is on Kotlin Island.")).isEmpty();
	}

	@Test
	void findsNodeButNotClusterNodes() {
		assertThat(inText("Each node in the cluster. Node pools.")).isEmpty();
		assertThat(inText("Node and TypeScript")).containsExactly("nodejs", "typescript");
	}

	@Test
	void findsRestOnlyInCapitals() {
		assertThat(inText("the rest of the team")).isEmpty();
		assertThat(inText("REST and gRPC")).containsExactly("rest-api", "grpc");
	}

	@Test
	void listsSkillsInOrderOfFirstMentionTitleFirst() {
		assertThat(extractor.extract("Kotlin Engineer", "PostgreSQL, Kafka, Kotlin and PostgreSQL again"))
			.containsExactly("kotlin", "postgresql", "kafka");
	}

	@Test
	void findsMobilePlatformsFrontEndAndOlderStacks() {
		assertThat(inText(
				"Our iOS and Android apps; a Backbone.js and Ember.js dashboard styled with Bootstrap and Sass."))
			.containsExactly("ios", "android", "backbonejs", "emberjs", "bootstrap", "sass");
		assertThat(inText("COBOL, JCL and CICS on the mainframe; JSP and EJB on WebLogic.")).containsExactly("cobol",
				"jcl", "cics", "mainframe", "jsp", "ejb", "weblogic");
	}

	@Test
	void expandsStackAcronymsToTheirComponents() {
		assertThat(inText("Work on our MERN stack.")).containsExactly("mongodb", "express", "react", "nodejs");
		assertThat(inText("A classic LAMP stack and the ELK stack for logs.")).containsExactly("linux",
				"apache-http-server", "mysql", "php", "elasticsearch", "logstash", "kibana");
		assertThat(inText("Streaming on the SMACK stack.")).containsExactly("spark", "mesos", "akka", "cassandra",
				"kafka");
	}

	@Test
	void ignoresStackAcronymsThatAreOrdinaryWords() {
		assertThat(inText("We mean it: lamp posts and an elk in the woods.")).isEmpty();
	}

	@Test
	void ignoresPracticesThatACompanyBlurbNames() {
		assertThat(inText("We use machine learning to rank tickets, and our platform is built on microservices."))
			.isEmpty();
		assertThat(inText("Our product teams work in an Agile way.")).isEmpty();
	}

	@Test
	void findsPracticesThatAJobAsksFor() {
		assertThat(inText("Experience with machine learning and distributed systems."))
			.containsExactly("machine-learning", "distributed-systems");
		assertThat(inText("You know domain-driven design.")).containsExactly("ddd");
		assertThat(inText("Infrastructure as code with Terraform.")).containsExactly("infrastructure-as-code",
				"terraform");
		assertThat(inText("Kafka, microservices, CI/CD")).containsExactly("kafka", "microservices", "ci-cd");
		assertThat(extractor.extract("Senior DevOps Engineer", "")).containsExactly("devops");
	}

	@Test
	void tellsPracticesFromTechnologies() {
		assertThat(TAXONOMY.bySlug("tdd")).map(Skill::kind).hasValue(SkillKind.PRACTICE);
		assertThat(TAXONOMY.bySlug("machine-learning")).map(Skill::kind).hasValue(SkillKind.PRACTICE);
		assertThat(TAXONOMY.bySlug("kafka")).map(Skill::kind).hasValue(SkillKind.TECHNOLOGY);
	}

	@Test
	void ignoresProfilesCustomersAndCompetitors() {
		assertThat(inText("Send us your CV and your GitHub profile.")).isEmpty();
		assertThat(inText("Source on LinkedIn and GitHub.")).isEmpty();
		assertThat(inText("Our customers include GitHub, Atlassian and Datadog. Our competitors: Sentry.io."))
			.isEmpty();
		assertThat(inText("Our core is Go services backed by PostgreSQL.")).containsExactly("go", "postgresql");
	}

	@Test
	void ignoresNamesInsideOtherNamesAndLinks() {
		assertThat(inText("Make Looker better for every analyst.")).containsExactly("looker");
		assertThat(inText("React JS and Vue JS")).containsExactly("react", "vuejs");
		assertThat(inText("Partners call us over XML-RPC and JSON-RPC.")).isEmpty();
		assertThat(inText("Our Django REST API")).containsExactly("django", "rest-api");
		assertThat(inText("Say hi at /r/haskell or github.com/acme/go-kit.")).isEmpty();
		assertThat(inText("We run OpenStack Swift for object storage.")).containsExactly("openstack");
	}

	@Test
	void findsAmbiguousNamesInRealUses() {
		assertThat(inText("Most of our services are done in React.")).containsExactly("react");
		assertThat(inText("You have written a bit of Go.")).containsExactly("go");
		assertThat(inText("Requirements:\n\nKotlin\n\nRetrofit, Room and Dagger/Hilt")).containsExactly("kotlin",
				"retrofit", "room", "dagger");
		assertThat(inText("stack: ruby, rails, postgres")).containsExactly("ruby", "rails", "postgresql");
		assertThat(inText("Infra is managed with puppet.")).containsExactly("puppet");
		assertThat(inText("Older services run on Consul & Nomad.")).containsExactly("consul", "nomad");
		assertThat(inText("Jobs on Celery+RabbitMQ")).containsExactly("celery", "rabbitmq");
		assertThat(inText("Our oldest service is JRuby on Rails.")).containsExactly("jruby", "rails");
	}

	@Test
	void findsMisspeltAndRunTogetherNames() {
		assertThat(inText("TravisCI, MogoDB and GitHubActions")).containsExactly("travis-ci", "mongodb",
				"github-actions");
		assertThat(inText("Golangers wanted")).containsExactly("go");
	}

	@Test
	void takesNoOrdinaryWordForAMisspeltName() {
		assertThat(inText("Talent Acquisition, Vertical SaaS, Fluent English, Testing culture, Rescue dogs, Signal."))
			.isEmpty();
	}

	@Test
	void asksNonEngineeringRolesForWhatTheyNeedOnly() {
		assertThat(extractor.extract("Technical Recruiter", "Hire engineers for our React, Go and Kubernetes teams."))
			.isEmpty();
		assertThat(extractor.extract("Marketing Manager", "Experience with SQL is a plus.")).containsExactly("sql");
	}

	@Test
	void findsNothingInEmptyText() {
		assertThat(extractor.extract("", "")).isEmpty();
	}

}
