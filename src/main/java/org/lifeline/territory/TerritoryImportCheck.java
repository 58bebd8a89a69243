package org.lifeline.territory;

import static org.lifeline.territory.TerritoryColumns.ADDRESS;
import static org.lifeline.territory.TerritoryColumns.CODE;
import static org.lifeline.territory.TerritoryColumns.KIND;
import static org.lifeline.territory.TerritoryColumns.LAT;
import static org.lifeline.territory.TerritoryColumns.LON;
import static org.lifeline.territory.TerritoryColumns.NAME;
import static org.lifeline.territory.TerritoryColumns.PARENT_CODE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.spreadsheet.ImportColumn;
import org.lifeline.shared.spreadsheet.ImportRows;
import org.lifeline.shared.spreadsheet.TableRow;
import org.lifeline.shared.staging.StagingFile;

/**
 * Checks a territory file row by row: each node's own rules, and its parent, which is either on an earlier line
 * of the file or already registered within the caller's scope, and of the kind just above it. Rows that pass go
 * to the staging file; codes already registered are found in the database afterwards.
 */
final class TerritoryImportCheck extends ImportRows {

	private final TerritoryRepository nodes;

	private final TerritoryScope scope;

	private final StagingFile staging;

	private final Map<String, FileNode> inFile = new HashMap<>();

	private final Map<String, Optional<TerritoryNode>> registered = new HashMap<>();

	private final List<Orphan> orphans = new ArrayList<>();

	TerritoryImportCheck(TerritoryRepository nodes, TerritoryScope scope, StagingFile staging) {
		super(TerritoryColumns.ALL);
		this.nodes = nodes;
		this.scope = scope;
		this.staging = staging;
	}

	@Override
	protected void read(TableRow row) {
		int before = rejectedCount() + orphans.size();
		NewTerritoryNode node = node(row);
		if (node != null) {
			checkParent(row.line(), node);
		}
		if (node != null && rejectedCount() + orphans.size() == before) {
			staging.row(row.line(), node.code(), node.kind().name(), node.name(), node.parentCode(), node.address(),
					node.lat(), node.lon());
		}
	}

	private NewTerritoryNode node(TableRow row) {
		String code = cell(row, CODE);
		String kindText = cell(row, KIND);
		Optional<TerritoryKind> kind = TerritoryColumns.kind(kindText);
		if (kind.isEmpty()) {
			if (kindText.isEmpty()) {
				reject(row.line(), KIND, "the kind is missing (市, 区, 街镇, 居委, 小区 or 楼栋)",
						"problem.territory.import.kindMissing");
			}
			else {
				reject(row.line(), KIND, "unknown kind '" + kindText + "' (use 市, 区, 街镇, 居委, 小区 or 楼栋)",
						"problem.territory.import.kindUnknown", kindText);
			}
		}
		else if (!code.isEmpty()) {
			FileNode earlier = inFile.putIfAbsent(code, new FileNode(row.line(), kind.get()));
			if (earlier != null) {
				reject(row.line(), CODE, "the code " + code + " is already on line " + earlier.line() + " of this file",
						"problem.territory.import.codeRepeated", code, String.valueOf(earlier.line()));
			}
		}
		int before = rejectedCount();
		Double lat = number(row, LAT);
		Double lon = number(row, LON);
		if (rejectedCount() > before) {
			return null;
		}
		try {
			String address = cell(row, ADDRESS);
			return new NewTerritoryNode(code, kind.orElse(null), cell(row, NAME), cell(row, PARENT_CODE),
					address.isEmpty() ? null : address, lat, lon);
		}
		catch (InvalidInputException e) {
			if (!e.field().equals("kind")) {
				reject(row.line(), TerritoryColumns.forField(e.field()), e);
			}
			return null;
		}
	}

	private Double number(TableRow row, ImportColumn column) {
		String text = cell(row, column);
		try {
			return text.isEmpty() ? null : Double.valueOf(text);
		}
		catch (NumberFormatException e) {
			reject(row.line(), column, "'" + text + "' is not a number (write degrees like 31.2304)",
					"problem.territory.import.notNumber", text);
			return null;
		}
	}

	private void checkParent(long line, NewTerritoryNode node) {
		if (node.kind() == TerritoryKind.CITY) {
			checkCity(line, node);
			return;
		}
		if (node.parentCode() == null) {
			reject(line, PARENT_CODE, "a " + node.kind() + " needs the code of its parent",
					"problem.territory.import.parentNeeded", said(node.kind()));
			return;
		}
		FileNode parentInFile = inFile.get(node.parentCode());
		if (parentInFile != null && parentInFile.line() < line) {
			if (parentInFile.kind().childKind() != node.kind()) {
				reject(line, KIND, "a " + node.kind() + " cannot sit under a " + parentInFile.kind() + " (expected "
						+ parentInFile.kind().childKind() + ")", "problem.territory.import.wrongParent", said(node.kind()),
						said(parentInFile.kind()), said(parentInFile.kind().childKind()));
			}
			return;
		}
		Optional<TerritoryNode> parent = registered.computeIfAbsent(node.parentCode(), nodes::findByCode);
		if (parent.isEmpty()) {
			orphans.add(new Orphan(line, node.parentCode()));
		}
		else if (!scope.contains(parent.get())) {
			reject(line, PARENT_CODE, "the parent " + node.parentCode() + " lies outside the area you manage",
					"problem.territory.import.parentOutside", node.parentCode());
		}
		else {
			try {
				node.checkPlacement(parent.get());
			}
			catch (InvalidInputException e) {
				reject(line, KIND, e);
			}
		}
	}

	/** Reports the rows whose parent was not found, once the whole file is known. */
	void finish() {
		for (Orphan orphan : orphans) {
			FileNode later = inFile.get(orphan.parentCode());
			if (later != null) {
				reject(orphan.line(), PARENT_CODE, "the parent " + orphan.parentCode() + " comes later, on line "
						+ later.line() + ": put parents before their children", "problem.territory.import.parentLater",
						orphan.parentCode(), String.valueOf(later.line()));
			}
			else {
				reject(orphan.line(), PARENT_CODE, "there is no node " + orphan.parentCode()
						+ ", neither on an earlier line nor registered", "problem.territory.import.noParent",
						orphan.parentCode());
			}
		}
		orphans.clear();
	}

	private void checkCity(long line, NewTerritoryNode node) {
		if (node.parentCode() != null) {
			reject(line, PARENT_CODE, "the city has no parent; leave the parent code empty",
					"problem.territory.import.cityParent");
		}
		else if (!scope.isEverything()) {
			reject(line, KIND, "only the city command may add the city", "problem.territory.import.cityOnly");
		}
		else if (nodes.findCity().isPresent()
				|| inFile.values().stream().filter(n -> n.kind() == TerritoryKind.CITY).count() > 1) {
			reject(line, KIND, "the city already exists; there is one city", "problem.territory.import.cityExists");
		}
	}


	private record FileNode(long line, TerritoryKind kind) {
	}

	private record Orphan(long line, String parentCode) {
	}

	/** A kind as an argument of a reason; "-" for the kind below a building, which is none. */
	private static Object said(TerritoryKind kind) {
		return kind == null ? "-" : kind.words();
	}
}
