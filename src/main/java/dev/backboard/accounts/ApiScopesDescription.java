package dev.backboard.accounts;

import java.util.List;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.stereotype.Component;

/**
 * Lists on every secured operation of the OpenAPI description the scope its route needs
 * and the kind of token that carries it, read from {@link ApiScopes}, the table the
 * security chain enforces. It runs before the other customizers, which tell the 401 and
 * 403 answers of secured operations by their security requirement.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiScopesDescription implements OpenApiCustomizer {

	@Override
	public void customise(OpenAPI openApi) {
		openApi.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, operation) -> {
			// A path template's variables stand for one segment each.
			String sample = path.replaceAll("\\{[^}]+}", "x");
			ApiScopes.of(HttpMethod.valueOf(method.name()), sample)
				.ifPresentOrElse(
						rule -> operation.setSecurity(
								List.of(new SecurityRequirement().addList(rule.credential().scheme(), rule.scope()))),
						() -> operation.setSecurity(null));
		}));
	}

}
