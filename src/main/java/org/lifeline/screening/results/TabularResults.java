package org.lifeline.screening.results;

import java.nio.file.Path;
import java.util.List;

import org.lifeline.shared.spreadsheet.HeaderLayout;
import org.lifeline.shared.spreadsheet.ImportColumn;
import org.lifeline.shared.spreadsheet.TableRow;
import org.lifeline.shared.spreadsheet.TableVisitor;
import org.lifeline.shared.spreadsheet.TabularReader;

/**
 * Reads a lab's CSV or XLSX file (header {@code tube_code,result,reported_at[,ct_value]}, columns in any order,
 * Chinese headers too) into a batch, streaming, so a city's file needs little memory.
 */
final class TabularResults implements TableVisitor {

	static final ImportColumn TUBE_CODE = new ImportColumn("tube_code", "试管编码", true);

	static final ImportColumn RESULT = new ImportColumn("result", "检测结果", true);

	static final ImportColumn REPORTED_AT = new ImportColumn("reported_at", "报告时间", true);

	static final ImportColumn CT_VALUE = new ImportColumn("ct_value", "CT值", false);

	private static final List<ImportColumn> COLUMNS = List.of(TUBE_CODE, RESULT, REPORTED_AT, CT_VALUE);

	private final ResultBatch batch;

	private HeaderLayout layout;

	private boolean headerFaulty;

	private TabularResults(ResultBatch batch) {
		this.batch = batch;
	}

	static void read(Path file, ResultBatch batch) {
		TabularReader.read(file, new TabularResults(batch));
	}

	@Override
	public void header(TableRow header) {
		layout = HeaderLayout.of(header, COLUMNS);
		layout.problems().forEach(p -> batch.reject(p.line(), p.reason()));
		headerFaulty = !layout.problems().isEmpty();
	}

	@Override
	public void row(TableRow row) {
		if (headerFaulty) {
			return;
		}
		batch.row(row.line(), layout.cell(row, TUBE_CODE), layout.cell(row, RESULT), layout.cell(row, REPORTED_AT),
				layout.cell(row, CT_VALUE));
	}
}
