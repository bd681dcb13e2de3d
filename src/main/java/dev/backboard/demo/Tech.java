package dev.backboard.demo;

/**
 * The technologies demo jobs mention: a skill slug of the taxonomy and the name postings
 * write.
 */
enum Tech {

	GO("go", "Go", Kind.LANGUAGE), JAVA("java", "Java", Kind.LANGUAGE), KOTLIN("kotlin", "Kotlin", Kind.LANGUAGE),
	PYTHON("python", "Python", Kind.LANGUAGE), RUBY("ruby", "Ruby", Kind.LANGUAGE),
	NODEJS("nodejs", "Node.js", Kind.LANGUAGE), TYPESCRIPT("typescript", "TypeScript", Kind.LANGUAGE),
	JAVASCRIPT("javascript", "JavaScript", Kind.LANGUAGE), CSHARP("csharp", "C#", Kind.LANGUAGE),
	DOTNET("dotnet", ".NET", Kind.LANGUAGE), RUST("rust", "Rust", Kind.LANGUAGE),
	SCALA("scala", "Scala", Kind.LANGUAGE), ELIXIR("elixir", "Elixir", Kind.LANGUAGE), PHP("php", "PHP", Kind.LANGUAGE),
	CPP("cpp", "C++", Kind.LANGUAGE), CLOJURE("clojure", "Clojure", Kind.LANGUAGE),
	ERLANG("erlang", "Erlang", Kind.LANGUAGE),

	SPRING_BOOT("spring-boot", "Spring Boot", Kind.FRAMEWORK), SPRING("spring", "Spring", Kind.FRAMEWORK),
	DJANGO("django", "Django", Kind.FRAMEWORK), FLASK("flask", "Flask", Kind.FRAMEWORK),
	FASTAPI("fastapi", "FastAPI", Kind.FRAMEWORK), RAILS("rails", "Rails", Kind.FRAMEWORK),
	EXPRESS("express", "Express", Kind.FRAMEWORK), NESTJS("nestjs", "NestJS", Kind.FRAMEWORK),
	LARAVEL("laravel", "Laravel", Kind.FRAMEWORK), ASPNET_CORE("aspnet-core", "ASP.NET Core", Kind.FRAMEWORK),
	GIN("gin", "Gin", Kind.FRAMEWORK), QUARKUS("quarkus", "Quarkus", Kind.FRAMEWORK),
	MICRONAUT("micronaut", "Micronaut", Kind.FRAMEWORK), PHOENIX("phoenix", "Phoenix", Kind.FRAMEWORK),
	KTOR("ktor", "Ktor", Kind.FRAMEWORK), HIBERNATE("hibernate", "Hibernate", Kind.FRAMEWORK),

	POSTGRESQL("postgresql", "PostgreSQL", Kind.DATASTORE), MYSQL("mysql", "MySQL", Kind.DATASTORE),
	MONGODB("mongodb", "MongoDB", Kind.DATASTORE), REDIS("redis", "Redis", Kind.DATASTORE),
	CASSANDRA("cassandra", "Cassandra", Kind.DATASTORE),
	ELASTICSEARCH("elasticsearch", "Elasticsearch", Kind.DATASTORE),
	OPENSEARCH("opensearch", "OpenSearch", Kind.DATASTORE), DYNAMODB("dynamodb", "DynamoDB", Kind.DATASTORE),
	COCKROACHDB("cockroachdb", "CockroachDB", Kind.DATASTORE), CLICKHOUSE("clickhouse", "ClickHouse", Kind.DATASTORE),
	SNOWFLAKE("snowflake", "Snowflake", Kind.DATASTORE), BIGQUERY("bigquery", "BigQuery", Kind.DATASTORE),
	MARIADB("mariadb", "MariaDB", Kind.DATASTORE), SQL_SERVER("sql-server", "SQL Server", Kind.DATASTORE),
	NEO4J("neo4j", "Neo4j", Kind.DATASTORE),

	KAFKA("kafka", "Kafka", Kind.MESSAGING), RABBITMQ("rabbitmq", "RabbitMQ", Kind.MESSAGING),
	AWS_SQS("aws-sqs", "Amazon SQS", Kind.MESSAGING), GOOGLE_PUBSUB("google-pubsub", "Google Pub/Sub", Kind.MESSAGING),
	NATS("nats", "NATS", Kind.MESSAGING), PULSAR("pulsar", "Pulsar", Kind.MESSAGING),

