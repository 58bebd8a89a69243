package org.lifeline.shared.spreadsheet;

import java.io.IOException;
import java.io.OutputStream;

/**
 * A table ready to be streamed to a client: its file name, format and the writing itself, which runs when the
 * response body is written.
 */
public record ExportedTable(String filename, TabularFormat format, Body body) {

	/** Writes the whole file to the stream. */
	@FunctionalInterface
	public interface Body {

		void writeTo(OutputStream out) throws IOException;
	}
}
