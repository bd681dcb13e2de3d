package dev.backboard.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.companies.ApiTokens;
import dev.backboard.companies.Companies;
import dev.backboard.companies.CompanyForm;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Users;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends extreme and malformed numbers to every numeric parameter of every route that
 * anyone, or any API token, may call, found from the request mappings so that a new route
 * or parameter is covered without a change here. None may fail on the server: the API
 * answers a value it refuses with a 400 problem naming the parameter, a page with a
 * message.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NumericParametersIntegrationTests {

	/** Numbers a parser, a validator, an index or a link builder might choke on. */
	static final List<String> VALUES = List.of("1e20", "-1e20", "1E+20", "NaN", "Infinity", "-Infinity",
			"9223372036854775807", "9223372036854775808", "-9223372036854775809", "2147483648", "-2147483649", "-0",
			"-1", "0", "0x10", "1_000", "1,000", "1.5", "", " ", " 7", "+7", "9".repeat(400), "١٢٣", "١e٢٠",
			"1e-999999999", "1e999999999", "1e2147483647", "0.0000000000000000000001", "%00", "1\u00007");

	/**
	 * Values that make no URL when put in a path (an empty segment, an encoded percent or
	 * NUL): the server refuses them before choosing a route, so there is no parameter to
	 * name.
	 */
	static final Set<String> NOT_A_PATH = Set.of("", "%00", "1\u00007");

	/** Parameters that are not numbers themselves but carry numbers. */
	static final Map<String, List<String>> NUMBERS_IN_TEXT = Map.of("near", List.of("1e20,1e20", "NaN,NaN",
			"Infinity,0", "-0,-0", "90.0000000000000000001,180", "91,0", "9".repeat(400) + ",0"));

	/** What some routes need besides the parameter under test to reach its handler. */
	static final Map<String, String> REQUIRED = Map.of("/api/v1/suggest", "q=go");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Autowired
	Users users;

	@Autowired
	Companies companies;

	@Autowired
	ApiTokens tokens;

	String token;

	@BeforeAll
	void aCompanyWithAToken() {
		UserAccount owner = users.create("Numbers", Role.EMPLOYER);
		long company = companies
			.create(owner.getId(), new CompanyForm("Numbers " + System.nanoTime(), null, null, null, null), null)
			.getId();
		token = tokens.create(company, owner.getId(), "numbers", List.of("jobs:read", "jobs:write")).secret();
	}

	/** A route's numeric inputs, as found from its handler. */
	record Route(String method, String pattern, AccessControlMatrixIntegrationTests.Rule rule, List<String> query,
			List<String> path) {

		boolean api() {
			return pattern.startsWith("/api/");
		}

	}

	@Test
	void theSearchRoutesAreFoundWithTheirNumericParameters() {
		assertThat(routes()).anySatisfy(route -> {
			assertThat(route.pattern()).isEqualTo("/api/v1/jobs");
			assertThat(route.query()).contains("salaryMin", "page", "size", "radius", "postedWithin");
		}).anySatisfy(route -> {
			assertThat(route.pattern()).isEqualTo("/jobs");
			assertThat(route.query()).contains("salaryMin", "page", "size", "radius", "postedWithin");
		}).anySatisfy(route -> assertThat(route.pattern()).isEqualTo("/api/v1/jobs/{id}"));
	}

	@TestFactory
	Stream<DynamicTest> noNumberMakesAPublicRouteFail() {
		List<DynamicTest> tests = new ArrayList<>();
		for (Route route : routes()) {
			for (String parameter : route.query()) {
				for (String value : NUMBERS_IN_TEXT.getOrDefault(parameter, VALUES)) {
					tests.add(DynamicTest.dynamicTest(describe(route, parameter, value),
							() -> check(route, parameter, value, false)));
				}
			}
			for (String variable : route.path()) {
				for (String value : VALUES.stream().filter(value -> !NOT_A_PATH.contains(value)).toList()) {
					tests.add(DynamicTest.dynamicTest(describe(route, "{" + variable + "}", value),
							() -> check(route, variable, value, true)));
				}
			}
		}
		return tests.stream();
	}

	private void check(Route route, String parameter, String value, boolean inPath) {
		String path = path(route, inPath ? parameter : null, value);
		String query = REQUIRED.getOrDefault(route.pattern(), "");
		if (!inPath) {
			query += (query.isEmpty() ? "" : "&") + parameter + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
		}
		String target = path + (query.isEmpty() ? "" : "?" + query);
		Map<String, String> headers = new java.util.HashMap<>();
		if (route.rule() == AccessControlMatrixIntegrationTests.Rule.API_TOKEN
				|| route.rule() == AccessControlMatrixIntegrationTests.Rule.API_TOKEN_OWNS) {
			headers.put("Authorization", "Bearer " + token);
		}
		String body = null;
		if (!route.method().equals("GET")) {
			headers.put("Content-Type", "application/json");
			body = "{}";
		}
		Api.Response response = body == null ? new Api(port).send(route.method(), target, headers)
				: new Api(port).send(route.method(), target, headers, body);
		String outcome = route.method() + " " + target + " answered " + response.status() + ": "
				+ abbreviate(response.body());
		assertThat(response.status()).as(outcome).isLessThan(500);
		if (response.status() == 400) {
			if (route.api()) {
				assertThat(parametersNamedIn(response.json())).as(outcome).contains(parameter);
			}
			else {
				assertThat(response.body()).as(outcome).contains(parameter);
			}
		}
	}

	private static List<String> parametersNamedIn(JsonNode problem) {
		List<String> names = new ArrayList<>();
		problem.path("errors").forEach(error -> names.add(error.path("parameter").asText()));
		return names;
	}

	/** The route's path, its variables set to plain values except the one under test. */
	private static String path(Route route, String tested, String value) {
		Matcher variables = Pattern.compile("\\{([a-zA-Z]+)(:[^}]*)?}").matcher(route.pattern());
		StringBuilder path = new StringBuilder();
		while (variables.find()) {
			String name = variables.group(1);
			String replacement = name.equals(tested)
					? URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20")
					: route.path().contains(name) ? "1" : "anything";
			variables.appendReplacement(path, Matcher.quoteReplacement(replacement));
		}
		variables.appendTail(path);
		return path.toString();
	}

	/**
	 * Every route anyone or an API token may call, with its numeric query parameters
	 * (request parameters and the components of a record bound from the query) and path
	 * variables.
	 */
	private List<Route> routes() {
		List<Route> routes = new ArrayList<>();
		Map<RequestMappingInfo, HandlerMethod> handlers = new TreeMap<>((x, y) -> x.toString().compareTo(y.toString()));
		handlers.putAll(mappings.getHandlerMethods());
		handlers.forEach((info, handler) -> {
			if (info.getPathPatternsCondition() == null) {
				return;
			}
			for (String pattern : info.getPathPatternsCondition().getPatternValues()) {
				for (var method : info.getMethodsCondition().getMethods()) {
					var rule = AccessControlMatrixIntegrationTests.RULES.get(method.name() + " " + pattern);
					if (rule == null || !PUBLIC.contains(rule)) {
						continue;
					}
					List<String> query = new ArrayList<>();
					List<String> path = new ArrayList<>();
					for (MethodParameter parameter : handler.getMethodParameters()) {
						parameter
							.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
						RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
						PathVariable pathVariable = parameter.getParameterAnnotation(PathVariable.class);
						if (requestParam != null && numeric(parameter.getGenericParameterType())) {
							query.add(name(requestParam.name(), parameter));
						}
						else if (pathVariable != null && numeric(parameter.getGenericParameterType())) {
							path.add(name(pathVariable.name(), parameter));
						}
						else if (parameter.hasParameterAnnotation(ModelAttribute.class)
								&& parameter.getParameterType().isRecord()) {
							for (RecordComponent component : parameter.getParameterType().getRecordComponents()) {
								if (numeric(component.getGenericType())
										|| NUMBERS_IN_TEXT.containsKey(component.getName())) {
									query.add(component.getName());
								}
							}
						}
					}
					if (!query.isEmpty() || !path.isEmpty()) {
						routes.add(new Route(method.name(), pattern, rule, query, path));
					}
				}
			}
		});
		return routes;
	}

	static final Set<AccessControlMatrixIntegrationTests.Rule> PUBLIC = Set.of(
			AccessControlMatrixIntegrationTests.Rule.PUBLIC, AccessControlMatrixIntegrationTests.Rule.LINK,
			AccessControlMatrixIntegrationTests.Rule.API_PUBLIC, AccessControlMatrixIntegrationTests.Rule.API_TOKEN,
			AccessControlMatrixIntegrationTests.Rule.API_TOKEN_OWNS);

	private static boolean numeric(Type type) {
		if (type instanceof ParameterizedType parameterized) {
			return parameterized.getActualTypeArguments().length == 1
					&& numeric(parameterized.getActualTypeArguments()[0]);
		}
		if (type instanceof Class<?> type1) {
			return Number.class.isAssignableFrom(type1) || BigDecimal.class.equals(type1)
					|| (type1.isPrimitive() && type1 != boolean.class && type1 != void.class);
		}
		return false;
	}

	private static String name(String declared, MethodParameter parameter) {
		return declared.isEmpty() ? String.valueOf(parameter.getParameterName()) : declared;
	}

	private static String describe(Route route, String parameter, String value) {
		return route.method() + " " + route.pattern() + " " + parameter + "=" + abbreviate(value);
	}

	private static String abbreviate(String text) {
		return text.length() > 300 ? text.substring(0, 300) + "…" : text;
	}

}
