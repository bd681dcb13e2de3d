package dev.backboard.candidates;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.backboard.accounts.Role;
import dev.backboard.accounts.UserAccount;
import dev.backboard.support.Api;
import dev.backboard.support.IntegrationTest;
import dev.backboard.support.Users;
import dev.backboard.support.WebSession;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
class ResumeIntegrationTests {

	private static final String PDF = "application/pdf";

	private static final String DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

	@LocalServerPort
	int port;

	@Autowired
	Users users;

	@Autowired
	Resumes resumes;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aPdfIsStoredEncryptedWithItsText() {
		Candidate candidate = candidate();
		byte[] pdf = SampleDocuments.pdf("Marker Quetzalcoatl writes Kotlin and PostgreSQL");
		assertThat(new String(pdf, StandardCharsets.ISO_8859_1)).as("the test file has its text in plain sight")
			.contains("Quetzalcoatl");

		Api.Response uploaded = candidate.upload("cv.pdf", PDF, pdf);

		assertThat(uploaded.status()).isEqualTo(302);
		assertThat(uploaded.header("Location")).endsWith("/candidate/resumes?uploaded");
		Resume resume = resumes.forAccount(candidate.id()).getFirst();
		assertThat(resume.type()).isEqualTo(ResumeType.PDF);
		assertThat(resume.displayName()).isEqualTo("cv.pdf");
		assertThat(resumes.text(resume.id(), candidate.id())).contains("Marker Quetzalcoatl writes Kotlin");
		assertStoredEncrypted(resume.id(), pdf, "Quetzalcoatl");

		HttpResponse<byte[]> download = candidate.session().download("/candidate/resumes/" + resume.id());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(pdf);
		assertThat(download.headers().firstValue("Content-Type")).hasValue(PDF);
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow())
			.startsWith("attachment; filename=\"cv.pdf\"");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(download.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
	}

	@Test
	void aDocxIsStoredEncryptedWithItsText() {
		Candidate candidate = candidate();
		byte[] docx = SampleDocuments.docx("Marker Xochiquetzal designs event-driven systems in Go");

		assertThat(candidate.upload("Lebenslauf.docx", DOCX, docx).status()).isEqualTo(302);

		Resume resume = resumes.forAccount(candidate.id()).getFirst();
		assertThat(resume.type()).isEqualTo(ResumeType.DOCX);
		assertThat(resumes.text(resume.id(), candidate.id())).contains("Marker Xochiquetzal designs event-driven");
		assertStoredEncrypted(resume.id(), docx, "Xochiquetzal");
		assertThat(candidate.session().download("/candidate/resumes/" + resume.id()).body()).isEqualTo(docx);
	}

	@Test
	void theTypeIsDecidedByTheBytesNotTheName() {
		Candidate candidate = candidate();

		Api.Response php = candidate.upload("cv.pdf", PDF,
				"<?php system($_GET['c']); ?>".getBytes(StandardCharsets.UTF_8));
		Api.Response png = candidate.upload("cv.docx", DOCX, SampleDocuments.png());
		Api.Response zip = candidate.upload("cv.docx", DOCX, SampleDocuments.zipWithout("word/document.xml"));

		for (Api.Response refused : List.of(php, png, zip)) {
			assertThat(refused.status()).isEqualTo(200);
			assertThat(refused.body()).contains("id=\"file-error\"").contains("Upload a PDF or a Word (.docx) file");
		}
		assertThat(resumes.forAccount(candidate.id())).isEmpty();
	}

	@Test
	void aPdfThatIsNotReadableIsRefusedWithAMessage() {
		Candidate candidate = candidate();

		Api.Response refused = candidate.upload("cv.pdf", PDF, "%PDF-1.7\nnot really".getBytes(StandardCharsets.UTF_8));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("We could not read this PDF");
		assertThat(resumes.forAccount(candidate.id())).isEmpty();
	}

