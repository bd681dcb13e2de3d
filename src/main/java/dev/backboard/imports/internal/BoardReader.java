package dev.backboard.imports.internal;

import java.util.List;

import dev.backboard.imports.Vendor;

/**
 * Reads a company's whole listing from one kind of source. A listing is returned only
 * when every page of it was read and parsed; anything less throws.
 */
interface BoardReader {

	Vendor vendor();

	/**
	 * @param reference the board token, site name, job board name or feed URL
	 */
	List<ExternalJob> read(String reference) throws FetchFailed;

}