	AWS("aws", "AWS", Kind.CLOUD), GOOGLE_CLOUD("google-cloud", "Google Cloud", Kind.CLOUD),
	AZURE("azure", "Azure", Kind.CLOUD), AWS_LAMBDA("aws-lambda", "AWS Lambda", Kind.INFRASTRUCTURE),
	KUBERNETES("kubernetes", "Kubernetes", Kind.INFRASTRUCTURE), DOCKER("docker", "Docker", Kind.INFRASTRUCTURE),
	TERRAFORM("terraform", "Terraform", Kind.INFRASTRUCTURE), HELM("helm", "Helm", Kind.INFRASTRUCTURE),
	ANSIBLE("ansible", "Ansible", Kind.INFRASTRUCTURE), LINUX("linux", "Linux", Kind.INFRASTRUCTURE),
	NGINX("nginx", "NGINX", Kind.INFRASTRUCTURE), ISTIO("istio", "Istio", Kind.INFRASTRUCTURE),
	ARGOCD("argocd", "Argo CD", Kind.INFRASTRUCTURE), PROMETHEUS("prometheus", "Prometheus", Kind.OBSERVABILITY),
	GRAFANA("grafana", "Grafana", Kind.OBSERVABILITY), DATADOG("datadog", "Datadog", Kind.OBSERVABILITY),
	OPENTELEMETRY("opentelemetry", "OpenTelemetry", Kind.OBSERVABILITY), GIT("git", "Git", Kind.TOOLING),

	GRAPHQL("graphql", "GraphQL", Kind.PRACTICE), GRPC("grpc", "gRPC", Kind.PRACTICE),
	REST_API("rest-api", "REST APIs", Kind.PRACTICE), CI_CD("ci-cd", "CI/CD", Kind.TOOLING),
	TDD("tdd", "TDD", Kind.TOOLING), MICROSERVICES("microservices", "microservices", Kind.PRACTICE),
	DISTRIBUTED_SYSTEMS("distributed-systems", "distributed systems", Kind.PRACTICE),
	DDD("ddd", "domain-driven design", Kind.PRACTICE),
	EVENT_DRIVEN("event-driven-architecture", "event-driven architecture", Kind.PRACTICE),
	GITHUB_ACTIONS("github-actions", "GitHub Actions", Kind.TOOLING), JENKINS("jenkins", "Jenkins", Kind.TOOLING),
	GITLAB_CI("gitlab-ci", "GitLab CI", Kind.TOOLING), JUNIT("junit", "JUnit", Kind.TOOLING),
	PYTEST("pytest", "pytest", Kind.TOOLING), CELERY("celery", "Celery", Kind.FRAMEWORK),
	SIDEKIQ("sidekiq", "Sidekiq", Kind.FRAMEWORK), AIRFLOW("airflow", "Airflow", Kind.DATA),
	SPARK("spark", "Spark", Kind.DATA), FLINK("flink", "Flink", Kind.DATA), DBT("dbt", "dbt", Kind.DATA),
	PROTOBUF("protobuf", "Protocol Buffers", Kind.PRACTICE), OPENAPI("openapi", "OpenAPI", Kind.PRACTICE),
	OAUTH("oauth", "OAuth", Kind.PRACTICE), SQL("sql", "SQL", Kind.PRACTICE);

	private final String slug;

	private final String label;

	private final Kind kind;

	Tech(String slug, String label, Kind kind) {
		this.slug = slug;
		this.label = label;
		this.kind = kind;
	}

	String slug() {
		return slug;
	}

	/** The name as a posting writes it: "PostgreSQL", "C#", "REST APIs". */
	String label() {
		return label;
	}

	Kind kind() {
		return kind;
	}

	/** How a stack description groups technologies. */
	enum Kind {

		LANGUAGE, FRAMEWORK, DATASTORE, MESSAGING, CLOUD, INFRASTRUCTURE, OBSERVABILITY, DATA, TOOLING, PRACTICE

	}

}
