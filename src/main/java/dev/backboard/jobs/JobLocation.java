package dev.backboard.jobs;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * A place a job is based in.
 *
 * @param city the city
 * @param region the state or region, if any
 * @param countryCode the ISO 3166-1 alpha-2 code
 * @param latitude degrees north, when known
 * @param longitude degrees east, when known
 */
@Embeddable
public record JobLocation(@NotBlank @Size(max = 120) String city, @Nullable @Size(max = 120) String region,
		@NotBlank @Pattern(regexp = "[A-Z]{2}",
				message = "must be an ISO 3166 country code such as DE") String countryCode,
		@Nullable Double latitude, @Nullable Double longitude) {

	/** "Berlin, DE". */
	public String label() {
		return city + ", " + countryCode;
	}

}
