package dev.backboard.jobs;

import jakarta.persistence.Embeddable;
import jakarta.validation.constraints.NotBlank;

/**
 * A technology a job asks for.
 *
 * @param skill the taxonomy slug ("postgresql")
 * @param required whether it is a must-have rather than a nice-to-have
 */
@Embeddable
public record JobSkill(@NotBlank String skill, boolean required) {
}
