package dev.backboard.webhooks;

import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an owner states about an endpoint, from the form or the API.
 *
 * @param url an HTTPS URL
 * @param description a note, at most 300 characters
 * @param events event types such as "job.published"; at least one
 */
public record EndpointInput(@Schema(example = "https://hooks.example.com/backboard") @Nullable String url,
		@Schema(example = "Sync jobs to our careers page") @Nullable String description,
		@Schema(example = "[\"job.published\", \"job.closed\"]") @Nullable List<String> events) {
}
