package dev.backboard.jobs.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DatabindException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import dev.backboard.jobs.InvalidJob;
import dev.backboard.jobs.Job;
import dev.backboard.jobs.JobDetails;

import org.springframework.stereotype.Component;

/**
 * Reads job bodies strictly: a field an employer may not set, or one Backboard does not
 * know, is refused by name instead of being dropped, so that a client never believes it
 * set a job's status, company or features. Bodies are read here rather than by the
 * message converters because idempotency keys are checked against the exact bytes sent.
 */
@Component
class EmployerJobJson {

	/** Fields Backboard keeps itself; named separately so that the refusal says why. */
	static final Set<String> MANAGED = Set.of("id", "slug", "status", "url", "company", "companyId", "featured",
			"paidUntil", "postedAt", "validThrough", "submittedAt", "createdAt", "updatedAt", "rejectionReason",
			"version", "expiryWarnedAt", "salaryAnnualMin", "salaryAnnualMax");

	private static final Set<String> WRITABLE = Set.of("title", "descriptionMarkdown", "workplaceType", "locations",
			"remoteCountries", "timezoneMin", "timezoneMax", "employmentType", "seniority", "salary", "visaSponsorship",
			"relocation", "skills", "applyUrl", "applyEmail");

	private final JsonMapper strict;

	EmployerJobJson(JsonMapper json) {
		this.strict = json.rebuild()
			.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
			.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
			.enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
			.build();
	}

	/**
	 * The body as a JSON object.
	 * @throws InvalidJob naming {@code body} when it is empty, not JSON or not an object
	 */
	ObjectNode object(byte @Nullable [] body) {
		if (body == null || body.length == 0) {
			throw new InvalidJob(Map.of("body", "is required: send the job as a JSON object"));
		}
		JsonNode node;
		try {
			node = strict.readTree(new String(body, StandardCharsets.UTF_8));
		}
		catch (JacksonException ex) {
			throw new InvalidJob(Map.of("body", "is not valid JSON"));
		}
		if (node instanceof ObjectNode object) {
			return object;
		}
		throw new InvalidJob(Map.of("body", "must be a JSON object"));
	}

	/**
	 * A job's writable fields from a body holding nothing else but {@code extra}.
	 * @throws InvalidJob naming each refused, unknown, missing or mistyped field
	 */
	JobDetails details(ObjectNode body, Set<String> extra) {
		refuseOthers(body, extra);
		ObjectNode fields = body.deepCopy();
		fields.remove(extra);
		return bind(fields).toDetails();
	}

	/**
	 * The job with a JSON Merge Patch (RFC 7396) applied: members set to null are
	 * removed, objects merge, everything else replaces.
	 */
	JobDetails patched(Job job, ObjectNode patch) {
		refuseOthers(patch, Set.of());
		JsonNode current = strict.valueToTree(EmployerJobRequest.of(job));
		return bind((ObjectNode) merge(current, patch)).toDetails();
	}

	/**
	 * The value of an optional boolean member, e.g. {@code "submit": true}.
	 * @throws InvalidJob when it is there but not a boolean
	 */
	static boolean flag(ObjectNode body, String name) {
		JsonNode value = body.get(name);
		if (value == null || value.isNull()) {
			return false;
		}
		if (!value.isBoolean()) {
			throw new InvalidJob(Map.of(name, "must be true or false"));
		}
		return value.booleanValue();
	}

	String write(Object value) {
		return strict.writeValueAsString(value);
	}

	private static JsonNode merge(JsonNode target, JsonNode patch) {
		if (!(patch instanceof ObjectNode members)) {
			return patch;
		}
		ObjectNode result = target instanceof ObjectNode object ? object.deepCopy() : members.objectNode();
		for (Map.Entry<String, JsonNode> member : members.properties()) {
			if (member.getValue().isNull()) {
				result.remove(member.getKey());
			}
			else {
				JsonNode existing = result.get(member.getKey());
				result.set(member.getKey(),
						merge(existing == null ? tools.jackson.databind.node.MissingNode.getInstance() : existing,
								member.getValue()));
			}
		}
		return result;
	}

	private static void refuseOthers(ObjectNode body, Set<String> extra) {
		Map<String, String> errors = new LinkedHashMap<>();
		for (String name : body.propertyNames()) {
			if (MANAGED.contains(name)) {
				errors.put(name, "is set by Backboard and may not be sent");
			}
			else if (!WRITABLE.contains(name) && !extra.contains(name)) {
				errors.put(name, "is not a field of a job");
			}
		}
		if (!errors.isEmpty()) {
			throw new InvalidJob(errors);
		}
	}

	private EmployerJobRequest bind(ObjectNode fields) {
		try {
			return strict.treeToValue(fields, EmployerJobRequest.class);
		}
		catch (DatabindException ex) {
			throw new InvalidJob(Map.of(path(ex), message(ex)));
		}
	}

	/** "salary.min", "locations[0].city": as the validation errors name fields. */
	private static String path(JacksonException ex) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : ex.getPath()) {
			if (reference.getPropertyName() != null) {
				path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.isEmpty() ? "body" : path.toString();
	}

	/** What is wrong, without the Java types Jackson's own messages name. */
	private static String message(DatabindException ex) {
		if (ex instanceof UnrecognizedPropertyException) {
			return "is not a known field";
		}
		if (ex instanceof InvalidFormatException invalid && invalid.getTargetType() != null
				&& invalid.getTargetType().isEnum()) {
			return "\"" + invalid.getValue() + "\" is not one of "
					+ Arrays.toString(invalid.getTargetType().getEnumConstants());
		}
		if (ex instanceof MismatchedInputException mismatched && mismatched.getTargetType() != null) {
			return "must be " + expected(mismatched.getTargetType());
		}
		return "has a value of the wrong type";
	}

	private static String expected(Class<?> type) {
		if (type.isEnum()) {
			return "one of " + Arrays.toString(type.getEnumConstants());
		}
		if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class || type == double.class) {
			return "a number";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (type == String.class) {
			return "a string";
		}
		if (java.util.Collection.class.isAssignableFrom(type)) {
			return "an array";
		}
		return "an object";
	}

}
