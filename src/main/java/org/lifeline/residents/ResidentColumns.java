package org.lifeline.residents;

import java.util.List;

import org.lifeline.shared.spreadsheet.ImportColumn;

/** The layout of resident import and export files, in English and Chinese headers. */
final class ResidentColumns {

	static final ImportColumn COMPOUND_CODE = new ImportColumn("compound_code", "小区编码", true);

	static final ImportColumn BUILDING = new ImportColumn("building", "楼号", true);

	static final ImportColumn ROOM = new ImportColumn("room", "室号", true);

	static final ImportColumn NAME = new ImportColumn("name", "姓名", true);

	static final ImportColumn ID_TYPE = new ImportColumn("id_type", "证件类型", true);

	static final ImportColumn ID_NUMBER = new ImportColumn("id_number", "证件号码", true);

	static final ImportColumn PHONE = new ImportColumn("phone", "手机号", false);

	static final ImportColumn BIRTH_DATE = new ImportColumn("birth_date", "出生日期", true);

	static final ImportColumn SEX = new ImportColumn("sex", "性别", true);

	static final ImportColumn TAGS = new ImportColumn("tags", "标签", false);

	static final List<ImportColumn> ALL = List.of(COMPOUND_CODE, BUILDING, ROOM, NAME, ID_TYPE, ID_NUMBER, PHONE,
			BIRTH_DATE, SEX, TAGS);

	private ResidentColumns() {
	}

	/** The column a field problem is about ({@link FieldProblem#field()} uses the column names). */
	static ImportColumn named(String field) {
		return ALL.stream().filter(c -> c.name().equals(field)).findFirst().orElse(NAME);
	}

	static List<String> chineseHeaders() {
		return ALL.stream().map(ImportColumn::chinese).toList();
	}
}
