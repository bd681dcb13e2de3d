package dev.backboard.web;

import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import org.junit.jupiter.api.Test;

import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockServletContext;
import org.springframework.stereotype.Controller;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.context.support.StaticWebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MethodReadOnceHandlerMappingTests {

	MethodReadOnceHandlerMapping mapping = mapped(new MethodReadOnceHandlerMapping());

	private static <T extends RequestMappingHandlerMapping> T mapped(T mapping) {
		StaticWebApplicationContext context = new StaticWebApplicationContext();
		context.setServletContext(new MockServletContext());
		context.registerSingleton("routes", Routes.class);
		context.refresh();
		mapping.setApplicationContext(context);
		mapping.afterPropertiesSet();
		return mapping;
	}

	@Test
	void findsTheHandlerAndItsPathVariablesReadingTheMethodOnce() throws Exception {
		CountingMethodReads request = wrapped("GET", "/jobs/backend-engineer-acme-x1");

		HandlerMethod handler = (HandlerMethod) mapping.getHandler(request).getHandler();

		assertThat(handler.getMethod().getName()).isEqualTo("job");
		assertThat(request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE))
			.isEqualTo(Map.of("slug", "backend-engineer-acme-x1"));
		// Once for the lookup, once for the CORS pre-flight check after it
		assertThat(request.reads.get()).as("reads of the method through the wrappers").isEqualTo(2);
	}

	@Test
	void withoutItEveryMappingReadsTheMethodThroughTheWrappers() throws Exception {
		CountingMethodReads request = wrapped("GET", "/jobs/backend-engineer-acme-x1");

		mapped(new RequestMappingHandlerMapping()).getHandler(request);

		assertThat(request.reads.get()).isGreaterThan(4);
	}

	@Test
	void tellsMethodsApartAsBefore() throws Exception {
		HandlerMethod save = (HandlerMethod) mapping.getHandler(wrapped("POST", "/jobs/backend-engineer-acme-x1/save"))
			.getHandler();

		assertThat(save.getMethod().getName()).isEqualTo("save");
		assertThatExceptionOfType(HttpRequestMethodNotSupportedException.class)
			.isThrownBy(() -> mapping.getHandler(wrapped("DELETE", "/jobs/backend-engineer-acme-x1")))
			.satisfies(ex -> assertThat(ex.getSupportedMethods()).contains("GET"));
	}

	/**
	 * The request as the filters hand it on: wrapped, here counting reads of its method.
	 */
	private static CountingMethodReads wrapped(String method, String path) {
		MockHttpServletRequest request = new MockHttpServletRequest(method, path);
		return new CountingMethodReads(new HttpServletRequestWrapper(request));
	}

	static final class CountingMethodReads extends HttpServletRequestWrapper {

		final AtomicInteger reads = new AtomicInteger();

		CountingMethodReads(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getMethod() {
			reads.incrementAndGet();
			return super.getMethod();
		}

	}

	@Controller
	static class Routes {

		@GetMapping("/jobs/{slug}")
		void job(@PathVariable String slug) {
		}

		@PostMapping("/jobs/{slug}/save")
		void save(@PathVariable String slug) {
		}

		@GetMapping("/companies/{slug}")
		void company(@PathVariable String slug) {
		}

		@PostMapping("/companies/{slug}/follow")
		void follow(@PathVariable String slug) {
		}

	}

}
