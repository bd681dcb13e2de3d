package dev.backboard.candidates;

/**
 * A résumé with its decrypted content, for a download.
 *
 * @param resume what is known about it
 * @param content the file as uploaded
 */
public record ResumeFile(Resume resume, byte[] content) {

}
