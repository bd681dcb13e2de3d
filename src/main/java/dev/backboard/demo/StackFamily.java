package dev.backboard.demo;

import static dev.backboard.demo.Tech.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * A coherent technology stack as one kind of team runs it: the core every job of the
 * family asks for, one pick from each group of alternatives, a few extras, and
 * nice-to-haves.
 */
enum StackFamily {

	GO_SERVICES(Role.BACKEND, 14, List.of(Tech.GO),
			List.of(List.of(POSTGRESQL, POSTGRESQL, POSTGRESQL, COCKROACHDB, MYSQL), List.of(KAFKA, KAFKA, NATS),
					List.of(AWS, AWS, GOOGLE_CLOUD)),
			List.of(KUBERNETES, DOCKER, GRPC, PROTOBUF, REDIS, GIN, PROMETHEUS, OPENTELEMETRY, TERRAFORM,
					DISTRIBUTED_SYSTEMS, MICROSERVICES, SQL),
			List.of(RUST, CLICKHOUSE, DATADOG, EVENT_DRIVEN, ISTIO, HELM, ARGOCD, GITHUB_ACTIONS)),

	JAVA_SPRING(Role.BACKEND, 18, List.of(JAVA, SPRING_BOOT),
			List.of(List.of(POSTGRESQL, POSTGRESQL, POSTGRESQL, MYSQL), List.of(KAFKA, KAFKA, RABBITMQ),
					List.of(AWS, AWS, GOOGLE_CLOUD, AZURE)),
			List.of(HIBERNATE, HIBERNATE, KUBERNETES, DOCKER, JUNIT, REDIS, MICROSERVICES, REST_API, ELASTICSEARCH, DDD,
					GITLAB_CI),
			List.of(KOTLIN, TERRAFORM, GRAFANA, OPENTELEMETRY, EVENT_DRIVEN, GRAPHQL, JENKINS, TDD)),

	JAVA_CLOUD_NATIVE(Role.BACKEND, 3, List.of(JAVA),
			List.of(List.of(QUARKUS, MICRONAUT), List.of(POSTGRESQL, POSTGRESQL, MYSQL, MONGODB),
					List.of(KAFKA, RABBITMQ), List.of(AWS, AZURE, GOOGLE_CLOUD)),
			List.of(KUBERNETES, DOCKER, HIBERNATE, JUNIT, GRPC, MICROSERVICES, OPENAPI),
			List.of(KOTLIN, OPENTELEMETRY, TERRAFORM, HELM)),

	KOTLIN_JVM(Role.BACKEND, 6, List.of(KOTLIN),
			List.of(List.of(SPRING_BOOT, SPRING_BOOT, KTOR), List.of(POSTGRESQL, POSTGRESQL, MONGODB),
					List.of(KAFKA, RABBITMQ), List.of(AWS, GOOGLE_CLOUD)),
			List.of(KUBERNETES, DOCKER, GRPC, JUNIT, REDIS, MICROSERVICES, JAVA),
			List.of(JAVA, TERRAFORM, GRAPHQL, DDD, ARGOCD, DATADOG)),

	PYTHON_DJANGO(Role.BACKEND, 10, List.of(PYTHON, DJANGO),
			List.of(List.of(POSTGRESQL, POSTGRESQL, POSTGRESQL, MYSQL), List.of(AWS, AWS, GOOGLE_CLOUD)),
			List.of(CELERY, CELERY, REDIS, DOCKER, PYTEST, REST_API, RABBITMQ, ELASTICSEARCH, KUBERNETES, SQL),
			List.of(FASTAPI, TERRAFORM, DATADOG, GRAPHQL, TYPESCRIPT, OPENSEARCH)),

	PYTHON_API(Role.BACKEND, 8, List.of(PYTHON),
			List.of(List.of(FASTAPI, FASTAPI, FLASK), List.of(POSTGRESQL, POSTGRESQL, MONGODB),
					List.of(AWS, GOOGLE_CLOUD)),
			List.of(REDIS, DOCKER, KUBERNETES, PYTEST, KAFKA, CELERY, OPENAPI, REST_API),
			List.of(Tech.GO, TERRAFORM, OPENTELEMETRY, ELASTICSEARCH, GRAFANA)),

	NODE_TYPESCRIPT(Role.BACKEND, 11, List.of(NODEJS, TYPESCRIPT),
			List.of(List.of(NESTJS, NESTJS, EXPRESS), List.of(POSTGRESQL, POSTGRESQL, MONGODB, MONGODB),
					List.of(AWS, AWS, GOOGLE_CLOUD)),
			List.of(REDIS, GRAPHQL, DOCKER, KUBERNETES, RABBITMQ, KAFKA, REST_API, MICROSERVICES, OPENAPI),
			List.of(Tech.GO, TERRAFORM, ELASTICSEARCH, DATADOG, GITHUB_ACTIONS, OPENTELEMETRY)),

