package dev.backboard.skills;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class TaxonomyTests {

	private final Taxonomy taxonomy = new Taxonomy();

	@Test
	void knowsAtLeast650Skills() {
		assertThat(taxonomy.everySkill()).hasSizeGreaterThanOrEqualTo(650);
	}

	@Test
	void usesEveryCategory() {
		Set<SkillCategory> used = EnumSet.noneOf(SkillCategory.class);
		taxonomy.everySkill().forEach((skill) -> used.add(skill.category()));
		assertThat(used).containsExactlyInAnyOrder(SkillCategory.values());
	}

	@Test
	void hasTheSlugsOtherModulesUse() {
		List<String> slugs = List.of("go", "java", "kotlin", "python", "ruby", "nodejs", "typescript", "javascript",
				"csharp", "dotnet", "rust", "scala", "elixir", "php", "cpp", "c", "clojure", "erlang", "haskell",
				"swift", "spring-boot", "spring", "django", "flask", "fastapi", "rails", "express", "nestjs", "laravel",
				"aspnet-core", "gin", "quarkus", "micronaut", "phoenix", "ktor", "hibernate", "postgresql", "mysql",
				"mongodb", "redis", "cassandra", "elasticsearch", "opensearch", "dynamodb", "sqlite", "cockroachdb",
				"clickhouse", "snowflake", "bigquery", "mariadb", "oracle-database", "sql-server", "neo4j", "kafka",
				"rabbitmq", "aws-sqs", "google-pubsub", "nats", "pulsar", "aws", "google-cloud", "azure", "aws-lambda",
				"kubernetes", "docker", "terraform", "helm", "ansible", "linux", "nginx", "istio", "argocd",
				"prometheus", "grafana", "datadog", "opentelemetry", "git", "graphql", "grpc", "rest-api", "ci-cd",
				"tdd", "microservices", "distributed-systems", "ddd", "event-driven-architecture", "github-actions",
				"jenkins", "gitlab-ci", "junit", "pytest", "celery", "sidekiq", "airflow", "spark", "flink", "dbt",
				"protobuf", "openapi", "oauth", "sql", "nosql", "bash");
		assertThat(slugs).allSatisfy((slug) -> assertThat(taxonomy.bySlug(slug)).as(slug).isPresent());
	}

	@Test
	void namesTheSkillsNamedAfterOne() {
		assertThat(taxonomy.namedAfter(taxonomy.bySlug("spring").orElseThrow())).extracting(Skill::slug)
			.contains("spring-boot", "spring-data")
			.doesNotContain("spring");
		assertThat(taxonomy.namedAfter(taxonomy.bySlug("c").orElseThrow())).isEmpty();
	}

	@Test
	void tellsNamesThatAreAlsoOrdinaryWords() {
		assertThat(taxonomy.isAmbiguous("go")).isTrue();
		assertThat(taxonomy.isAmbiguous("REST")).isTrue();
		assertThat(taxonomy.isAmbiguous("golang")).isFalse();
		assertThat(taxonomy.isAmbiguous("Spring Boot")).isFalse();
	}

	@Test
	void makesThePracticesTheSkillsOfThePracticeCategory() {
		assertThat(taxonomy.everySkill())
			.allSatisfy((skill) -> assertThat(skill.kind() == SkillKind.PRACTICE).as(skill.slug())
				.isEqualTo(skill.category() == SkillCategory.PRACTICE));
	}

	@Test
	void offersRareSkillsOnlyWhenAskedByName() {
		assertThat(taxonomy.all()).extracting(Skill::slug)
			.contains("kubernetes")
			.doesNotContain("kubeflow", "smalltalk");
		assertThat(taxonomy.resolve("Kubeflow")).map(Skill::slug).hasValue("kubeflow");
		assertThat(taxonomy.everySkill()).extracting(Skill::slug).contains("kubeflow");
	}

	@Test
	void keepsStacksOutOfTheSkills() {
		assertThat(taxonomy.resolve("MEAN")).isEmpty();
		assertThat(taxonomy.bySlug("elk")).isEmpty();
	}

	@Test
	void refusesAStackOfAnUnknownSkill() {
		assertThatIllegalStateException().isThrownBy(() -> TaxonomyFile.parseStack("XYZ\t\t\t\tnosuchskill", Map.of()))
			.withMessageContaining("nosuchskill");
	}

	@Test
	void hasUniqueWellFormedSlugs() {
		List<String> slugs = taxonomy.everySkill().stream().map(Skill::slug).toList();
		assertThat(slugs).doesNotHaveDuplicates().allMatch((slug) -> slug.matches("[a-z0-9]+(-[a-z0-9]+)*"));
	}

	@Test
	void givesEveryNameAndAliasToOneSkillOnly() {
		Map<String, String> owners = new HashMap<>();
		for (Skill skill : taxonomy.everySkill()) {
			Set<String> keys = new java.util.HashSet<>();
			keys.add(Term.keyOf(skill.slug()));
			skill.forms().forEach((form) -> keys.add(Term.keyOf(form)));
			for (String key : keys) {
				String owner = owners.putIfAbsent(key, skill.slug());
				assertThat(owner).as("\"%s\" belongs to %s and %s", key, owner, skill.slug()).isNull();
			}
		}
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			golang, go
			Go, go
			postgres, postgresql
			psql, postgresql
			k8s, kubernetes
			node, nodejs
			nodejs, nodejs
			Node.js, nodejs
			gcp, google-cloud
			Google Cloud Platform, google-cloud
			c#, csharp
			csharp, csharp
			C++, cpp
			cpp, cpp
			.NET, dotnet
			dotnet, dotnet
			js, javascript
			ts, typescript
			RoR, rails
			Ruby on Rails, rails
			mongo, mongodb
			es, elasticsearch
			elastic, elasticsearch
			spring-boot, spring-boot
			Spring Boot, spring-boot
			test driven development, tdd
			""")
	void resolvesNamesAliasesAndSlugsIgnoringCase(String name, String slug) {
		assertThat(taxonomy.resolve(name)).map(Skill::slug).hasValue(slug);
	}

	@Test
	void resolvesNothingForAnUnknownName() {
		assertThat(taxonomy.resolve("COBOL on Cogs")).isEmpty();
	}

	@ParameterizedTest
	@CsvSource(textBlock = """
			postgress, postgresql
			kubernets, kubernetes
			pythn, python
			javscript, javascript
			terrafrom, terraform
			typescirpt, typescript
			Kafak, kafka
			elasticsaerch, elasticsearch
			""")
	void forgivesTypos(String term, String slug) {
		assertThat(taxonomy.resolveTypo(term)).map(Skill::slug).hasValue(slug);
	}

	@Test
	void resolvesAnExactNameBeforeLookingForTypos() {
		assertThat(taxonomy.resolveTypo("Go")).map(Skill::slug).hasValue("go");
	}

	@ParameterizedTest
	@ValueSource(strings = { "senior", "engineer", "remote", "backend", "platform", "team", "payments", "scale",
			"testing", "nodes", "grade", "sensible", "unit", "fluent", "help" })
	void leavesOrdinaryWordsAlone(String word) {
		assertThat(taxonomy.resolveTypo(word)).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "gp", "jav", "rub" })
	void correctsNoTermShorterThanFourLetters(String term) {
		assertThat(taxonomy.resolveTypo(term)).isEmpty();
	}

	@Test
	void forgivesOneTypoInAShortTermAndTwoInALongOne() {
		assertThat(taxonomy.resolveTypo("dockr")).map(Skill::slug).hasValue("docker");
		assertThat(taxonomy.resolveTypo("dckr")).isEmpty();
		assertThat(taxonomy.resolveTypo("kuberntis")).map(Skill::slug).hasValue("kubernetes");
	}

	@Test
	void measuresTyposAsDamerauLevenshteinDistance() {
		assertThat(Typos.distance("kafka", "kafka")).isZero();
		assertThat(Typos.distance("kafak", "kafka")).isEqualTo(1);
		assertThat(Typos.distance("pythn", "python")).isEqualTo(1);
		assertThat(Typos.distance("postgress", "postgresql")).isEqualTo(2);
	}

	@Test
	void refusesAnAmbiguousFormThatIsNotOneOfTheSkillsNames() {
		assertThatIllegalStateException()
			.isThrownBy(() -> TaxonomyFile.parse("go\tGo\tLANGUAGE\tgolang\tGopher\tnear\t\t\t"))
			.withMessageContaining("Gopher");
	}

	@Test
	void refusesAVetoWithoutThePlaceOfTheForm() {
		assertThatIllegalStateException()
			.isThrownBy(() -> TaxonomyFile.parse("go\tGo\tLANGUAGE\tgolang\tGo\tnear\t\tgo to\t"));
	}

}
