package org.lifeline.territory;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.lifeline.shared.spreadsheet.ImportColumn;

/** The layout of territory import files, and the kinds as clerks write them (code or Chinese). */
final class TerritoryColumns {

	static final ImportColumn CODE = new ImportColumn("code", "编码", true);

	static final ImportColumn KIND = new ImportColumn("kind", "类型", true);

	static final ImportColumn NAME = new ImportColumn("name", "名称", true);

	static final ImportColumn PARENT_CODE = new ImportColumn("parent_code", "上级编码", true);

	static final ImportColumn ADDRESS = new ImportColumn("address", "地址", false);

	static final ImportColumn LAT = new ImportColumn("lat", "纬度", false);

	static final ImportColumn LON = new ImportColumn("lon", "经度", false);

	static final List<ImportColumn> ALL = List.of(CODE, KIND, NAME, PARENT_CODE, ADDRESS, LAT, LON);

	private TerritoryColumns() {
	}

	/** The column a problem about a {@link NewTerritoryNode} field is about. */
	static ImportColumn forField(String field) {
		return switch (field) {
			case "code" -> CODE;
			case "kind" -> KIND;
			case "parentCode" -> PARENT_CODE;
			case "address" -> ADDRESS;
			case "lat" -> LAT;
			case "lon" -> LON;
			default -> NAME;
		};
	}

	/** Reads CITY…BUILDING (any case) or 市/区/街镇/居委/小区/楼栋 and their common variants. */
	static Optional<TerritoryKind> kind(String text) {
		String t = text.strip();
		return switch (t) {
			case "市" -> Optional.of(TerritoryKind.CITY);
			case "区", "县" -> Optional.of(TerritoryKind.DISTRICT);
			case "街镇", "街道", "镇", "乡", "乡镇" -> Optional.of(TerritoryKind.STREET);
			case "居委", "村委", "居委会", "村委会" -> Optional.of(TerritoryKind.COMMITTEE);
			case "小区", "村" -> Optional.of(TerritoryKind.COMPOUND);
			case "楼栋", "楼", "楼宇" -> Optional.of(TerritoryKind.BUILDING);
			default -> byCode(t);
		};
	}

	private static Optional<TerritoryKind> byCode(String text) {
		try {
			return text.isEmpty() ? Optional.empty() : Optional.of(TerritoryKind.valueOf(text.toUpperCase(Locale.ROOT)));
		}
		catch (IllegalArgumentException e) {
			return Optional.empty();
		}
	}
}
