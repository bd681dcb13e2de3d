package dev.backboard.applications;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * Everything the employer's team sees about one application.
 *
 * @param applicant the application as the list shows it
 * @param jobTitle the job's title
 * @param coverLetter the cover letter, if any
 * @param answers the screening answers in order
 * @param hasResume whether a résumé can be downloaded
 * @param history every change, oldest first
 * @param notes the team's notes and ratings, oldest first
 * @param consentGivenAt when the candidate agreed to the processing
 */
public record ApplicationDetail(Applicant applicant, String jobTitle, @Nullable String coverLetter,
		List<Answer> answers, boolean hasResume, List<HistoryEntry> history, List<Note> notes, Instant consentGivenAt) {

	public ApplicationDetail {
		answers = List.copyOf(answers);
		history = List.copyOf(history);
		notes = List.copyOf(notes);
	}

	/** The team's average rating, or 0 when nobody rated. */
	public double averageRating() {
		return notes.stream().filter(note -> note.rating() != null).mapToInt(Note::rating).average().orElse(0);
	}

	/**
	 * One recorded change.
	 *
	 * @param at when
	 * @param type what: SUBMITTED, STAGE, NOTE, WITHDRAWN, ANONYMIZED
	 * @param actor who, as records show them
	 * @param from the stage before, for stage moves
	 * @param to the stage after
	 * @param detail more about it
	 */
	public record HistoryEntry(Instant at, String type, String actor, @Nullable Stage from, @Nullable Stage to,
			@Nullable String detail) {
	}

	/**
	 * A team member's note or rating.
	 *
	 * @param at when
	 * @param author who wrote it
	 * @param body the note; null for a rating alone or after anonymization
	 * @param rating 1 to 5, if given
	 */
	public record Note(Instant at, String author, @Nullable String body, @Nullable Integer rating) {
	}

}
