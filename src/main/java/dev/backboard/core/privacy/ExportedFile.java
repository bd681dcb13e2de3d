package dev.backboard.core.privacy;

/**
 * A file in a data export.
 *
 * @param path where it goes in the archive, e.g. {@code resumes/cv.pdf}; never a path the
 * person chose
 * @param contentType its media type
 * @param bytes its content
 */
public record ExportedFile(String path, String contentType, byte[] bytes) {
}
