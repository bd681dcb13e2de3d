package dev.backboard.oauth.web;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import dev.backboard.core.FieldProblems;
import dev.backboard.core.NotFound;
import dev.backboard.oauth.AppClient;
import dev.backboard.oauth.AppClients;
import dev.backboard.oauth.AppRegistration;
import dev.backboard.oauth.AppUser;
import dev.backboard.oauth.InvalidAppClient;

import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The apps that may ask people for access, for operators' tools: the same registrations,
 * rules and messages as the admin page, through an app an admin authorized with the
 * {@code admin:clients} scope. A confidential app's secret is shown once, in the answer
 * that registered it.
 */
@RestController
@Tag(name = "Admin clients", description = "The apps registered on Backboard, for an admin's tools")
class AdminClientsApiController {

	private static final String PATH = "/api/v1/admin/clients";

	private static final Set<String> FIELDS = Set.of("name", "type", "redirectUris", "scopes", "origins");

	private static final String PUBLIC = "public";

	private static final String CONFIDENTIAL = "confidential";

	private final AppClients clients;

	private final JsonMapper json;

	AdminClientsApiController(AppClients clients, JsonMapper json) {
		this.clients = clients;
		this.json = json;
	}

	/**
	 * An app as registered; never its secret.
	 *
	 * @param clientId what the app sends as client_id
	 * @param name what people see on the consent page
	 * @param type public (no secret) or confidential (authenticates with its secret)
	 * @param redirectUris where codes may be sent, matched exactly
	 * @param scopes the most it may ask for; openid always
	 * @param origins for a single-page app, the browser origins allowed by CORS
	 * @param createdAt when it was registered
	 */
	record ClientResponse(@Schema(example = "app_Yk3v9QmTz1Lw8Rb2Hc5N0d") String clientId,
			@Schema(example = "Pocket Jobs") String name, @Schema(allowableValues = {
					PUBLIC, CONFIDENTIAL }, example = PUBLIC) String type,
			@ArraySchema(schema = @Schema(example = "http://127.0.0.1/callback")) List<String> redirectUris,
			@ArraySchema(schema = @Schema(example = "jobs:read")) Set<String> scopes,
			@Schema(example = "[\"https://app.example.com\"]") List<String> origins,
			@Schema(example = "2026-12-01T09:30:00Z") Instant createdAt){

		static ClientResponse of(AppClient app) {
			return new ClientResponse(app.clientId(), app.name(), app.confidential() ? CONFIDENTIAL : PUBLIC,
					app.redirectUris(), app.scopes(), app.origins(), app.createdAt());
		}

	}

	/**
	 * An app just registered, with its secret if it has one: shown only in this answer.
	 *
	 * @param client the app
	 * @param clientSecret a confidential app's secret; null for a public app
	 */
	record RegisteredClient(ClientResponse client,
			@Schema(example = "DhMwCkGc70G5kAA46DNfWH0gksBx8E0GP4KlvsOii6c") @Nullable String clientSecret) {
	}

	/**
	 * An app as an admin registers or changes it. Any other member is refused with a 400
	 * naming it.
	 *
	 * @param name 1 to 100 characters, shown on the consent page
	 * @param type public (mobile, desktop, single-page: no secret) or confidential (a
	 * server that keeps a secret); it cannot change once registered
	 * @param redirectUris 1 to 10, matched exactly: https; http://127.0.0.1 or
	 * http://[::1] on any port for a native app; or a native app's own scheme such as
	 * com.example.app:/callback; no fragments, no wildcards
	 * @param scopes at least one of the scopes the oauth2 security scheme lists
	 * @param origins for a public single-page app, its browser origins such as
	 * https://app.example.com
	 */
	record ClientRequest(@Schema(requiredMode = Schema.RequiredMode.REQUIRED, example = "Pocket Jobs") String name,
			@Schema(allowableValues = {
					PUBLIC, CONFIDENTIAL }, example = PUBLIC,
					description = "Required when registering; when changing an app, only its current type") @Nullable String type,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @ArraySchema(
					schema = @Schema(example = "http://127.0.0.1/callback")) List<String> redirectUris,
			@Schema(requiredMode = Schema.RequiredMode.REQUIRED) @ArraySchema(
					schema = @Schema(example = "jobs:read")) List<String> scopes,
			@Schema(example = "[\"https://app.example.com\"]") @Nullable List<String> origins){
	}

	@GetMapping(PATH)
	@Operation(operationId = "listClients", summary = "List the registered apps", description = "Newest first.")
	List<ClientResponse> list() {
		return clients.all().stream().map(ClientResponse::of).toList();
	}