	NODE_JAVASCRIPT(Role.BACKEND, 2, List.of(NODEJS, JAVASCRIPT),
			List.of(List.of(EXPRESS), List.of(MONGODB, MYSQL, POSTGRESQL), List.of(AWS, GOOGLE_CLOUD)),
			List.of(REDIS, DOCKER, REST_API, NGINX, GIT), List.of(TYPESCRIPT, GRAPHQL, KUBERNETES, JENKINS)),

	DOTNET_AZURE(Role.BACKEND, 9, List.of(CSHARP, Tech.DOTNET, ASPNET_CORE),
			List.of(List.of(SQL_SERVER, SQL_SERVER, SQL_SERVER, POSTGRESQL), List.of(AZURE, AZURE, AZURE, AWS)),
			List.of(RABBITMQ, KAFKA, DOCKER, KUBERNETES, REDIS, MICROSERVICES, DDD, REST_API, SQL),
			List.of(TERRAFORM, GRAFANA, ELASTICSEARCH, TYPESCRIPT, EVENT_DRIVEN)),

	RUBY_RAILS(Role.BACKEND, 7, List.of(RUBY, RAILS),
			List.of(List.of(POSTGRESQL, POSTGRESQL, POSTGRESQL, MYSQL), List.of(AWS, AWS, GOOGLE_CLOUD)),
			List.of(SIDEKIQ, SIDEKIQ, REDIS, DOCKER, ELASTICSEARCH, KAFKA, GRAPHQL, REST_API, SQL),
			List.of(Tech.GO, TYPESCRIPT, KUBERNETES, TERRAFORM, DATADOG)),

	RUST_SYSTEMS(Role.BACKEND, 4, List.of(RUST),
			List.of(List.of(POSTGRESQL, CASSANDRA, CLICKHOUSE, COCKROACHDB), List.of(KAFKA, NATS, PULSAR),
					List.of(AWS, GOOGLE_CLOUD)),
			List.of(GRPC, PROTOBUF, KUBERNETES, LINUX, DOCKER, DISTRIBUTED_SYSTEMS, OPENTELEMETRY, REDIS),
			List.of(Tech.GO, CPP, TERRAFORM, PROMETHEUS, FLINK)),

	SCALA_STREAMING(Role.BACKEND, 3, List.of(SCALA),
			List.of(List.of(KAFKA, KAFKA, PULSAR), List.of(CASSANDRA, POSTGRESQL, CLICKHOUSE),
					List.of(AWS, GOOGLE_CLOUD)),
			List.of(SPARK, FLINK, KUBERNETES, DOCKER, DISTRIBUTED_SYSTEMS, EVENT_DRIVEN, GRPC),
			List.of(JAVA, KOTLIN, TERRAFORM, DATADOG, ELASTICSEARCH)),

	ELIXIR_PHOENIX(Role.BACKEND, 2, List.of(ELIXIR, PHOENIX), List.of(List.of(POSTGRESQL), List.of(AWS, GOOGLE_CLOUD)),
			List.of(REDIS, DOCKER, KUBERNETES, GRAPHQL, RABBITMQ, DISTRIBUTED_SYSTEMS),
			List.of(ERLANG, ERLANG, RUST, TERRAFORM, TYPESCRIPT)),

	PHP_LARAVEL(Role.BACKEND, 5, List.of(PHP, LARAVEL),
			List.of(List.of(MYSQL, MYSQL, MARIADB, POSTGRESQL), List.of(AWS, AWS, GOOGLE_CLOUD)),
			List.of(REDIS, RABBITMQ, DOCKER, ELASTICSEARCH, REST_API, NGINX, KUBERNETES),
			List.of(Tech.GO, TYPESCRIPT, TERRAFORM, GITLAB_CI, OPENSEARCH)),

	CPP_LOW_LATENCY(Role.BACKEND, 1, List.of(CPP, LINUX),
			List.of(List.of(KAFKA, NATS), List.of(POSTGRESQL, CLICKHOUSE, REDIS)),
			List.of(DISTRIBUTED_SYSTEMS, GRPC, PROTOBUF, DOCKER, PYTHON),
			List.of(RUST, Tech.GO, KUBERNETES, PROMETHEUS)),

	CLOJURE_FUNCTIONAL(Role.BACKEND, 1, List.of(CLOJURE),
			List.of(List.of(POSTGRESQL, CASSANDRA, NEO4J), List.of(KAFKA), List.of(AWS)),
			List.of(DOCKER, KUBERNETES, DISTRIBUTED_SYSTEMS, EVENT_DRIVEN), List.of(JAVA, SCALA, TERRAFORM, DATADOG)),

