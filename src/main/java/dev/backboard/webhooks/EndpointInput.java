package dev.backboard.webhooks;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What an owner states about an endpoint, from the form or the API.
 *
 * @param url an HTTPS URL
 * @param description a note, at most 300 characters
 * @param events event types such as "job.published"; at least one
 */
public record EndpointInput(@Nullable String url, @Nullable String description, @Nullable List<String> events) {
}
