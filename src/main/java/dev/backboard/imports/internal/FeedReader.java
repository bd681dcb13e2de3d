package dev.backboard.imports.internal;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.jspecify.annotations.Nullable;

import dev.backboard.imports.ImportsProperties;
import dev.backboard.imports.Vendor;
import dev.backboard.jobs.EmploymentType;

import org.springframework.stereotype.Component;

/**
 * A feed in the aggregator XML format that Backboard's own {@code /feeds/jobs.xml}
 * serves: a {@code <source>} with one {@code <job>} each, keyed by its
 * {@code <referencenumber>}. Documents with a DTD are refused, and external entities are
 * never resolved. The salary, a formatted phrase in this format, is not read.
 */
@Component
class FeedReader implements BoardReader {

	private static final XMLInputFactory FACTORY = factory();

	private final Fetcher fetcher;

	private final ImportsProperties properties;

	FeedReader(Fetcher fetcher, ImportsProperties properties) {
		this.fetcher = fetcher;
		this.properties = properties;
	}

	@Override
	public Vendor vendor() {
		return Vendor.XML_FEED;
	}

	@Override
	public List<ExternalJob> read(String url) throws FetchFailed {
		String body = fetcher.get(url, "application/xml, text/xml");
		try {
			XMLStreamReader xml = FACTORY.createXMLStreamReader(new StringReader(body));
			try {
				return jobs(xml);
			}
			finally {
				xml.close();
			}
		}
		catch (XMLStreamException ex) {
			throw new FetchFailed("The feed is not well-formed XML: " + ex.getMessage(), ex);
		}
	}

	private List<ExternalJob> jobs(XMLStreamReader xml) throws XMLStreamException, FetchFailed {
		List<ExternalJob> jobs = new ArrayList<>();
		boolean root = false;
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.DTD) {
				throw new FetchFailed("The feed declares a DTD; feeds with DTDs are refused");
			}
			if (event != XMLStreamConstants.START_ELEMENT) {
				continue;
			}
			if (!root) {
				if (!xml.getLocalName().equals("source")) {
					throw new FetchFailed("The feed's root element is <" + xml.getLocalName() + ">, not <source>");
				}
				root = true;
			}
			else if (xml.getLocalName().equals("job")) {
				jobs.add(job(fields(xml)));
				if (jobs.size() > properties.maxJobs()) {
					throw new FetchFailed("The feed lists more than " + properties.maxJobs() + " jobs");
				}
			}
		}
		if (!root) {
			throw new FetchFailed("The feed is empty");
		}
		return jobs;
	}

	/** The text of each child element of a {@code <job>}. */
	private static Map<String, String> fields(XMLStreamReader xml) throws XMLStreamException {
		Map<String, String> fields = new HashMap<>();
		while (xml.hasNext()) {
			int event = xml.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = xml.getLocalName();
				fields.put(name, xml.getElementText().strip());
			}
			else if (event == XMLStreamConstants.END_ELEMENT && xml.getLocalName().equals("job")) {
				break;
			}
		}
		return fields;
	}

	private static ExternalJob job(Map<String, String> fields) throws FetchFailed {
		String id = blankToNull(fields.get("referencenumber"));
		if (id == null) {
			throw new FetchFailed("A job in the feed has no <referencenumber>");
		}
		String city = blankToNull(fields.get("city"));
		String country = blankToNull(fields.get("country"));
		return new ExternalJob(id, fields.getOrDefault("title", ""), fields.getOrDefault("description", ""),
				city == null ? List.of() : List.of(city),
				country != null && country.matches("[A-Za-z]{2}") ? country.toUpperCase(Locale.ROOT) : null,
				LeverReader.workplace(fields.get("remotetype")), employment(fields.get("jobtype")), null, List.of(),
				blankToNull(fields.get("url")));
	}

	private static @Nullable EmploymentType employment(@Nullable String type) {
		if (type == null) {
			return null;
		}
		try {
			return EmploymentType.valueOf(type.strip().toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
		}
		catch (IllegalArgumentException ex) {
			return LeverReader.commitment(type);
		}
	}

	private static @Nullable String blankToNull(@Nullable String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static XMLInputFactory factory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
		return factory;
	}

}
