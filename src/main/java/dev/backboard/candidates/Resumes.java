package dev.backboard.candidates;

import java.nio.charset.StandardCharsets;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

import dev.backboard.core.Secrets;
import dev.backboard.core.crypto.SealingKey;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Candidates' résumés: checked by their bytes, text extracted, encrypted and kept in
 * PostgreSQL so that every node can serve them. Every read names the account the résumé
 * must belong to; a résumé of another account answers {@link ResumeNotFound}, like a
 * missing one.
 */
@Service
public class Resumes {

	private static final String COLUMNS = "id, account_id, display_name, content_type, size, sha256, created_at";

	private final JdbcClient jdbc;

	private final ResumeCipher cipher;

	private final CandidatesProperties properties;

	private final Clock clock;

	private final TransactionTemplate transactions;

	Resumes(JdbcClient jdbc, ResumeCipher cipher, CandidatesProperties properties, Clock clock,
			PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
		this.cipher = cipher;
		this.properties = properties;
		this.clock = clock;
	}

	/** The account's résumés, newest first. */
	@Transactional(readOnly = true)
	public List<Resume> forAccount(long accountId) {
		return jdbc.sql("select " + COLUMNS + " from resume where account_id = :account order by created_at desc, id")
			.param("account", accountId)
			.query((row, n) -> resume(row))
			.list();
	}

	/** One of the account's résumés, e.g. to check the one picked for an application. */
	@Transactional(readOnly = true)
	public Optional<Resume> find(long accountId, UUID resumeId) {
		return jdbc.sql("select " + COLUMNS + " from resume where id = :id and account_id = :account")
			.param("id", resumeId)
			.param("account", accountId)
			.query((row, n) -> resume(row))
			.optional();
	}

	/**
	 * Checks and stores an upload. The name is kept only as a label.
	 * @throws InvalidResume with a message for the candidate when the file is too large,
	 * not a PDF or DOCX, unreadable, or one too many
	 */
	public Resume upload(long accountId, @Nullable String fileName, byte[] content) {
		if (content.length > properties.maxResumeSize().toBytes()) {
			throw new InvalidResume("This file is larger than " + properties.maxResumeSize().toMegabytes()
					+ " MB. Upload a smaller one.", true);
		}
		if (content.length == 0) {
			throw new InvalidResume("This file is empty. Choose your résumé and try again.");
		}
		// Parsed before the transaction: no connection is held while a file is read.
		ResumeReader.Read read = ResumeReader.read(content, properties.maxExtractedText());
		return transactions.execute(status -> store(accountId, fileName, content, read));
	}

	private Resume store(long accountId, @Nullable String fileName, byte[] content, ResumeReader.Read read) {
		// One upload at a time per account, so that two at once cannot pass the limit.
		jdbc.sql("select pg_advisory_xact_lock(hashtextextended('resume:' || :account, 0))")
			.param("account", accountId)
			.query((row, n) -> 1)
			.list();
		String sha256 = Secrets.sha256(content);
		List<Resume> existing = forAccount(accountId);
		if (existing.stream().anyMatch(resume -> resume.sha256().equals(sha256))) {
			throw new InvalidResume("You have already uploaded this file.");
		}
		if (existing.size() >= properties.maxResumes()) {
			throw new InvalidResume(
					"You can keep up to " + properties.maxResumes() + " résumés. Delete one before uploading another.");
		}
		Resume resume = new Resume(UUID.randomUUID(), accountId, DisplayNames.of(fileName, read.type()), read.type(),
				content.length, sha256, clock.instant());
		SealingKey.Sealed file = cipher.seal(content, binding("file", resume.id(), accountId));
		SealingKey.Sealed text = cipher.seal(read.text().getBytes(StandardCharsets.UTF_8),
				binding("text", resume.id(), accountId));
		jdbc.sql("""
				insert into resume (id, account_id, display_name, content_type, size, sha256, content, iv,
				    extracted_text, text_iv, created_at)
				values (:id, :account, :name, :type, :size, :sha, :content, :iv, :text, :textIv, :now)""")
			.param("id", resume.id())
			.param("account", accountId)
			.param("name", resume.displayName())
			.param("type", resume.type().contentType())
			.param("size", resume.size())
			.param("sha", sha256)
			.param("content", file.bytes())
			.param("iv", file.iv())
			.param("text", text.bytes())
			.param("textIv", text.iv())
			.param("now", Timestamp.from(resume.createdAt()))
			.update();
		return resume;
	}

	/** The candidate's own résumé, for their download. */
	@Transactional(readOnly = true)
	public ResumeFile readOwn(long ownerAccountId, UUID resumeId) {
		return read(resumeId, ownerAccountId);
	}

	/**
	 * A résumé sent with an application, for the employer's team. This module cannot know
	 * who may see an application: the caller has decided that the signed-in person may
	 * read the application of {@code candidateAccountId} that names this résumé, and says
	 * so by passing the candidate. A résumé that is not that candidate's answers
	 * {@link ResumeNotFound}.
	 */
	@Transactional(readOnly = true)
	public ResumeFile readForApplication(UUID resumeId, long candidateAccountId) {
		return read(resumeId, candidateAccountId);
	}

	/**
	 * The text found in a résumé, for matching it against a job; the same authorization
	 * rule as {@link #readForApplication(UUID, long)}.
	 */
	@Transactional(readOnly = true)
	public String text(UUID resumeId, long candidateAccountId) {
		return jdbc.sql("select extracted_text, text_iv from resume where id = :id and account_id = :account")
			.param("id", resumeId)
			.param("account", candidateAccountId)
			.query((row,
					n) -> new String(cipher.open(row.getBytes(1), row.getBytes(2),
							binding("text", resumeId, candidateAccountId)), StandardCharsets.UTF_8))
			.optional()
			.orElseThrow(ResumeNotFound::new);
	}

	/** Deletes one of the owner's résumés. */
	@Transactional
	public void delete(long ownerAccountId, UUID resumeId) {
		int deleted = jdbc.sql("delete from resume where id = :id and account_id = :account")
			.param("id", resumeId)
			.param("account", ownerAccountId)
			.update();
		if (deleted == 0) {
			throw new ResumeNotFound();
		}
	}

	/** Deletes every résumé of the account, for erasure; answers how many there were. */
	@Transactional
	public int deleteAllOf(long accountId) {
		return jdbc.sql("delete from resume where account_id = :account").param("account", accountId).update();
	}

	private ResumeFile read(UUID resumeId, long accountId) {
		return jdbc.sql("select " + COLUMNS + ", content, iv from resume where id = :id and account_id = :account")
			.param("id", resumeId)
			.param("account", accountId)
			.query((row, n) -> new ResumeFile(resume(row),
					cipher.open(row.getBytes("content"), row.getBytes("iv"), binding("file", resumeId, accountId))))
			.optional()
			.orElseThrow(ResumeNotFound::new);
	}

	/** Ties a ciphertext to its row and owner. */
	private static String binding(String part, UUID resumeId, long accountId) {
		return "resume-" + part + ":" + resumeId + ":" + accountId;
	}

	private static Resume resume(ResultSet row) throws SQLException {
		return new Resume(row.getObject("id", UUID.class), row.getLong("account_id"), row.getString("display_name"),
				ResumeType.ofContentType(row.getString("content_type")), row.getInt("size"), row.getString("sha256"),
				row.getTimestamp("created_at").toInstant());
	}

}
