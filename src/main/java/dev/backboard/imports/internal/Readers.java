package dev.backboard.imports.internal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import dev.backboard.imports.Vendor;

import org.springframework.stereotype.Component;

/**
 * The reader for each kind of source.
 */
@Component
class Readers {

	private final Map<Vendor, BoardReader> readers = new EnumMap<>(Vendor.class);

	Readers(List<BoardReader> readers) {
		readers.forEach(reader -> this.readers.put(reader.vendor(), reader));
	}

	List<ExternalJob> read(Vendor vendor, String reference) throws FetchFailed {
		BoardReader reader = readers.get(vendor);
		if (reader == null) {
			throw new FetchFailed("No reader for " + vendor.label());
		}
		return reader.read(reference);
	}

}
