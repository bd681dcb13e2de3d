package dev.backboard.search.web;

import java.lang.reflect.Method;
import java.util.List;

import jakarta.validation.Valid;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.backboard.search.JobQuery;

import org.springframework.core.MethodParameter;
import org.springframework.format.support.DefaultFormattingConversionService;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.validation.BindingResult;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;

import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;
import org.springframework.web.servlet.mvc.method.annotation.ServletRequestDataBinderFactory;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A search's parameters bind to the same query, with the same errors, as Spring's own
 * binding of a record gives.
 */
class JobQueryArgumentResolverTests {

	private static final DefaultFormattingConversionService CONVERSIONS = new DefaultFormattingConversionService();

	private static final LocalValidatorFactoryBean VALIDATOR = validator();

	@ParameterizedTest
	@ValueSource(strings = { "", "q=golang", "q=", "q=java&q=spring", "skills=go&skills=rust", "skills=go,rust",
			"workplace=REMOTE,HYBRID", "workplace=REMOTE&workplace=ONSITE", "country=DE&country=FR",
			"near=Berlin&radius=50", "radius=", "remoteFrom=DE", "salaryMin=85000.50&currency=EUR",
			"seniority=SENIOR&employment=FULL_TIME", "visa=true", "visa=", "postedWithin=7", "company=acme",
			"sort=NEWEST", "page=2&size=50", "unknown=1&q=kafka",
			// Errors: conversion, then validation.
			"salaryMin=abc", "radius=x", "workplace=MOON", "sort=cheapest", "visa=maybe", "page=0", "size=1000",
			"postedWithin=-1", "salaryMin=1e20", "q=a&page=zero" })
	void bindsAsSpringBindsARecord(String queryString) throws Exception {
		Bound standard = bind(queryString, new ServletModelAttributeMethodProcessor(false));
		Bound fast = bind(queryString, new JobQueryArgumentResolver(CONVERSIONS));

		assertThat(fast.query()).isEqualTo(standard.query());
		// Bean Validation reports violations in no set order.
		assertThat(fast.errors()).containsExactlyInAnyOrderElementsOf(standard.errors());
	}

	@Test
	void ignoresIndexedAndNestedNamesAsItIgnoresUnknownOnes() throws Exception {
		JobQueryArgumentResolver resolver = new JobQueryArgumentResolver(CONVERSIONS);

		assertThat(bind("skills[0]=go&company.name=acme&q=kafka", resolver))
			.isEqualTo(bind("q=kafka", new ServletModelAttributeMethodProcessor(false)));
	}

	private static Bound bind(String queryString,
			org.springframework.web.method.support.HandlerMethodArgumentResolver resolver) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/jobs");
		request.setQueryString(queryString);
		for (String pair : queryString.split("&")) {
			if (!pair.isEmpty()) {
				int equals = pair.indexOf('=');
				request.addParameter(equals < 0 ? pair : pair.substring(0, equals),
						equals < 0 ? "" : pair.substring(equals + 1));
			}
		}
		ConfigurableWebBindingInitializer initializer = new ConfigurableWebBindingInitializer();
		initializer.setConversionService(CONVERSIONS);
		initializer.setValidator(VALIDATOR);
		ModelAndViewContainer container = new ModelAndViewContainer();
		Method handler = JobQueryArgumentResolverTests.class.getDeclaredMethod("handler", JobQuery.class,
				BindingResult.class);
		Object query = resolver.resolveArgument(new MethodParameter(handler, 0), container,
				new ServletWebRequest(request), new ServletRequestDataBinderFactory(null, initializer));
		BindingResult result = (BindingResult) container.getModel().get(BindingResult.MODEL_KEY_PREFIX + "query");
		return new Bound(query,
				result.getFieldErrors()
					.stream()
					.map(error -> error.getField() + " " + List.of(error.getCodes()) + " " + error.getRejectedValue())
					.toList());
	}

	@SuppressWarnings("unused")
	private void handler(@Valid @ModelAttribute("query") JobQuery query, BindingResult binding) {
	}

	private static LocalValidatorFactoryBean validator() {
		LocalValidatorFactoryBean validator = new LocalValidatorFactoryBean();
		validator.afterPropertiesSet();
		return validator;
	}

	private record Bound(Object query, List<String> errors) {
	}

}
