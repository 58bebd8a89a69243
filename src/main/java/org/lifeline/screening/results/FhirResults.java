package org.lifeline.screening.results;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import ca.uhn.fhir.context.FhirContext;
import ca.uhn.fhir.parser.DataFormatException;
import ca.uhn.fhir.parser.IParser;
import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.CodeableConcept;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.DiagnosticReport;
import org.hl7.fhir.r4.model.Observation;
import org.hl7.fhir.r4.model.Reference;
import org.hl7.fhir.r4.model.Resource;
import org.hl7.fhir.r4.model.Specimen;
import org.lifeline.shared.InvalidInputException;

/**
 * Reads an HL7 FHIR R4 Bundle as laboratory systems export it: each Observation or DiagnosticReport is one tube's
 * result, the tube code being the identifier of its specimen (the Specimen in the bundle or contained, or the
 * reference's own identifier). The result is read from the value, interpretation or conclusion code (SNOMED CT,
 * HL7 v3 interpretation codes or plain text), the time from {@code issued} (else {@code effective}), the Ct value
 * from a component or value quantity coded as Ct. Entries of other types (Specimen, Patient) are skipped.
 */
final class FhirResults {

	private static final FhirContext R4 = FhirContext.forR4Cached();

	private static final Map<String, String> CODES = Map.ofEntries(Map.entry("260385009", "NEGATIVE"),
			Map.entry("10828004", "POSITIVE"), Map.entry("455371000124106", "INVALID"), Map.entry("NEG", "NEGATIVE"),
			Map.entry("POS", "POSITIVE"), Map.entry("IND", "INVALID"), Map.entry("NEGATIVE", "NEGATIVE"),
			Map.entry("POSITIVE", "POSITIVE"), Map.entry("INVALID", "INVALID"), Map.entry("DETECTED", "POSITIVE"),
			Map.entry("NOT DETECTED", "NEGATIVE"), Map.entry("260373001", "POSITIVE"), Map.entry("260415000", "NEGATIVE"));

	private FhirResults() {
	}