	@PostMapping(PATH)
	@Operation(operationId = "registerClient", summary = "Register an app", description = """
			Registers a public or a confidential app with the rules of the admin page; each bad field is a 400 \
			naming it, and nothing is registered. A confidential app's secret is in this answer only.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClientRequest.class)))
	@ApiResponse(responseCode = "201", description = "Registered", content = @Content(mediaType = "application/json",
			schema = @Schema(implementation = RegisteredClient.class)))
	ResponseEntity<RegisteredClient> register(@AuthenticationPrincipal AppUser admin,
			@RequestBody(required = false) byte @Nullable [] body) {
		JsonNode request = object(body);
		String type = request.path("type").isString() ? request.path("type").asString() : "";
		if (!type.equals(PUBLIC) && !type.equals(CONFIDENTIAL)) {
			throw new InvalidFields(Map.of("type", "public or confidential"));
		}
		AppClients.Registered registered = clients.register(admin.accountId(),
				registration(request, type.equals(CONFIDENTIAL)));
		AppClient app = clients.find(registered.clientId()).orElseThrow();
		return ResponseEntity.created(URI.create(PATH + "/" + app.clientId()))
			.body(new RegisteredClient(ClientResponse.of(app), registered.clientSecret()));
	}

	@GetMapping(PATH + "/{clientId}")
	@Operation(operationId = "getClient", summary = "Read a registered app")
	ClientResponse get(@PathVariable String clientId) {
		return ClientResponse.of(clients.find(clientId).orElseThrow(() -> new NotFound("app")));
	}

	@PutMapping(PATH + "/{clientId}")
	@Operation(operationId = "updateClient", summary = "Change an app's name, redirect URIs, scopes and origins",
			description = """
					Replaces them; the type, client id and secret stay. Taking a scope away ends every grant \
					people gave the app (they allow it again); each bad field is a 400 naming it.""")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(mediaType = "application/json", schema = @Schema(implementation = ClientRequest.class)))
	ClientResponse update(@PathVariable String clientId, @RequestBody(required = false) byte @Nullable [] body) {
		AppClient current = clients.find(clientId).orElseThrow(() -> new NotFound("app"));
		JsonNode request = object(body);
		boolean confidential = current.confidential();
		if (request.has("type")) {
			String type = request.get("type").isString() ? request.get("type").asString() : "";
			if (!type.equals(PUBLIC) && !type.equals(CONFIDENTIAL)) {
				throw new InvalidFields(Map.of("type", "public or confidential"));
			}
			confidential = type.equals(CONFIDENTIAL);
		}
		return ClientResponse
			.of(clients.update(clientId, registration(request, confidential)).orElseThrow(() -> new NotFound("app")));
	}

	@DeleteMapping(PATH + "/{clientId}")
	@Operation(operationId = "deleteClient", summary = "Delete an app", description = """
			Removes the app with every grant people gave it: its tokens stop working at once.""")
	@ApiResponse(responseCode = "204", description = "Deleted")
	ResponseEntity<Void> delete(@PathVariable String clientId) {
		AppClient app = clients.find(clientId).orElseThrow(() -> new NotFound("app"));
		clients.delete(app.id());
		return ResponseEntity.noContent().build();
	}

	/** The body as a JSON object with only the fields an app has. */
	private JsonNode object(byte @Nullable [] body) {
		JsonNode request;
		try {
			request = body == null || body.length == 0 ? null : json.readTree(body);
		}
		catch (JacksonException ex) {
			request = null;
		}
		if (request == null || !request.isObject()) {
			throw new InvalidFields(Map.of("body", "send the app as a JSON object"));
		}
		for (String field : request.propertyNames()) {
			if (!FIELDS.contains(field)) {
				throw new InvalidFields(Map.of(field, "is not a field of an app"));
			}
		}
		return request;
	}

	private static AppRegistration registration(JsonNode request, boolean confidential) {
		Map<String, String> errors = new LinkedHashMap<>();
		JsonNode name = request.path("name");
		if (!name.isMissingNode() && !name.isString()) {
			errors.put("name", "must be a string");
		}
		List<String> redirectUris = strings(request, "redirectUris", errors);
		List<String> scopes = strings(request, "scopes", errors);
		List<String> origins = strings(request, "origins", errors);
		if (!errors.isEmpty()) {
			throw new InvalidFields(errors);
		}
		return new AppRegistration(name.isString() ? name.asString() : "", redirectUris, confidential, scopes, origins);
	}

	private static List<String> strings(JsonNode request, String field, Map<String, String> errors) {
		JsonNode node = request.path(field);
		List<String> values = new ArrayList<>();
		if (node.isMissingNode() || node.isNull()) {
			return values;
		}
		if (!node.isArray()) {
			errors.put(field, "must be an array of strings");
			return values;
		}
		for (JsonNode value : node) {
			if (!value.isString()) {
				errors.put(field, "must be an array of strings");
				return values;
			}
			values.add(value.asString());
		}
		return values;
	}

	/** Fields the body gets wrong before the registration's own rules are asked. */
	static final class InvalidFields extends RuntimeException {

		private final Map<String, String> errors;

		InvalidFields(Map<String, String> errors) {
			super("Invalid fields: " + errors.keySet());
			this.errors = new LinkedHashMap<>(errors);
		}

	}

	@ExceptionHandler(InvalidFields.class)
	ResponseEntity<ProblemDetail> invalidFields(InvalidFields ex) {
		return ResponseEntity.badRequest().body(FieldProblems.of(ex.errors));
	}

	@ExceptionHandler(InvalidAppClient.class)
	ResponseEntity<ProblemDetail> invalid(InvalidAppClient ex) {
		return ResponseEntity.badRequest().body(FieldProblems.of(new LinkedHashMap<>(ex.errors())));
	}

}