	DATA_ENGINEERING(Role.DATA, 7, List.of(PYTHON, AIRFLOW, SQL),
			List.of(List.of(SNOWFLAKE, SNOWFLAKE, CLICKHOUSE, POSTGRESQL), List.of(DBT, DBT, SPARK),
					List.of(AWS, AWS, GOOGLE_CLOUD)),
			List.of(KAFKA, SPARK, DBT, FLINK, DOCKER, KUBERNETES, TERRAFORM, SCALA),
			List.of(SCALA, FLINK, KAFKA, TERRAFORM, DATADOG, Tech.GO)),

	SITE_RELIABILITY(Role.OPERATIONS, 8, List.of(KUBERNETES, TERRAFORM),
			List.of(List.of(AWS, AWS, GOOGLE_CLOUD, AZURE), List.of(PROMETHEUS, PROMETHEUS, DATADOG),
					List.of(Tech.GO, PYTHON), List.of(HELM, ARGOCD, ANSIBLE)),
			List.of(LINUX, DOCKER, GRAFANA, OPENTELEMETRY, ISTIO, GITHUB_ACTIONS, GITLAB_CI, CI_CD, POSTGRESQL, NGINX),
			List.of(KAFKA, ELASTICSEARCH, RUST, CASSANDRA, JENKINS));

	private final Role role;

	private final int weight;

	private final List<Tech> core;

	private final List<List<Tech>> choices;

	private final List<Tech> extras;

	private final List<Tech> niceToHave;

	StackFamily(Role role, int weight, List<Tech> core, List<List<Tech>> choices, List<Tech> extras,
			List<Tech> niceToHave) {
		this.role = role;
		this.weight = weight;
		this.core = core;
		this.choices = choices;
		this.extras = extras;
		this.niceToHave = niceToHave;
	}

	Role role() {
		return role;
	}

	static StackFamily pick(SplittableRandom random) {
		int total = 0;
		for (StackFamily family : values()) {
			total += family.weight;
		}
		int ticket = random.nextInt(total);
		for (StackFamily family : values()) {
			ticket -= family.weight;
			if (ticket < 0) {
				return family;
			}
		}
		throw new IllegalStateException("Weights do not add up");
	}

	/** One concrete stack of this family. */
	Stack stack(SplittableRandom random) {
		Set<Tech> required = new LinkedHashSet<>(core);
		List<Tech> picks = new ArrayList<>();
		for (List<Tech> group : choices) {
			Tech pick = Seeds.pick(random, group);
			picks.add(pick);
			required.add(pick);
		}
		int extraCount = 1 + random.nextInt(4);
		for (int i = 0; i < extraCount; i++) {
			required.add(Seeds.pick(random, extras));
		}
		cloudExtra(required, random);
		Set<Tech> nice = new LinkedHashSet<>();
		int niceCount = 1 + random.nextInt(3);
		for (int i = 0; i < niceCount; i++) {
			Tech tech = Seeds.pick(random, niceToHave);
			if (!required.contains(tech)) {
				nice.add(tech);
			}
		}
		List<Tech> headline = core.size() > 1 ? core.subList(0, 2) : List.of(core.get(0), picks.get(0));
		return new Stack(this, List.copyOf(required), List.copyOf(nice), headline);
	}

	/** Some teams lean on their cloud's own services. */
	private static void cloudExtra(Set<Tech> required, SplittableRandom random) {
		if (!Seeds.chance(random, 0.3)) {
			return;
		}
		if (required.contains(AWS)) {
			required.add(Seeds.pick(random, AWS_SQS, DYNAMODB, AWS_LAMBDA));
		}
		else if (required.contains(GOOGLE_CLOUD)) {
			required.add(Seeds.pick(random, GOOGLE_PUBSUB, BIGQUERY));
		}
	}

	/** What the people hired into a family mostly do. */
	enum Role {

		BACKEND, DATA, OPERATIONS

	}

	/**
	 * A concrete stack.
	 *
	 * @param family the family it comes from
	 * @param required the must-haves, in the order a posting lists them
	 * @param niceToHave the nice-to-haves, none of them required
	 * @param headline the one or two technologies a title names
	 */
	record Stack(StackFamily family, List<Tech> required, List<Tech> niceToHave, List<Tech> headline) {

		/** The language or framework a "... Developer" title names. */
		Tech language() {
			return headline.get(0);
		}

		List<Tech> ofKind(Tech.Kind kind) {
			return required.stream().filter(tech -> tech.kind() == kind).toList();
		}

	}

}
