package dev.backboard.syndication.internal;

import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A streaming XML writer that escapes for the caller and drops the characters XML 1.0
 * cannot carry at all (a title with a control character would otherwise make the whole
 * feed unreadable).
 */
public final class Xml implements AutoCloseable {

	private static final XMLOutputFactory FACTORY = XMLOutputFactory.newFactory();

	private final XMLStreamWriter writer;

	private Xml(XMLStreamWriter writer) {
		this.writer = writer;
	}

	public static Xml to(OutputStream out) {
		try {
			Xml xml = new Xml(FACTORY.createXMLStreamWriter(out, StandardCharsets.UTF_8.name()));
			xml.writer.writeStartDocument(StandardCharsets.UTF_8.name(), "1.0");
			return xml;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	public Xml start(String name) {
		return run(() -> writer.writeStartElement(name));
	}

	public Xml start(String name, String namespace) {
		return run(() -> {
			writer.writeStartElement(name);
			writer.writeDefaultNamespace(namespace);
		});
	}

	public Xml namespace(String prefix, String uri) {
		return run(() -> writer.writeNamespace(prefix, uri));
	}

	public Xml attribute(String name, String value) {
		return run(() -> writer.writeAttribute(name, clean(value)));
	}

	public Xml text(String value) {
		return run(() -> writer.writeCharacters(clean(value)));
	}

	/** Character data; "]]>" in the value is split over two sections. */
	public Xml cdata(String value) {
		String[] parts = clean(value).split("]]>", -1);
		return run(() -> {
			for (int i = 0; i < parts.length; i++) {
				String part = (i > 0 ? ">" : "") + parts[i] + (i < parts.length - 1 ? "]]" : "");
				writer.writeCData(part);
			}
		});
	}

	public Xml end() {
		return run(writer::writeEndElement);
	}

	/** An element holding only text. */
	public Xml element(String name, String value) {
		return start(name).text(value).end();
	}

	/** An element holding only character data. */
	public Xml cdataElement(String name, String value) {
		return start(name).cdata(value).end();
	}

	@Override
	public void close() {
		run(() -> {
			writer.writeEndDocument();
			writer.flush();
			writer.close();
		});
	}

	/** The text without the characters XML 1.0 forbids. */
	static String clean(String value) {
		StringBuilder clean = new StringBuilder(value.length());
		value.codePoints().filter(Xml::allowed).forEach(clean::appendCodePoint);
		return clean.toString();
	}

	private static boolean allowed(int c) {
		return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
				|| (c >= 0x10000 && c <= 0x10FFFF);
	}

	private Xml run(Step step) {
		try {
			step.run();
			return this;
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private interface Step {

		void run() throws XMLStreamException;

	}

}
