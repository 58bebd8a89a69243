package org.lifeline.screening.results;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.lifeline.screening.ResultFormat;
import org.lifeline.shared.InvalidInputException;

/** Tells a lab's file apart by its content (a FHIR Bundle is JSON, an XLSX file a ZIP, else CSV) and reads it. */
public final class ResultFiles {

	private ResultFiles() {
	}

	/** Reads the file into the batch; answers its format. */
	public static ResultFormat read(Path file, ResultBatch batch) {
		int first = firstByte(file);
		if (first == '{') {
			FhirResults.read(file, batch);
			return ResultFormat.FHIR;
		}
		TabularResults.read(file, batch);
		return first == 'P' ? ResultFormat.XLSX : ResultFormat.CSV;
	}

	private static int firstByte(Path file) {
		try (InputStream in = Files.newInputStream(file)) {
			for (int b = in.read(); b >= 0; b = in.read()) {
				if (b != ' ' && b != '\t' && b != '\r' && b != '\n' && b != 0xEF && b != 0xBB && b != 0xBF) {
					return b;
				}
			}
			throw new InvalidInputException("file", "the file is empty", "problem.screening.emptyFile");
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
