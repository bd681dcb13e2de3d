package dev.backboard.jobs;

import io.swagger.v3.oas.annotations.media.Schema;
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
public record JobLocation(@Schema(example = "Berlin") @NotBlank @Size(max = 120) String city,
		@Schema(example = "Berlin") @Nullable @Size(max = 120) String region,
		@Schema(example = "DE") @NotBlank @Pattern(regexp = "[A-Z]{2}",
				message = "must be an ISO 3166 country code such as DE") String countryCode,
		@Schema(example = "52.52") @Nullable Double latitude, @Schema(example = "13.405") @Nullable Double longitude) {

	/** "Berlin, DE". */
	public String label() {
		return city + ", " + countryCode;
	}

}
