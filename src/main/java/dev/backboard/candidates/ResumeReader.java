package dev.backboard.candidates;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Decides what an upload is from its bytes (never its name or declared type) and takes
 * its text out for matching. A DOCX is first walked entry by entry with hard limits on
 * what it inflates to, and any DTD in its XML refuses it, before the Word parser (itself
 * set to refuse DTDs and zip bombs) sees it.
 */
final class ResumeReader {

	/** A résumé's parts are small; a larger one is a bomb, not a CV. */
	static final long MAX_ENTRY_BYTES = 20L * 1024 * 1024;

	static final long MAX_TOTAL_BYTES = 60L * 1024 * 1024;

	static final int MAX_ENTRIES = 1000;

	/** Text-extraction work per résumé is bounded: later pages are not read. */
	static final int MAX_PAGES = 50;

	static {
		// Process-wide settings; only this module reads Office files.
		ZipSecureFile.setMinInflateRatio(0.01);
		ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
		ZipSecureFile.setMaxTextSize(10_000_000);
	}

	private static final byte[] PDF_MAGIC = "%PDF-".getBytes(StandardCharsets.US_ASCII);

	private static final byte[] ZIP_MAGIC = { 'P', 'K', 3, 4 };

	static final String NOT_A_RESUME = "Upload a PDF or a Word (.docx) file. This file is neither, whatever its name says.";

	private ResumeReader() {
	}

	/** What was read: the type the bytes say and the text found. */
	record Read(ResumeType type, String text) {
	}

	static Read read(byte[] bytes, int maxText) {
		if (startsWith(bytes, PDF_MAGIC)) {
			return new Read(ResumeType.PDF, limit(pdfText(bytes), maxText));
		}
		if (startsWith(bytes, ZIP_MAGIC)) {
			checkDocx(bytes);
			return new Read(ResumeType.DOCX, limit(docxText(bytes), maxText));
		}
		throw new InvalidResume(NOT_A_RESUME);
	}

	private static String pdfText(byte[] bytes) {
		try (PDDocument document = Loader.loadPDF(bytes)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setEndPage(MAX_PAGES);
			return stripper.getText(document);
		}
		catch (InvalidPasswordException ex) {
			throw new InvalidResume("This PDF is protected by a password. Upload a copy without one.");
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			throw new InvalidResume("We could not read this PDF. Export it again from your editor and retry.");
		}
	}

	/**
	 * Walks the archive counting what every entry really inflates to (the sizes it
	 * declares may lie), and requires the parts every Word document has.
	 */
	private static void checkDocx(byte[] bytes) {
		Set<String> names = new HashSet<>();
		long total = 0;
		byte[] buffer = new byte[64 * 1024];
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(bytes))) {
			ZipEntry entry;
			while ((entry = zip.getNextEntry()) != null) {
				if (names.size() >= MAX_ENTRIES) {
					throw new InvalidResume(TOO_BIG);
				}
				names.add(entry.getName());
				boolean xml = isXml(entry.getName());
				DoctypeScan scan = new DoctypeScan();
				long size = 0;
				int n;
				while ((n = zip.read(buffer)) > 0) {
					size += n;
					total += n;
					if (size > MAX_ENTRY_BYTES || total > MAX_TOTAL_BYTES) {
						throw new InvalidResume(TOO_BIG);
					}
					if (xml && scan.found(buffer, n)) {
						throw new InvalidResume("This Word file contains a document type declaration, "
								+ "which résumés never need. Save it again from your word processor.");
					}
				}
			}
		}
		catch (IOException | RuntimeException ex) {
			if (ex instanceof InvalidResume invalid) {
				throw invalid;
			}
			throw new InvalidResume(NOT_A_RESUME);
		}
		if (!names.contains("[Content_Types].xml") || !names.contains("word/document.xml")) {
			throw new InvalidResume(NOT_A_RESUME);
		}
	}

	private static final String TOO_BIG = "This Word file unpacks to far more data than a résumé holds, so it was "
			+ "refused. Save it again without large embedded files, or upload a PDF.";

	private static String docxText(byte[] bytes) {
		try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes));
				XWPFWordExtractor extractor = new XWPFWordExtractor(document)) {
			return extractor.getText();
		}
		catch (IOException | RuntimeException | StackOverflowError ex) {
			throw new InvalidResume(
					"We could not read this Word file. Save it again as .docx from your word processor, or upload a PDF.");
		}
	}

	private static boolean isXml(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".xml") || lower.endsWith(".rels");
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		if (bytes.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (bytes[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

	private static String limit(String text, int max) {
		String clean = text.replace("\u0000", "").strip();
		return clean.length() <= max ? clean : clean.substring(0, max);
	}

	/**
	 * Finds a DTD ("<!DOCTYPE", "<!ENTITY") in a stream of chunks, across chunk borders,
	 * in any case. XML in UTF-16 slips past it; the Word parser refuses DTDs there too.
	 */
	private static final class DoctypeScan {

		private static final String NEEDLE = "<!doctype";

		private String tail = "";

		boolean found(byte[] chunk, int length) {
			String text = tail + new String(chunk, 0, length, StandardCharsets.ISO_8859_1).toLowerCase(Locale.ROOT);
			tail = text.substring(Math.max(0, text.length() - NEEDLE.length()));
			return text.contains(NEEDLE) || text.contains("<!entity");
		}

	}

}