	@Test
	void anOversizedUploadIsA413() {
		Candidate candidate = candidate();
		byte[] overRequestLimit = padded(SampleDocuments.pdf("big"), 7 * 1024 * 1024);
		byte[] overResumeLimit = padded(SampleDocuments.pdf("big"), 5 * 1024 * 1024 + 100);

		Api.Response tooLargeForTheServer = candidate.upload("big.pdf", PDF, overRequestLimit);
		Api.Response tooLargeForAResume = candidate.upload("big.pdf", PDF, overResumeLimit);

		assertThat(tooLargeForTheServer.status()).isEqualTo(413);
		assertThat(tooLargeForTheServer.body()).contains("The request is too large.");
		assertThat(tooLargeForAResume.status()).isEqualTo(413);
		assertThat(tooLargeForAResume.body()).contains("larger than 5 MB");
		assertThat(resumes.forAccount(candidate.id())).isEmpty();
	}

	@Test
	void aDocxWithAnExternalEntityNeverResolvesIt(@TempDir Path folder) throws Exception {
		Candidate candidate = candidate();
		String secret = "secret-" + UUID.randomUUID();
		Path file = Files.writeString(folder.resolve("secret.txt"), secret);
		String xml = """
				<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
				<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "%s">]>
				<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
				<w:body><w:p><w:r><w:t>Hello &xxe;</w:t></w:r></w:p></w:body></w:document>""".formatted(file.toUri());

		Api.Response refused = candidate.upload("cv.docx", DOCX, SampleDocuments.docxWithDocumentXml(xml));

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("document type declaration").doesNotContain(secret);
		assertThat(resumes.forAccount(candidate.id())).isEmpty();
	}

	@Test
	void aZipBombDocxIsRefused() {
		Candidate candidate = candidate();
		byte[] bomb = SampleDocuments.zipBombDocx(100);
		assertThat(bomb.length).as("small on the wire").isLessThan(1024 * 1024);

		Api.Response refused = candidate.upload("cv.docx", DOCX, bomb);

		assertThat(refused.status()).isEqualTo(200);
		assertThat(refused.body()).contains("unpacks to far more data than a résumé holds");
		assertThat(resumes.forAccount(candidate.id())).isEmpty();
	}

	@Test
	void aPathInTheFileNameIsOnlyALabel() {
		Candidate candidate = candidate();

		candidate.upload("../../etc/passwd.pdf", PDF, SampleDocuments.pdf("traversal"));
		candidate.upload("..\\..\\windows\\evil;name=x.pdf", PDF, SampleDocuments.pdf("windows"));
		candidate.upload("..Lebenslauf Müller.pdf", PDF, SampleDocuments.pdf("unicode"));

		List<Resume> stored = resumes.forAccount(candidate.id());
		assertThat(stored).hasSize(3)
			.extracting(Resume::displayName)
			.contains("passwd.pdf", "Lebenslauf Müller.pdf")
			.allSatisfy(name -> assertThat(name).doesNotContain("/", "\\", ";").doesNotStartWith("."));
		for (Resume resume : stored) {
			String disposition = candidate.session()
				.download("/candidate/resumes/" + resume.id())
				.headers()
				.firstValue("Content-Disposition")
				.orElseThrow();
			assertThat(disposition).startsWith("attachment; filename=\"")
				.doesNotContain("/", "\\", "..", "\r", "\n")
				.matches("attachment; filename=\"[A-Za-z0-9._ ()_-]+\"; filename\\*=UTF-8''[A-Za-z0-9._%()*-]+");
		}
	}

	@Test
	void anotherCandidateCannotReachAResume() {
		Candidate owner = candidate();
		Candidate other = candidate();
		owner.upload("cv.pdf", PDF, SampleDocuments.pdf("mine"));
		UUID id = resumes.forAccount(owner.id()).getFirst().id();
		String path = "/candidate/resumes/" + id;

		Api.Response missing = other.session().get("/candidate/resumes/" + UUID.randomUUID());
		Api.Response foreign = other.session().get(path);

		assertThat(foreign.status()).isEqualTo(404);
		assertThat(withoutCsrfToken(foreign.body())).isEqualTo(withoutCsrfToken(missing.body()));
		assertThat(other.session().head(path).status()).isEqualTo(404);
		assertThat(other.session().get("/candidate/resumes/not-a-uuid").status()).isEqualTo(404);
		Api.Response delete = other.session()
			.post(path + "/delete", Map.of("_csrf", other.session().csrfToken("/candidate/resumes")));
		assertThat(delete.status()).isEqualTo(404);
		assertThat(resumes.forAccount(owner.id())).hasSize(1);
		assertThat(owner.session().head(path).status()).isEqualTo(200);
		assertThat(resumes.readForApplication(id, owner.id()).content()).startsWith("%PDF-".getBytes());
	}

