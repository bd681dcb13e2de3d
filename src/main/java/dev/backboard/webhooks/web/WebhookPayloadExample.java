package dev.backboard.webhooks.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.stereotype.Component;

/**
 * Shows a delivery's payload in the OpenAPI description as what the API returns: the
 * message's JSON body as one string. An annotation example that is JSON would be
 * described as an object instead.
 */
@Component
class WebhookPayloadExample implements OpenApiCustomizer {

	static final String PAYLOAD = """
			{"type": "job.published", "version": 1, "timestamp": "2026-12-01T09:30:00Z", \
			"data": {"job": {"id": 4211, "slug": "senior-go-engineer-acme-3f9a", "title": "Senior Go Engineer", \
			"status": "PUBLISHED", "url": "https://jobs.example.com/jobs/senior-go-engineer-acme-3f9a"}}}""";

	@Override
	public void customise(OpenAPI openApi) {
		if (openApi.getComponents() == null || openApi.getComponents().getSchemas() == null) {
			return;
		}
		Schema<?> delivery = openApi.getComponents().getSchemas().get("WebhookDelivery");
		if (delivery != null && delivery.getProperties() != null
				&& delivery.getProperties().get("payload") instanceof Schema<?> payload) {
			payload.setExample(PAYLOAD);
		}
	}

}
