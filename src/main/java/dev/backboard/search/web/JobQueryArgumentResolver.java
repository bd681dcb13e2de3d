package dev.backboard.search.web;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import dev.backboard.search.JobQuery;

import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.convert.ConversionException;
import org.springframework.core.convert.ConversionService;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.annotation.ModelFactory;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.ServletModelAttributeMethodProcessor;

/**
 * Binds a search's request parameters to a {@code @ModelAttribute} {@link JobQuery} as
 * Spring MVC binds a record, with the same conversions, validation, errors and model, but
 * with what Spring works out by reflection on each of the record's parameters for every
 * request worked out once. Every search pays for binding, a search answered from the
 * result cache little else. Whatever is not a plain query string (a value that does not
 * convert, an indexed or nested name, a multipart body, a path variable) goes through
 * Spring's own binding, so that its errors are Spring's.
 */
final class JobQueryArgumentResolver implements HandlerMethodArgumentResolver {

	private static final Constructor<JobQuery> CONSTRUCTOR = canonicalConstructor();

	private static final Parameter[] PARAMETERS = parameters();

	private final ConversionService conversions;

	private final Standard standard = new Standard();

	JobQueryArgumentResolver(ConversionService conversions) {
		this.conversions = conversions;
	}

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return parameter.getParameterType() == JobQuery.class && parameter.hasParameterAnnotation(ModelAttribute.class);
	}

	@Override
	public @Nullable Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binders) throws Exception {
		HttpServletRequest servlet = request.getNativeRequest(HttpServletRequest.class);
		String name = ModelFactory.getNameForParameter(parameter);
		JobQuery query = (container == null || binders == null || servlet == null || container.containsAttribute(name))
				? null : convert(servlet);
		if (query == null) {
			return standard.resolveArgument(parameter, container, request, binders);
		}
		ModelAttribute annotation = parameter.getParameterAnnotation(ModelAttribute.class);
		if (annotation != null) {
			container.setBinding(name, annotation.binding());
		}
		WebDataBinder binder = binders.createBinder(request, query, name, ResolvableType.forMethodParameter(parameter));
		standard.validate(binder, parameter);
		BindingResult result = binder.getBindingResult();
		if (result.hasErrors() && standard.bindExceptionRequired(binder, parameter)) {
			throw new MethodArgumentNotValidException(parameter, result);
		}
		Map<String, Object> model = result.getModel();
		container.removeAttributes(model);
		container.addAllAttributes(model);
		return query;
	}

	/**
	 * The query from a plain query string, converted as Spring converts it; null when
	 * Spring's own binding is to decide.
	 */
	private @Nullable JobQuery convert(HttpServletRequest request) throws ReflectiveOperationException {
		boolean multipart = request.getContentType() != null && request.getContentType().startsWith("multipart/");
		if (multipart
				|| (request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) instanceof Map<?, ?> variables
						&& Arrays.stream(PARAMETERS).anyMatch(parameter -> variables.containsKey(parameter.name())))) {
			return null;
		}
		Object[] arguments = new Object[PARAMETERS.length];
		for (int i = 0; i < PARAMETERS.length; i++) {
			Parameter parameter = PARAMETERS[i];
			String[] values = request.getParameterValues(parameter.name());
			if (values == null) {
				continue;
			}
			Object value = values.length == 1 ? values[0] : values;
			try {
				arguments[i] = conversions.convert(value, TypeDescriptor.forObject(value), parameter.type());
			}
			catch (ConversionException ex) {
				return null;
			}
		}
		return CONSTRUCTOR.newInstance(arguments);
	}

	private static Constructor<JobQuery> canonicalConstructor() {
		try {
			return JobQuery.class.getDeclaredConstructor(Arrays.stream(JobQuery.class.getRecordComponents())
				.map(RecordComponent::getType)
				.toArray(Class<?>[]::new));
		}
		catch (NoSuchMethodException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static Parameter[] parameters() {
		RecordComponent[] components = JobQuery.class.getRecordComponents();
		Parameter[] parameters = new Parameter[components.length];
		for (int i = 0; i < components.length; i++) {
			String name = components[i].getName();
			parameters[i] = new Parameter(name,
					new TypeDescriptor(MethodParameter.forFieldAwareConstructor(CONSTRUCTOR, i, name)));
		}
		return parameters;
	}

	private record Parameter(String name, TypeDescriptor type) {
	}

	/** Spring's binding of a model attribute, and its validation steps. */
	private static final class Standard extends ServletModelAttributeMethodProcessor {

		Standard() {
			super(false);
		}

		void validate(WebDataBinder binder, MethodParameter parameter) {
			validateIfApplicable(binder, parameter);
		}

		boolean bindExceptionRequired(WebDataBinder binder, MethodParameter parameter) {
			return isBindExceptionRequired(binder, parameter);
		}

	}

}
