package dev.backboard.jobs;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;

/**
 * A technology a job asks for.
 *
 * @param skill the taxonomy slug ("postgresql")
 * @param required whether it is a must-have rather than a nice-to-have
 */
@Embeddable
public record JobSkill(@Schema(example = "golang") @NotBlank String skill, @Schema(example = "true") boolean required) {
}
