package org.lifeline.shared.spreadsheet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.lifeline.shared.InvalidInputException;
import org.springframework.web.multipart.MultipartFile;

/**
 * An uploaded tabular file copied to a temporary file, which streaming readers need; closing deletes the copy. A
 * missing or empty upload, or one named as another type of file, answers 400 naming the field {@code file}.
 */
public final class UploadedTable implements AutoCloseable {

	private final Path path;

	private UploadedTable(Path path) {
		this.path = path;
	}

	public static UploadedTable of(MultipartFile file) {
		if (file == null || file.isEmpty()) {
			throw new InvalidInputException("file", "upload a non-empty CSV or XLSX file in the field 'file'",
					"problem.shared.uploadRequired");
		}
		String name = file.getOriginalFilename() == null ? "" : file.getOriginalFilename().toLowerCase(Locale.ROOT);
		if (name.matches(".*\\.[a-z0-9]{1,5}") && !name.matches(".*\\.(csv|txt|xlsx)")) {
			throw new InvalidInputException("file", "only .xlsx and .csv files are read, not " + file.getOriginalFilename(),
					"problem.shared.fileType", file.getOriginalFilename());
		}
		try {
			Path path = Files.createTempFile("lifeline-upload-", ".tmp");
			file.transferTo(path);
			return new UploadedTable(path);
		}
		catch (IOException e) {
			throw new UncheckedIOException("could not store the upload", e);
		}
	}

	public Path path() {
		return path;
	}

	@Override
	public void close() {
		try {
			Files.deleteIfExists(path);
		}
		catch (IOException e) {
			path.toFile().deleteOnExit();
		}
	}
}
