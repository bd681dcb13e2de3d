package dev.backboard.jobs;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * What a line about a job in a mail or a list says, without the job's details.
 *
 * @param id the job's id
 * @param title its title
 * @param company its company's name
 * @param slug its page's address part
 * @param postedAt when it was first published
 */
public record JobSummary(long id, String title, String company, String slug, @Nullable Instant postedAt) {
}
