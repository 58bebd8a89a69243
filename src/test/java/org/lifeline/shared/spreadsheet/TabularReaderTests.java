package org.lifeline.shared.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lifeline.shared.InvalidInputException;
import org.springframework.context.support.ResourceBundleMessageSource;

class TabularReaderTests {

	private static final String CSV = "小区编码,姓名,手机号\r\nC1,张三,13812345678\r\n\r\nC2,\"李,四\",\r\n";

	@TempDir
	Path dir;

	@Test
	void aRefusedFileIsSaidInTheReadersLanguage() throws IOException {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("i18n/messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		Path empty = write("empty.csv", new byte[0]);

		assertThatThrownBy(() -> read(empty)).isInstanceOfSatisfying(InvalidInputException.class, refusal -> {
			assertThat(refusal.getMessage()).isEqualTo("the file is empty");
			assertThat(messages.getMessage(refusal, Locale.SIMPLIFIED_CHINESE)).isEqualTo("文件是空的");
		});
	}

	@Test
	void readsUtf8Csv() throws IOException {
		Rows rows = read(write("a.csv", CSV.getBytes(StandardCharsets.UTF_8)));

		assertThat(rows.header.cells()).containsExactly("小区编码", "姓名", "手机号");
		assertThat(rows.data).extracting(TableRow::line).containsExactly(2L, 4L);
		assertThat(rows.data.get(1).cells()).containsExactly("C2", "李,四", "");
	}

	@Test
	void skipsTheByteOrderMark() throws IOException {
		byte[] text = ("\uFEFF" + CSV).getBytes(StandardCharsets.UTF_8);

		Rows rows = read(write("bom.csv", text));

		assertThat(rows.header.cell(0)).isEqualTo("小区编码");
		assertThat(rows.data.get(0).cells()).containsExactly("C1", "张三", "13812345678");
	}

	@Test
	void readsGbkCsv() throws IOException {
		Rows rows = read(write("gbk.csv", CSV.getBytes(Charset.forName("GBK"))));

		assertThat(rows.header.cells()).containsExactly("小区编码", "姓名", "手机号");
		assertThat(rows.data.get(0).cell(1)).isEqualTo("张三");
	}

	@Test
	void countsLinesOfCellsSpanningLines() throws IOException {
		Rows rows = read(write("multi.csv", "a,b\n1,\"x\ny\"\n2,z\n".getBytes(StandardCharsets.UTF_8)));

		assertThat(rows.data).extracting(TableRow::line).containsExactly(2L, 4L);
	}

	@Test
	void readsNumbersAndDatesOfXlsxAsText() throws IOException {
		Path file = dir.resolve("cells.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
			Sheet sheet = workbook.createSheet("居民");
			Row header = sheet.createRow(0);
			header.createCell(0).setCellValue("证件号码");
			header.createCell(1).setCellValue("手机号");
			header.createCell(2).setCellValue("出生日期");
			header.createCell(3).setCellValue("出生日期（文字）");
			header.createCell(5).setCellValue("纬度");
			Row row = sheet.createRow(2);
			row.createCell(0).setCellValue(110101800315123d);
			row.createCell(1).setCellValue(13812345678d);
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.getCreationHelper().createDataFormat().getFormat("yyyy年m月d日"));
			row.createCell(2).setCellValue(LocalDate.of(1980, 3, 15));
			row.getCell(2).setCellStyle(date);
			row.createCell(3).setCellValue("1980/3/15");
			row.createCell(5).setCellValue(31.2304);
			workbook.write(out);
		}

		Rows rows = read(file);

		assertThat(rows.header.cells()).containsExactly("证件号码", "手机号", "出生日期", "出生日期（文字）", "", "纬度");
		assertThat(rows.data).singleElement().satisfies(row -> {
			assertThat(row.line()).isEqualTo(3);
			assertThat(row.cells()).containsExactly("110101800315123", "13812345678", "1980-03-15", "1980/3/15", "",
					"31.2304");
		});
	}

	@Test
	void readsWhatTheWriterWrote() throws IOException {
		Path file = dir.resolve("round.xlsx");
		try (OutputStream out = Files.newOutputStream(file);
				TabularWriter writer = TabularWriter.open(TabularFormat.XLSX, out, "s")) {
			writer.row(List.of("phone", "note"));
			writer.row(List.of("+8613812345678", "=1+1"));
		}

		assertThat(read(file).data.get(0).cells()).containsExactly("+8613812345678", "=1+1");
	}

	@Test
	void refusesFilesThatAreNoTable() throws IOException {
		assertThatThrownBy(() -> read(write("empty.csv", new byte[0]))).isInstanceOf(InvalidInputException.class)
			.hasMessageContaining("empty")
			.extracting("field")
			.isEqualTo("file");
		assertThatThrownBy(() -> read(write("header.csv", "a,b\n\n".getBytes(StandardCharsets.UTF_8))))
			.hasMessageContaining("no data row");
		assertThatThrownBy(() -> read(write("image.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0 })))
			.isInstanceOf(InvalidInputException.class);
		assertThatThrownBy(() -> read(write("broken.xlsx", new byte[] { 'P', 'K', 3, 4, 1, 2, 3 })))
			.hasMessageContaining("Excel");
	}

	private Path write(String name, byte[] content) throws IOException {
		return Files.write(dir.resolve(name), content);
	}

	private static Rows read(Path file) {
		Rows rows = new Rows();
		TabularReader.read(file, rows);
		return rows;
	}

	private static final class Rows implements TableVisitor {

		TableRow header;

		final List<TableRow> data = new ArrayList<>();

		@Override
		public void header(TableRow header) {
			this.header = header;
		}

		@Override
		public void row(TableRow row) {
			data.add(row);
		}
	}
}
