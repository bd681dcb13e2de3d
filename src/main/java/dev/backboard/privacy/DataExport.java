package dev.backboard.privacy;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import tools.jackson.databind.json.JsonMapper;

import dev.backboard.core.privacy.ExportedFile;
import dev.backboard.core.privacy.PersonalData;
import dev.backboard.core.ratelimit.RateLimits;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's data export: one ZIP archive with {@value #JSON_NAME} (every module's
 * section) and the person's files next to it.
 */
@Service
public class DataExport {

	/** The rate limit on exports per account, configured under backboard.rate-limits. */
	public static final String LIMIT = "data-export";

	static final String JSON_NAME = "backboard-export.json";

	static final int FORMAT_VERSION = 1;

	/**
	 * Paths modules may give their files: a folder and a generated name, nothing else.
	 */
	private static final Pattern SAFE_PATH = Pattern.compile("[a-z0-9_-]+(/[A-Za-z0-9_-][A-Za-z0-9._-]*)+");

	private final PersonalDataRegistry parts;

	private final Confirmation confirmation;

	private final RateLimits rateLimits;

	private final JsonMapper json;

	private final Clock clock;

	DataExport(PersonalDataRegistry parts, Confirmation confirmation, RateLimits rateLimits, JsonMapper json,
			Clock clock) {
		this.parts = parts;
		this.confirmation = confirmation;
		this.rateLimits = rateLimits;
		this.json = json;
		this.clock = clock;
	}

	/**
	 * Gathers everything about the person, once they confirmed who they are. Every
	 * attempt counts against the {@value #LIMIT} limit, so the form cannot be used to
	 * guess the password either.
	 * @throws NotConfirmed when the password (or, without one, the email) is wrong
	 * @throws dev.backboard.core.ratelimit.RateLimited after too many exports
	 */
	@Transactional(readOnly = true)
	public Archive prepare(long accountId, String password, String typedEmail) {
		rateLimits.consume(LIMIT, Long.toString(accountId));
		confirmation.require(accountId, password, typedEmail, true, false);
		Map<String, Object> document = new LinkedHashMap<>();
		document.put("format", "backboard-export");
		document.put("formatVersion", FORMAT_VERSION);
		document.put("exportedAt", clock.instant());
		List<ExportedFile> files = new ArrayList<>();
		Set<String> paths = new HashSet<>(Set.of(JSON_NAME));
		for (PersonalData part : parts.all()) {
			document.put(part.section(), part.export(accountId));
			for (ExportedFile file : part.files(accountId)) {
				if (!SAFE_PATH.matcher(file.path()).matches() || file.path().contains("..")
						|| !paths.add(file.path())) {
					throw new IllegalStateException(
							"The " + part.section() + " section gave an unsafe or duplicate path " + file.path());
				}
				files.add(file);
			}
		}
		return new Archive(json.writerWithDefaultPrettyPrinter().writeValueAsBytes(document), List.copyOf(files));
	}

	/**
	 * An export ready to be written.
	 *
	 * @param json the document with every section
	 * @param files the person's files
	 */
	public record Archive(byte[] json, List<ExportedFile> files) {

		/** Writes the ZIP archive; the stream is left open. */
		public void writeTo(OutputStream out) throws IOException {
			ZipOutputStream zip = new ZipOutputStream(out);
			zip.putNextEntry(new ZipEntry(JSON_NAME));
			zip.write(json);
			zip.closeEntry();
			for (ExportedFile file : files) {
				zip.putNextEntry(new ZipEntry(file.path()));
				zip.write(file.bytes());
				zip.closeEntry();
			}
			zip.finish();
		}

	}

}
