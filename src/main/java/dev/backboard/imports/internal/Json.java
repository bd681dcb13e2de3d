package dev.backboard.imports.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Small helpers for reading vendors' JSON, where any field may be missing or null.
 */
final class Json {

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private Json() {
	}

	static JsonNode parse(String body, String what) throws FetchFailed {
		try {
			return MAPPER.readTree(body);
		}
		catch (JacksonException ex) {
			throw new FetchFailed(what + " did not answer with valid JSON: " + ex.getOriginalMessage(), ex);
		}
	}

	static @Nullable String text(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || value.isNull() || value.isContainer()) {
			return null;
		}
		String text = value.asString().strip();
		return text.isEmpty() ? null : text;
	}

	static String text(JsonNode node, String field, String fallback) {
		String text = text(node, field);
		return text == null ? fallback : text;
	}

	static @Nullable BigDecimal number(JsonNode node, String field) {
		JsonNode value = node.get(field);
		if (value == null || !value.isNumber()) {
			return null;
		}
		return value.decimalValue();
	}

	/** The elements of an array field, or none. */
	static List<JsonNode> array(JsonNode node, String field) {
		JsonNode value = node.get(field);
		List<JsonNode> elements = new ArrayList<>();
		if (value != null && value.isArray()) {
			value.forEach(elements::add);
		}
		return elements;
	}

	/** The string values of an array field, blanks left out. */
	static List<String> strings(JsonNode node, String field) {
		List<String> strings = new ArrayList<>();
		for (JsonNode element : array(node, field)) {
			if (element.isString() && !element.asString().isBlank()) {
				strings.add(element.asString().strip());
			}
		}
		return strings;
	}

	/** A named member of every element that has it: departments[].name. */
	static List<String> names(JsonNode node, String field, String member) {
		List<String> names = new ArrayList<>();
		for (JsonNode element : array(node, field)) {
			String name = text(element, member);
			if (name != null) {
				names.add(name);
			}
		}
		return names;
	}

}