	static void read(Path file, ResultBatch batch) {
		Bundle bundle = parse(file);
		Map<String, Specimen> specimens = new HashMap<>();
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			if (entry.getResource() instanceof Specimen specimen) {
				if (entry.hasFullUrl()) {
					specimens.put(entry.getFullUrl(), specimen);
				}
				if (specimen.hasIdElement()) {
					specimens.put("Specimen/" + specimen.getIdElement().getIdPart(), specimen);
				}
			}
		}
		int line = 0;
		for (Bundle.BundleEntryComponent entry : bundle.getEntry()) {
			line++;
			Resource resource = entry.getResource();
			if (resource instanceof Observation observation) {
				observation(line, observation, specimens, batch);
			}
			else if (resource instanceof DiagnosticReport report && !(report.getConclusionCode().isEmpty()
					&& report.hasResult())) {
				report(line, report, specimens, batch);
			}
		}
	}

	private static Bundle parse(Path file) {
		IParser parser = R4.newJsonParser();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			return parser.parseResource(Bundle.class, reader);
		}
		catch (DataFormatException | ClassCastException e) {
			throw new InvalidInputException("file", "the file is not an HL7 FHIR R4 Bundle in JSON: " + e.getMessage(),
					"problem.screening.notFhir", e.getMessage());
		}
		catch (IOException e) {
			throw new InvalidInputException("file", "the file could not be read: " + e.getMessage(),
					"problem.screening.unreadable", e.getMessage());
		}
	}

	private static void observation(int line, Observation observation, Map<String, Specimen> specimens,
			ResultBatch batch) {
		String where = "entry " + line + " (Observation" + id(observation) + ")";
		Optional<String> code = tubeCode(observation.getSpecimen(), specimens);
		if (code.isEmpty()) {
			batch.reject(line, where + ": no specimen identifier to name the tube");
			return;
		}
		String result = observation.hasValueCodeableConcept() ? outcome(observation.getValueCodeableConcept()) : null;
		if (result == null && observation.hasValueStringType()) {
			result = CODES.get(observation.getValueStringType().getValue().strip().toUpperCase(Locale.ROOT));
		}
		for (CodeableConcept interpretation : observation.getInterpretation()) {
			result = result != null ? result : outcome(interpretation);
		}
		String time = observation.hasIssued() ? observation.getIssuedElement().getValueAsString()
				: observation.hasEffectiveDateTimeType() ? observation.getEffectiveDateTimeType().getValueAsString() : "";
		if (result == null) {
			batch.reject(line, code.get() + ": " + where + " has no result (value, interpretation) read as negative, positive or invalid");
			return;
		}
		batch.row(line, code.get(), result, time, ct(observation));
	}

	private static void report(int line, DiagnosticReport report, Map<String, Specimen> specimens, ResultBatch batch) {
		String where = "entry " + line + " (DiagnosticReport" + id(report) + ")";
		Optional<String> code = report.getSpecimen().stream().map(r -> tubeCode(r, specimens)).flatMap(Optional::stream)
			.findFirst();
		if (code.isEmpty()) {
			batch.reject(line, where + ": no specimen identifier to name the tube");
			return;
		}
		String result = report.getConclusionCode().stream().map(FhirResults::outcome).filter(r -> r != null)
			.findFirst().orElse(null);
		if (result == null) {
			batch.reject(line, code.get() + ": " + where + " has no conclusion code read as negative, positive or invalid");
			return;
		}
		String time = report.hasIssued() ? report.getIssuedElement().getValueAsString()
				: report.hasEffectiveDateTimeType() ? report.getEffectiveDateTimeType().getValueAsString() : "";
		batch.row(line, code.get(), result, time, null);
	}

	private static Optional<String> tubeCode(Reference reference, Map<String, Specimen> specimens) {
		if (reference == null || reference.isEmpty()) {
			return Optional.empty();
		}
		if (reference.hasIdentifier() && reference.getIdentifier().hasValue()) {
			return Optional.of(reference.getIdentifier().getValue());
		}
		Specimen specimen = reference.getResource() instanceof Specimen s ? s : specimens.get(reference.getReference());
		if (specimen == null) {
			return Optional.empty();
		}
		if (specimen.hasAccessionIdentifier() && specimen.getAccessionIdentifier().hasValue()) {
			return Optional.of(specimen.getAccessionIdentifier().getValue());
		}
		return specimen.getIdentifier().stream().filter(i -> i.hasValue()).map(i -> i.getValue()).findFirst();
	}

	private static String outcome(CodeableConcept concept) {
		for (Coding coding : concept.getCoding()) {
			String result = coding.hasCode() ? CODES.get(coding.getCode().strip().toUpperCase(Locale.ROOT)) : null;
			if (result != null) {
				return result;
			}
		}
		return concept.hasText() ? CODES.get(concept.getText().strip().toUpperCase(Locale.ROOT)) : null;
	}

	private static String ct(Observation observation) {
		for (Observation.ObservationComponentComponent component : observation.getComponent()) {
			if (isCt(component.getCode()) && component.hasValueQuantity()) {
				return component.getValueQuantity().getValue().toPlainString();
			}
		}
		return observation.hasValueQuantity() && isCt(observation.getCode())
				? observation.getValueQuantity().getValue().toPlainString() : null;
	}

	private static boolean isCt(CodeableConcept code) {
		List<String> names = code.getCoding().stream().map(c -> c.getDisplay() + " " + c.getCode()).toList();
		String text = (code.getText() + " " + String.join(" ", names)).toLowerCase(Locale.ROOT);
		return text.contains("ct value") || text.contains("cycle threshold") || text.matches(".*\\bct\\b.*");
	}

	private static String id(Resource resource) {
		return resource.hasIdElement() ? "/" + resource.getIdElement().getIdPart() : "";
	}
}
