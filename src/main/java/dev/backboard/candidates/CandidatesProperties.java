package dev.backboard.candidates;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Settings of the candidates module.
 *
 * @param resumeEncryptionKey a base64 AES-256 key (32 bytes) that encrypts résumés and
 * their extracted text at rest; when unset, a random key is generated once and kept in
 * the database, shared by every node
 * @param maxResumeSize the largest résumé file accepted; the request-level multipart
 * limit must be a little larger, so that this check (with its message) is the one that
 * answers
 * @param maxResumes how many résumés one candidate may keep
 * @param maxExtractedText how many characters of a résumé's text are kept for matching
 */
@ConfigurationProperties("backboard.candidates")
record CandidatesProperties(@Nullable String resumeEncryptionKey, @DefaultValue("5MB") DataSize maxResumeSize,
		@DefaultValue("5") int maxResumes, @DefaultValue("100000") int maxExtractedText) {

}
