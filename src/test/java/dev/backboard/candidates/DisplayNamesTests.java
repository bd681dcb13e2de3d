package dev.backboard.candidates;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DisplayNamesTests {

	@Test
	void keepsOnlyTheLastPathSegment() {
		assertThat(DisplayNames.of("../../etc/passwd.pdf", ResumeType.PDF)).isEqualTo("passwd.pdf");
		assertThat(DisplayNames.of("C:\\Users\\me\\cv.docx", ResumeType.DOCX)).isEqualTo("cv.docx");
	}

	@Test
	void dropsControlCharactersQuotesAndLeadingDots() {
		assertThat(DisplayNames.of("..\"cv\r\n\u202Efdp.exe\".pdf", ResumeType.PDF)).isEqualTo("cvfdp.exe_.pdf");
		assertThat(DisplayNames.of(".htaccess", ResumeType.PDF)).isEqualTo("htaccess");
	}

	@Test
	void namesANamelessFileAfterItsType() {
		assertThat(DisplayNames.of(null, ResumeType.DOCX)).isEqualTo("resume.docx");
		assertThat(DisplayNames.of("../..", ResumeType.PDF)).isEqualTo("resume.pdf");
	}

	@Test
	void limitsTheLength() {
		assertThat(DisplayNames.of("é".repeat(300) + ".pdf", ResumeType.PDF)).hasSize(DisplayNames.MAX_LENGTH);
	}

	@Test
	void downloadsUnderTheExtensionOfTheType() {
		Resume resume = new Resume(java.util.UUID.randomUUID(), 1, "report.exe", ResumeType.PDF, 1, "",
				java.time.Instant.EPOCH);
		assertThat(resume.downloadName()).isEqualTo("report.exe.pdf");
	}

}
