package dev.backboard.imports;

import dev.backboard.core.NotFound;

/**
 * No such import source, or it belongs to another company.
 */
public class SourceNotFound extends NotFound {

	public SourceNotFound() {
		super("import source");
	}

}
