package dev.backboard.search.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.support.ConfigurableWebBindingInitializer;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerAdapter;

/**
 * Puts {@link JobQueryArgumentResolver} ahead of Spring's model attribute binding, which
 * would otherwise take every {@code @ModelAttribute} parameter first.
 */
@Configuration(proxyBeanMethods = false)
class JobQueryBinding {

	@Bean
	WebMvcRegistrations jobQueryBindingRegistrations() {
		return new WebMvcRegistrations() {

			@Override
			public RequestMappingHandlerAdapter getRequestMappingHandlerAdapter() {
				return new RequestMappingHandlerAdapter() {

					@Override
					public void afterPropertiesSet() {
						super.afterPropertiesSet();
						if (getWebBindingInitializer() instanceof ConfigurableWebBindingInitializer initializer
								&& initializer.getConversionService() != null) {
							List<HandlerMethodArgumentResolver> resolvers = new ArrayList<>();
							resolvers.add(new JobQueryArgumentResolver(initializer.getConversionService()));
							resolvers.addAll(getArgumentResolvers());
							setArgumentResolvers(resolvers);
						}
					}

				};
			}

		};
	}

}
