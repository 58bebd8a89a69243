package org.lifeline.residents;

import static org.lifeline.residents.ResidentColumns.COMPOUND_CODE;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lifeline.shared.spreadsheet.ImportReport.Rejection;
import org.lifeline.shared.spreadsheet.ImportRows;
import org.lifeline.shared.spreadsheet.TableRow;
import org.lifeline.shared.staging.StagingFile;
import org.lifeline.territory.NewTerritoryNode;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;

/**
 * Checks a resident file row by row as it streams in: the header, each row's own rules, and its compound (known,
 * a compound, within the caller's scope). Every row goes to the staging file, where the checks across rows and
 * against the registry follow in the database.
 */
final class ResidentImportCheck extends ImportRows {

	private final Territory territory;

	private final TerritoryScope scope;

	private final LocalDate today;

	private final StagingFile staging;

	private final Map<String, Compound> compounds = new HashMap<>();

	private final Map<String, NewTerritoryNode> buildings = new HashMap<>();

	ResidentImportCheck(Territory territory, TerritoryScope scope, LocalDate today, StagingFile staging) {
		super(ResidentColumns.ALL);
		this.territory = territory;
		this.scope = scope;
		this.today = today;
		this.staging = staging;
	}

	@Override
	protected void read(TableRow row) {
		ResidentImportRow read = ResidentImportRow.read(row, layout(), today);
		List<Rejection> problems = read.problems()
			.stream()
			.map(p -> p.at(row.line(), label(ResidentColumns.named(p.field()))))
			.collect(Collectors.toCollection(ArrayList::new));
		NewResident resident = read.resident();
		Compound compound = resident.compoundCode().isEmpty() ? null : compound(resident.compoundCode());
		if (compound != null && compound.node() == null) {
			problems.add(compound.problem().at(row.line(), label(COMPOUND_CODE)));
		}
		stage(row.line(), problems.isEmpty() ? compound.node() : null, resident);
		rejectAll(problems);
	}

	/**
	 * Stages every row, so that ID numbers are checked across the whole file; a row with problems is staged without
	 * its place (it is never merged, since a file with a rejected row saves nothing).
	 */
	private void stage(long line, TerritoryNode compound, NewResident r) {
		NewTerritoryNode building = compound == null ? null
				: buildings.computeIfAbsent(compound.code() + "\u0000" + r.building(),
						key -> NewTerritoryNode.building(compound, r.building()));
		staging.row(line, compound == null ? null : compound.id(), building == null ? null : building.code(),
				building == null ? null : building.name(), r.room(), r.name(),
				r.idType() == null ? null : r.idType().name(), r.idNumber(), r.phone(), r.birthDate(),
				r.sex() == null ? null : r.sex().name(), r.tags().stream().map(Enum::name).sorted().toList());
	}

	private Compound compound(String code) {
		return compounds.computeIfAbsent(code, c -> {
			Optional<TerritoryNode> node = territory.findByCode(c);
			if (node.isEmpty()) {
				return Compound.refused(new FieldProblem("compoundCode", "there is no compound with code " + c,
						"problem.residents.import.noCompound", c));
			}
			if (node.get().kind() != TerritoryKind.COMPOUND) {
				return Compound.refused(new FieldProblem("compoundCode", c + " is a "
						+ node.get().kind().name().toLowerCase() + " (" + node.get().name() + "), not a compound",
						"problem.residents.import.notCompound", c, node.get().kind().words(), node.get().name()));
			}
			if (!scope.contains(node.get())) {
				return Compound.refused(new FieldProblem("compoundCode", "compound " + c
						+ " lies outside the area you manage (" + scope.code() + ")",
						"problem.residents.import.compoundOutside", c, scope.code()));
			}
			return new Compound(node.get(), null);
		});
	}

	private record Compound(TerritoryNode node, FieldProblem problem) {

		static Compound refused(FieldProblem problem) {
			return new Compound(null, problem);
		}
	}
}