	@Test
	void theOwnerDeletesAResume() {
		Candidate candidate = candidate();
		candidate.upload("cv.pdf", PDF, SampleDocuments.pdf("to delete"));
		UUID id = resumes.forAccount(candidate.id()).getFirst().id();

		Api.Response deleted = candidate.session()
			.submit("/candidate/resumes", "form[action=/candidate/resumes/" + id + "/delete]", Map.of());

		assertThat(deleted.status()).isEqualTo(302);
		assertThat(resumes.forAccount(candidate.id())).isEmpty();
		assertThat(candidate.session().get("/candidate/resumes/" + id).status()).isEqualTo(404);
		assertThat(jdbc.sql("select count(*) from resume where id = ?").param(id).query(Long.class).single()).isZero();
	}

	@Test
	void aCandidateKeepsAtMostFiveResumes() {
		Candidate candidate = candidate();
		for (int i = 0; i < 5; i++) {
			assertThat(candidate.upload("cv" + i + ".pdf", PDF, SampleDocuments.pdf("version " + i)).status())
				.isEqualTo(302);
		}

		Api.Response sixth = candidate.upload("cv5.pdf", PDF, SampleDocuments.pdf("version 5"));

		assertThat(sixth.body()).contains("You can keep up to 5 résumés");
		assertThat(resumes.forAccount(candidate.id())).hasSize(5);
	}

	@Test
	void anEmployerCannotReachCandidatePages() {
		UserAccount employer = users.create("Erin", Role.EMPLOYER);
		WebSession session = WebSession.signedIn(port, employer.getEmail(), Users.PASSWORD);

		assertThat(session.get("/candidate/resumes").status()).isEqualTo(403);
		assertThat(session.get("/candidate/profile").status()).isEqualTo(403);
		assertThat(session.get("/candidate/resumes/" + UUID.randomUUID()).status()).isEqualTo(403);
		assertThat(new WebSession(port).get("/candidate/resumes").header("Location")).endsWith("/login");
	}

	private void assertStoredEncrypted(UUID id, byte[] original, String marker) {
		Map<String, Object> row = jdbc.sql("select content, extracted_text, size, sha256 from resume where id = ?")
			.param(id)
			.query()
			.singleRow();
		byte[] content = (byte[]) row.get("content");
		byte[] text = (byte[]) row.get("extracted_text");
		assertThat(content).isNotEqualTo(original);
		assertThat(new String(content, StandardCharsets.ISO_8859_1)).doesNotContain(marker).doesNotContain("%PDF");
		assertThat(new String(text, StandardCharsets.ISO_8859_1)).doesNotContain(marker);
		assertThat(new String(text, StandardCharsets.UTF_8)).doesNotContain(marker);
		assertThat(row.get("size")).isEqualTo(original.length);
	}

	/** The token is masked anew for every response; the rest must be the same. */
	private static String withoutCsrfToken(String page) {
		return page.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "");
	}

	/** The file followed by filler up to the size: still a PDF by its first bytes. */
	private static byte[] padded(byte[] file, int size) {
		byte[] padded = java.util.Arrays.copyOf(file, size);
		java.util.Arrays.fill(padded, file.length, size, (byte) ' ');
		return padded;
	}

	private Candidate candidate() {
		UserAccount account = users.create("Cara", Role.CANDIDATE);
		return new Candidate(account.getId(), WebSession.signedIn(port, account.getEmail(), Users.PASSWORD));
	}

	record Candidate(long id, WebSession session) {

		Api.Response upload(String name, String type, byte[] content) {
			return session.postMultipart("/candidate/resumes", Map.of("_csrf", session.csrfToken("/candidate/resumes")),
					"file", name, type, content);
		}

	}

}
