package org.lifeline.dashboard;

import java.util.Locale;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;

/**
 * What one call of the zone map asks for: the node, the level its features are drawn at and, for compounds, the
 * box the user has zoomed into. A city or district answers one feature per street unless asked otherwise (72,000
 * compounds are 14 MB); a street or committee answers its compounds.
 *
 * @param node the node whose map it is
 * @param level STREET or COMMITTEE (one area per node of that kind) or COMPOUND
 * @param box the compounds' box (west, south, east, north), or null for all of the node's compounds
 */
record MapQuery(TerritoryNode node, TerritoryKind level, Box box) {

	/** Reads {@code ?level=street|committee|compound} and {@code ?bbox=west,south,east,north}; a box means compounds. */
	static MapQuery of(TerritoryNode node, String level, String bbox) {
		Box box = bbox == null || bbox.isBlank() ? null : Box.parse(bbox);
		TerritoryKind kind = level == null || level.isBlank() ? (box != null ? TerritoryKind.COMPOUND : byDefault(node))
				: parse(level);
		if (kind.ordinal() <= node.kind().ordinal() && !(kind == TerritoryKind.COMPOUND && node.kind() == kind)) {
			String own = node.kind().name().toLowerCase(Locale.ROOT);
			throw new InvalidInputException("level", "must be below the node's own level (" + own + ")",
					"problem.dashboard.levelBelow", own);
		}
		if (box != null && kind != TerritoryKind.COMPOUND) {
			throw new InvalidInputException("bbox", "applies to level=compound only", "problem.dashboard.bboxLevel");
		}
		return new MapQuery(node, kind, box);
	}

	static TerritoryKind byDefault(TerritoryNode node) {
		return node.kind() == TerritoryKind.CITY || node.kind() == TerritoryKind.DISTRICT ? TerritoryKind.STREET
				: TerritoryKind.COMPOUND;
	}

	private static TerritoryKind parse(String level) {
		return switch (level.trim().toLowerCase(Locale.ROOT)) {
			case "street" -> TerritoryKind.STREET;
			case "committee" -> TerritoryKind.COMMITTEE;
			case "compound" -> TerritoryKind.COMPOUND;
			default -> throw new InvalidInputException("level", "must be street, committee or compound, not '" + level + "'",
					"problem.dashboard.level", level);
		};
	}

	/** The key of this answer among those kept for a pass. */
	String key() {
		return node.id() + ":" + level + (box == null ? "" : ":" + box);
	}

	/** A box in degrees: west and east longitude, south and north latitude. */
	record Box(double west, double south, double east, double north) {

		static Box parse(String text) {
			String[] parts = text.split(",");
			if (parts.length != 4) {
				throw new InvalidInputException("bbox", "must be four numbers: west,south,east,north",
						"problem.dashboard.bboxParts");
			}
			double[] v = new double[4];
			for (int i = 0; i < 4; i++) {
				try {
					v[i] = Double.parseDouble(parts[i].trim());
				}
				catch (NumberFormatException e) {
					throw new InvalidInputException("bbox", "'" + parts[i].trim() + "' is not a number",
							"problem.dashboard.bboxNumber", parts[i].trim());
				}
			}
			if (!(v[0] >= -180 && v[2] <= 180 && v[1] >= -90 && v[3] <= 90 && v[0] < v[2] && v[1] < v[3])) {
				throw new InvalidInputException("bbox", "must be west < east within ±180 and south < north within ±90",
						"problem.dashboard.bboxRange");
			}
			return new Box(v[0], v[1], v[2], v[3]);
		}

		boolean contains(double lon, double lat) {
			return lon >= west && lon <= east && lat >= south && lat <= north;
		}
	}
}
