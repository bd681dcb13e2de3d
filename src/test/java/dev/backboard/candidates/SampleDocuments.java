package dev.backboard.candidates;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Real résumé files and hostile ones, built in the test so that nothing opaque is checked
 * in.
 */
public final class SampleDocuments {

	private SampleDocuments() {
	}

	/**
	 * A one-page PDF whose content stream is not compressed: the text is in its bytes.
	 */
	public static byte[] pdf(String text) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			try (PDPageContentStream content = new PDPageContentStream(document, page,
					PDPageContentStream.AppendMode.OVERWRITE, false)) {
				content.beginText();
				content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
				content.newLineAtOffset(72, 700);
				content.showText(text);
				content.endText();
			}
			document.save(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] docx(String text) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(text);
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A real DOCX whose main part is replaced by the given XML. */
	static byte[] docxWithDocumentXml(String documentXml) {
		return docxWithDocumentXml(documentXml, StandardCharsets.UTF_8);
	}

	static byte[] docxWithDocumentXml(String documentXml, java.nio.charset.Charset charset) {
		return replaceEntry(docx("placeholder"), "word/document.xml", documentXml.getBytes(charset));
	}

	/**
	 * A DOCX whose main part inflates to {@code megabytes} of spaces from a few hundred
	 * kilobytes.
	 */
	static byte[] zipBombDocx(int megabytes) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
			zip.write(("<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
					+ "content-types\"/>")
				.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] spaces = new byte[1024 * 1024];
			java.util.Arrays.fill(spaces, (byte) ' ');
			for (int i = 0; i < megabytes; i++) {
				zip.write(spaces);
			}
			zip.closeEntry();
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A real DOCX without one of its entries: a ZIP, but not a Word document. */
	static byte[] zipWithout(String name) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx("missing part")));
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				if (!entry.getName().equals(name)) {
					zip.putNextEntry(new ZipEntry(entry.getName()));
					zip.write(in.readAllBytes());
					zip.closeEntry();
				}
			}
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] png() {
		return new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0,
				0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0 };
	}

	private static byte[] replaceEntry(byte[] zipBytes, String name, byte[] replacement) {
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zipBytes));
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				ZipOutputStream zip = new ZipOutputStream(out)) {
			ZipEntry entry;
			while ((entry = in.getNextEntry()) != null) {
				zip.putNextEntry(new ZipEntry(entry.getName()));
				zip.write(entry.getName().equals(name) ? replacement : in.readAllBytes());
				zip.closeEntry();
			}
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
