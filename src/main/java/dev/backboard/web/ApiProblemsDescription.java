package dev.backboard.web;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.IntegerSchema;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Tells in the OpenAPI description how API calls fail: as RFC 9457 problems
 * ({@code application/problem+json}) with the statuses {@link ApiProblems} and the token
 * checks answer, so that a generated client knows the errors and their shape.
 */
@Component
class ApiProblemsDescription implements OpenApiCustomizer {

	static final String PROBLEM = "Problem";

	private static final String FIELD_ERROR = "FieldError";

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getComponents().addSchemas(FIELD_ERROR, fieldError()).addSchemas(PROBLEM, problem());
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			ApiResponses responses = operation.getResponses();
			if (takesInput(operation)) {
				add(responses, "400", "A bad parameter or field: each is named in errors");
			}
			if (operation.getSecurity() != null && !operation.getSecurity().isEmpty()) {
				add(responses, "401", "No token, or one that expired or was revoked");
				add(responses, "403", "The token lacks the scope named in scope, or may not do this");
			}
			if (path.contains("{")) {
				add(responses, "404", "Nothing with that id that this token may see");
			}
			if (method == PathItem.HttpMethod.POST) {
				add(responses, "429", "Too many requests: Retry-After says when to try again");
			}
		}));
	}

	private static boolean takesInput(Operation operation) {
		return operation.getRequestBody() != null
				|| (operation.getParameters() != null && !operation.getParameters().isEmpty());
	}

	private static void add(ApiResponses responses, String status, String description) {
		if (!responses.containsKey(status)) {
			responses.addApiResponse(status,
					new ApiResponse().description(description)
						.content(new Content().addMediaType(
								org.springframework.http.MediaType.APPLICATION_PROBLEM_JSON_VALUE,
								new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM)))));
		}
	}

	private static Schema<?> problem() {
		Schema<?> problem = new ObjectSchema()
			.description("An RFC 9457 problem. Some come with more members, e.g. applicationId with the 409 "
					+ "of a second application to a job.")
			.addProperty("type",
					new StringSchema().description("A URI naming the kind of problem").example("about:blank"))
			.addProperty("title", new StringSchema().example("Invalid request"))
			.addProperty("status", new IntegerSchema().description("The HTTP status").example(400))
			.addProperty("detail", new StringSchema().example("consent: agree to the processing of your application"))
			.addProperty("instance",
					new StringSchema().description("The path the problem happened on")
						.example("/api/v1/me/applications"))
			.addProperty("errors",
					new ArraySchema().items(new Schema<>().$ref("#/components/schemas/" + FIELD_ERROR))
						.description("With a 400: each bad parameter or field"))
			.addProperty("scope",
					new StringSchema().description("With a 403: the scope the token lacks").example("resumes"));
		problem.setRequired(List.of("status"));
		return problem;
	}

	private static Schema<?> fieldError() {
		return new ObjectSchema().description("One bad parameter or field, with the message its page shows")
			.addProperty("parameter", new StringSchema().example("consent"))
			.addProperty("message", new StringSchema().example("agree to the processing of your application"));
	}

}
