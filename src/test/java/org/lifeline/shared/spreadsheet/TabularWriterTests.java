package org.lifeline.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class TabularWriterTests {

	private static final List<String> RISKY = List.of("=HYPERLINK(\"http://x\")", "+8613812345678", "-12", "@SUM(A1)",
			"\tcmd", "\rcmd", "张三");

	@Test
	void csvStartsWithBomAndQuotesRiskyCells() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TabularWriter writer = TabularWriter.open(TabularFormat.CSV, out, "s")) {
			writer.row(RISKY);
		}

		byte[] bytes = out.toByteArray();
		assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
		String text = new String(bytes, StandardCharsets.UTF_8).substring(1);
		assertThat(text).isEqualTo("\"'=HYPERLINK(\"\"http://x\"\")\",'+8613812345678,'-12,'@SUM(A1),'\tcmd,\"'\rcmd\",张三\r\n");
	}

	@Test
	void xlsxWritesRiskyCellsAsQuotePrefixedText() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TabularWriter writer = TabularWriter.open(TabularFormat.XLSX, out, "居民")) {
			writer.row(RISKY);
		}

		try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
			var row = workbook.getSheet("居民").getRow(0);
			for (int i = 0; i < RISKY.size(); i++) {
				Cell cell = row.getCell(i);
				assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
				assertThat(cell.getStringCellValue()).isEqualTo(RISKY.get(i));
				assertThat(cell.getCellStyle().getQuotePrefixed()).isEqualTo(FormulaGuard.isRisky(RISKY.get(i)));
			}
		}
	}

	@Test
	void unescapingRestoresTheData() {
		RISKY.forEach(value -> assertThat(FormulaGuard.unescape(FormulaGuard.escape(value))).isEqualTo(value));
		assertThat(FormulaGuard.unescape("'quoted")).isEqualTo("'quoted");
	}
}
