package dev.backboard.candidates;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * A résumé with its decrypted content, for a download.
 *
 * @param resume what is known about it
 * @param content the file as uploaded
 */
public record ResumeFile(Resume resume, byte[] content) {

	/**
	 * The download every authorized route answers with: an attachment, never shown
	 * inline, with its stored type, not sniffed, sandboxed and never cached.
	 */
	public ResponseEntity<byte[]> asAttachment() {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(resume.type().contentType()))
			.contentLength(content.length)
			.header(HttpHeaders.CONTENT_DISPOSITION, attachment(resume.downloadName()))
			.header("X-Content-Type-Options", "nosniff")
			.header("Content-Security-Policy", "default-src 'none'; sandbox")
			.cacheControl(CacheControl.noStore())
			.body(content);
	}

	/**
	 * An attachment header that no file name can break: a plain ASCII name for old
	 * clients and the exact name, percent-encoded, for the rest (RFC 6266).
	 */
	static String attachment(String name) {
		String ascii = name.replaceAll("[^A-Za-z0-9._ ()-]", "_");
		String encoded = URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
		return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
	}

}
