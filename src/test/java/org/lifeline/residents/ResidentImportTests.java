package org.lifeline.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.territory.TestTerritory;
import org.lifeline.shared.spreadsheet.ImportReport;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.springframework.beans.factory.annotation.Autowired;
import org.lifeline.shared.TestAdministrator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ResidentImportTests {

	static final String ENGLISH = "compound_code,building,room,name,id_type,id_number,phone,birth_date,sex,tags";

	final MockMvc mvc;

	final Territory territory;

	final ResidentImport residentImport;

	final JdbcClient jdbc;

	TestTerritory place;

	final PasswordEncoder passwords;

	RequestPostProcessor admin;

	@Autowired
	ResidentImportTests(MockMvc mvc, Territory territory, ResidentImport residentImport, JdbcClient jdbc, PasswordEncoder passwords) {
		this.passwords = passwords;
		this.mvc = mvc;
		this.territory = territory;
		this.residentImport = residentImport;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void createTerritory() {
		place = TestTerritory.create(territory, 2);
		admin = TestAdministrator.signedIn(jdbc, passwords);
	}

	@Test
	void dryRunListsEveryBadRowWithLineColumnAndReason() throws Exception {
		String good = TestIdNumbers.next();
		String valid = TestIdNumbers.next();
		String wrongCheck = valid.substring(0, 17) + (valid.endsWith("0") ? "1" : "0");
		String twice = TestIdNumbers.next();
		String csv = lines(ENGLISH, row(compound(), "1", "101", "张三", good, "13812345678", "独居老人;80岁以上"),
				row(compound(), "1", "102", "李四", wrongCheck, "", ""),
				row("NO-SUCH-COMPOUND", "1", "103", "王五", TestIdNumbers.next(), "", ""),
				row(compound(), "1", "104", "赵六", twice, "", "会飞"),
				row(compound(), "1", "105", "钱七", twice, "", ""),
				badDate(TestIdNumbers.next()));
		long before = residents();

		upload("r.csv", csv.getBytes(StandardCharsets.UTF_8), true).andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.rejected[?(@.line == 3 && @.column == 'id_number')].reason")
				.value(hasItem(containsString("check digit"))))
			.andExpect(jsonPath("$.rejected[?(@.line == 4 && @.column == 'compound_code')].reason")
				.value(hasItem(containsString("no compound with code NO-SUCH-COMPOUND"))))
			.andExpect(jsonPath("$.rejected[?(@.line == 5 && @.column == 'tags')].reason")
				.value(hasItem(containsString("unknown tag '会飞'"))))
			.andExpect(jsonPath("$.rejected[?(@.line == 6 && @.column == 'id_number')].reason")
				.value(hasItem(containsString("already on line 5"))))
			.andExpect(jsonPath("$.rejected[?(@.line == 7 && @.column == 'birth_date')].reason")
				.value(hasItem(containsString("not a date"))));
		assertThat(residents()).isEqualTo(before);
	}

	@Test
	void aRealImportWithOneBadRowSavesNothingAndAnswers422() throws Exception {
		String csv = lines(ENGLISH, row(compound(), "1", "101", "张三", TestIdNumbers.next(), "", ""),
				row(compound(), "1", "102", "", TestIdNumbers.next(), "12345", ""));
		long before = residents();

		upload("r.csv", csv.getBytes(StandardCharsets.UTF_8), false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.accepted").value(1))
			.andExpect(jsonPath("$.rejected", hasSize(2)))
			.andExpect(jsonPath("$.rejected[0].column").value("name"))
			.andExpect(jsonPath("$.rejected[1].column").value("phone"));
		assertThat(residents()).isEqualTo(before);
		assertThat(territory.findByCode(compound() + "-B1")).isEmpty();
	}

	@Test
	void importsChineseHeadersInAnyOrderFromXlsxCreatingBuildingsAndHouseholds() throws Exception {
		String first = TestIdNumbers.next();
		String second = TestIdNumbers.next();
		String third = TestIdNumbers.next();
		String born = TestIdNumbers.birthDate(first).toString();
		String bornCompact = TestIdNumbers.birthDate(second).toString().replace("-", "");
		String bornSlashed = TestIdNumbers.birthDate(third).toString().replace("-", "/");
		String other = place.compounds().get(1).code();
		byte[] xlsx = xlsx(List.of("姓名", "证件号码", "证件类型", "小区编码", "楼号", "室号", "手机号", "出生日期", "性别", "标签"),
				List.of("张三", first, "身份证", compound(), "3", "501", 13812345678d, born, TestIdNumbers.sex(first),
						"独居老人、血透"),
				List.of("李四", second, "RESIDENT_ID", compound(), "3", "501", "", bornCompact, TestIdNumbers.sex(second),
						""),
				List.of("王五", third, "居民身份证", other, "12A", "1201", "", bornSlashed, TestIdNumbers.sex(third),
						"LOW_INCOME"));

		upload("居民.xlsx", xlsx, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(3))
			.andExpect(jsonPath("$.rejected", hasSize(0)));

		TerritoryNode building = territory.byCode(compound() + "-B3");
		assertThat(building.name()).isEqualTo("3号楼");
		assertThat(building.parentId()).isEqualTo(place.compound().id());
		assertThat(building.compoundId()).isEqualTo(place.compound().id());
		assertThat(building.districtId()).isEqualTo(place.district().id());
		assertThat(territory.byCode(place.compounds().get(1).code() + "-B12A").committeeId())
			.isEqualTo(place.committee().id());
		assertThat(jdbc.sql("select count(*) from household where building_id = ?").param(building.id())
			.query(Long.class).single()).isEqualTo(1);
		assertThat(jdbc.sql("""
				select r.phone || ' ' || array_to_string(r.tags, ',') || ' ' || r.street_id || ' ' || h.room
				from resident r join household h on h.id = r.household_id where r.id_number = ?""")
			.param(first).query(String.class).single())
			.isEqualTo("13812345678 DIALYSIS,LIVING_ALONE_ELDERLY " + place.street().id() + " 501");
	}

	@Test
	void readsGbkEncodedCsv() throws Exception {
		String id = TestIdNumbers.next();
		String csv = lines("小区编码,楼号,室号,姓名,证件类型,证件号码,手机号,出生日期,性别,标签",
				row(compound(), "2", "201", "欧阳娜娜", id, "", "孕妇"));

		upload("gbk.csv", csv.getBytes(Charset.forName("GBK")), false).andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(1));

		assertThat(jdbc.sql("select name from resident where id_number = ?").param(id).query(String.class).single())
			.isEqualTo("欧阳娜娜");
	}

	@Test
	void namesMissingHeaders() throws Exception {
		String csv = lines("小区编码,楼号,室号,姓名,证件类型,手机号,出生日期,性别", compound() + ",1,101,张三,身份证,,1980-01-01,男");

		upload("r.csv", csv.getBytes(StandardCharsets.UTF_8), true).andExpect(status().isOk())
			.andExpect(jsonPath("$.rejected", hasSize(1)))
			.andExpect(jsonPath("$.rejected[0].line").value(1))
			.andExpect(jsonPath("$.rejected[0].column").value("id_number"))
			.andExpect(jsonPath("$.rejected[0].reason").value(containsString("证件号码")));
	}

	@Test
	void refusesFilesWithoutRowsOrOfAnotherType() throws Exception {
		upload("r.csv", new byte[0], true).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("file"));
		upload("r.csv", (ENGLISH + "\n").getBytes(StandardCharsets.UTF_8), true).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("file"))
			.andExpect(jsonPath("$.detail").value(containsString("no data row")));
		upload("r.pdf", "%PDF-1.4".getBytes(StandardCharsets.UTF_8), true).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("file"));
		upload("r.xlsx", new byte[] { 'P', 'K', 3, 4, 0, 0, 0, 0 }, true).andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("file"));
	}

	@Test
	void refusesCompoundsOutsideTheCallersScope() throws Exception {
		TestTerritory elsewhere = TestTerritory.create(territory, 1);
		Path file = Files.createTempFile("scope", ".csv");
		Files.writeString(file, lines(ENGLISH, row(elsewhere.compound().code(), "1", "1", "张三", TestIdNumbers.next(), "", "")));

		ImportReport report = residentImport.run(file, true, place.committee().scope());

		assertThat(report.rejected()).singleElement()
			.satisfies(r -> assertThat(r.reason()).contains("outside the area you manage"));
		Files.delete(file);
	}

	ResultActions upload(String name, byte[] content, boolean dryRun) throws Exception {
		return mvc.perform(multipart("/api/v1/imports/residents").with(admin).file(new MockMultipartFile("file", name, null, content))
			.param("dryRun", String.valueOf(dryRun)));
	}

	long residents() {
		return jdbc.sql("select count(*) from resident").query(Long.class).single();
	}

	String compound() {
		return place.compound().code();
	}

	static String row(String compound, String building, String room, String name, String id, String phone, String tags) {
		return csvRow(compound, building, room, name, "身份证", id, phone, TestIdNumbers.birthDate(id).toString(),
				TestIdNumbers.sex(id), tags);
	}

	String badDate(String id) {
		return csvRow(compound(), "1", "106", "孙八", "居民身份证", id, "", "1980-02-30", TestIdNumbers.sex(id), "");
	}

	static String csvRow(String... cells) {
		return String.join(",", cells);
	}

	static String lines(String... lines) {
		return String.join("\r\n", lines) + "\r\n";
	}

	static byte[] xlsx(List<String> header, List<?>... rows) throws IOException {
		try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			var sheet = workbook.createSheet("居民");
			var head = sheet.createRow(0);
			for (int i = 0; i < header.size(); i++) {
				head.createCell(i).setCellValue(header.get(i));
			}
			for (int r = 0; r < rows.length; r++) {
				var row = sheet.createRow(r + 1);
				for (int i = 0; i < rows[r].size(); i++) {
					Object value = rows[r].get(i);
					if (value instanceof Double number) {
						row.createCell(i).setCellValue(number);
					}
					else {
						row.createCell(i).setCellValue((String) value);
					}
				}
			}
			workbook.write(out);
			return out.toByteArray();
		}
	}
}
