package org.lifeline.residents;

import static org.lifeline.residents.ResidentColumns.BIRTH_DATE;
import static org.lifeline.residents.ResidentColumns.BUILDING;
import static org.lifeline.residents.ResidentColumns.COMPOUND_CODE;
import static org.lifeline.residents.ResidentColumns.ID_NUMBER;
import static org.lifeline.residents.ResidentColumns.ID_TYPE;
import static org.lifeline.residents.ResidentColumns.NAME;
import static org.lifeline.residents.ResidentColumns.PHONE;
import static org.lifeline.residents.ResidentColumns.ROOM;
import static org.lifeline.residents.ResidentColumns.SEX;
import static org.lifeline.residents.ResidentColumns.TAGS;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifeline.shared.spreadsheet.CellDates;
import org.lifeline.shared.spreadsheet.HeaderLayout;
import org.lifeline.shared.spreadsheet.TableRow;

/**
 * One data row of a resident import read into a {@link NewResident}, with everything wrong with it that the row
 * alone shows: the registration rules, plus cells that could not be read (an unknown tag, a date in no known form).
 */
record ResidentImportRow(long line, NewResident resident, List<FieldProblem> problems) {

	private static final String TAG_SEPARATORS = "[;；、,，]";

	static ResidentImportRow read(TableRow row, HeaderLayout layout, LocalDate today) {
		List<FieldProblem> unreadable = new ArrayList<>();
		String idType = layout.cell(row, ID_TYPE);
		String birthDate = layout.cell(row, BIRTH_DATE);
		String sex = layout.cell(row, SEX);
		NewResident resident = new NewResident(null, layout.cell(row, COMPOUND_CODE), layout.cell(row, BUILDING),
				layout.cell(row, ROOM), layout.cell(row, NAME), IdDocumentType.parse(idType).orElse(null),
				layout.cell(row, ID_NUMBER), layout.cell(row, PHONE), CellDates.parse(birthDate).orElse(null),
				Sex.parse(sex).orElse(null), tags(layout.cell(row, TAGS), unreadable), null);
		if (!idType.isEmpty() && resident.idType() == null) {
			unreadable.add(new FieldProblem(ID_TYPE.name(), "unknown ID document type '" + idType + "' (use "
					+ Arrays.stream(IdDocumentType.values()).map(IdDocumentType::chinese).collect(Collectors.joining("、"))
					+ ")"));
		}
		if (!birthDate.isEmpty() && resident.birthDate() == null) {
			unreadable.add(new FieldProblem(BIRTH_DATE.name(),
					"'" + birthDate + "' is not a date (write 1980-03-15, 1980/3/15 or 19800315)"));
		}
		if (!sex.isEmpty() && resident.sex() == null) {
			unreadable.add(new FieldProblem(SEX.name(), "unknown sex '" + sex + "' (use 男/女 or M/F)"));
		}
		return new ResidentImportRow(row.line(), resident, preferringUnreadable(unreadable, resident.problems(today)));
	}

	/** The rule problems, except where a more precise "could not read" problem names the same field. */
	private static List<FieldProblem> preferringUnreadable(List<FieldProblem> unreadable, List<FieldProblem> rules) {
		Set<String> explained = unreadable.stream().map(FieldProblem::field).collect(Collectors.toSet());
		List<FieldProblem> all = new ArrayList<>(unreadable);
		rules.stream().filter(p -> !explained.contains(p.field())).forEach(all::add);
		return all;
	}

	private static Set<VulnerabilityTag> tags(String cell, List<FieldProblem> problems) {
		Set<VulnerabilityTag> tags = EnumSet.noneOf(VulnerabilityTag.class);
		for (String text : cell.split(TAG_SEPARATORS)) {
			if (text.isBlank()) {
				continue;
			}
			Optional<VulnerabilityTag> tag = VulnerabilityTag.parse(text);
			tag.ifPresentOrElse(tags::add, () -> problems.add(new FieldProblem(TAGS.name(), "unknown tag '"
					+ text.strip() + "' (use " + Arrays.stream(VulnerabilityTag.values())
						.map(VulnerabilityTag::chinese)
						.collect(Collectors.joining("、")) + ")")));
		}
		return tags;
	}

	boolean isValid() {
		return problems.isEmpty();
	}
}
