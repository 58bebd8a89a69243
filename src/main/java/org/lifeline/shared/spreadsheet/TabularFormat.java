package org.lifeline.shared.spreadsheet;

import java.util.Locale;

import org.lifeline.shared.InvalidInputException;

/** The tabular file formats Lifeline reads and writes. */
public enum TabularFormat {

	XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
	CSV("csv", "text/csv;charset=UTF-8");

	private final String extension;

	private final String mediaType;

	TabularFormat(String extension, String mediaType) {
		this.extension = extension;
		this.mediaType = mediaType;
	}

	public String extension() {
		return extension;
	}

	public String mediaType() {
		return mediaType;
	}

	/** Reads {@code xlsx} or {@code csv} (any case); XLSX when none is given. */
	public static TabularFormat parse(String text) {
		if (text == null || text.isBlank()) {
			return XLSX;
		}
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "xlsx" -> XLSX;
			case "csv" -> CSV;
			default -> throw new InvalidInputException("format", "format must be xlsx or csv, was " + text,
					"problem.shared.format", text);
		};
	}
}
