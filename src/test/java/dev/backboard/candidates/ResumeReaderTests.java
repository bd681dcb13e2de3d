package dev.backboard.candidates;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ResumeReaderTests {

	@Test
	void readsTheTextOfAPdfAndADocx() {
		assertThat(ResumeReader.read(SampleDocuments.pdf("Rust and gRPC"), 1000))
			.isEqualTo(new ResumeReader.Read(ResumeType.PDF, "Rust and gRPC"));
		assertThat(ResumeReader.read(SampleDocuments.docx("Elixir and Phoenix"), 1000))
			.isEqualTo(new ResumeReader.Read(ResumeType.DOCX, "Elixir and Phoenix"));
	}

	@Test
	void keepsOnlyTheFirstCharactersOfALongText() {
		assertThat(ResumeReader.read(SampleDocuments.docx("a".repeat(500)), 100).text()).hasSize(100);
	}

	/**
	 * XML in UTF-16 hides its DTD from the byte scan; the Word parser behind it must
	 * still refuse it, never read the file.
	 */
	@Test
	void theWordParserRefusesAnExternalEntityTheScanCannotSee(@TempDir Path folder) throws Exception {
		String secret = "secret-" + UUID.randomUUID();
		Path file = Files.writeString(folder.resolve("secret.txt"), secret);
		String xml = """
				<?xml version="1.0" encoding="UTF-16"?>
				<!DOCTYPE w:document [<!ENTITY xxe SYSTEM "%s">]>
				<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
				<w:body><w:p><w:r><w:t>Hello &xxe;</w:t></w:r></w:p></w:body></w:document>""".formatted(file.toUri());
		byte[] docx = SampleDocuments.docxWithDocumentXml(xml, StandardCharsets.UTF_16);

		assertThatExceptionOfType(InvalidResume.class).isThrownBy(() -> ResumeReader.read(docx, 10_000))
			.withMessageContaining("We could not read this Word file")
			.withMessageNotContaining(secret);
	}

	@Test
	void refusesAZipBombBeforeTheWordParserSeesIt() {
		assertThatExceptionOfType(InvalidResume.class)
			.isThrownBy(() -> ResumeReader.read(SampleDocuments.zipBombDocx(30), 1000))
			.withMessageContaining("unpacks to far more data");
	}

	@Test
	void refusesBytesThatAreNeitherPdfNorDocx() {
		assertThatExceptionOfType(InvalidResume.class)
			.isThrownBy(() -> ResumeReader.read("GIF89a".getBytes(StandardCharsets.US_ASCII), 1000))
			.withMessageContaining("Upload a PDF or a Word (.docx) file");
		assertThatExceptionOfType(InvalidResume.class)
			.isThrownBy(() -> ResumeReader.read(new byte[] { 'P', 'K', 3, 4, 0, 0 }, 1000))
			.withMessageContaining("Upload a PDF or a Word (.docx) file");
	}

}
