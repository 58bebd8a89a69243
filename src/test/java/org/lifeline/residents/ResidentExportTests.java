package org.lifeline.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.territory.TestTerritory;
import org.lifeline.territory.Territory;
import org.springframework.beans.factory.annotation.Autowired;
import org.lifeline.shared.TestAdministrator;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ResidentExportTests {

	final MockMvc mvc;

	final Territory territory;

	TestTerritory place;

	final PasswordEncoder passwords;

	final JdbcClient adminJdbc;

	RequestPostProcessor admin;

	@Autowired
	ResidentExportTests(MockMvc mvc, Territory territory, PasswordEncoder passwords, JdbcClient adminJdbc) {
		this.passwords = passwords;
		this.adminJdbc = adminJdbc;
		this.mvc = mvc;
		this.territory = territory;
	}

	@BeforeEach
	void importResidents() throws Exception {
		place = TestTerritory.create(territory, 2);
		admin = TestAdministrator.signedIn(adminJdbc, passwords);
		String c1 = place.compound().code();
		String c2 = place.compounds().get(1).code();
		String csv = ResidentImportTests.lines(ResidentImportTests.ENGLISH,
				ResidentImportTests.row(c1, "1", "101", "张三", TestIdNumbers.next(), "13812345678", "独居老人;血透"),
				ResidentImportTests.row(c1, "1", "101", "-李四", TestIdNumbers.next(), "", ""),
				ResidentImportTests.row(c1, "2", "201", "=王五", TestIdNumbers.next(), "02161234567", "考生"),
				ResidentImportTests.row(c2, "7", "701", "赵六", TestIdNumbers.next(), "", ""));
		mvc.perform(multipart("/api/v1/imports/residents").with(admin)
			.file(new MockMultipartFile("file", "r.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("dryRun", "false")).andExpect(status().isOk()).andExpect(jsonPath("$.accepted").value(4));
	}

	@Test
	void exportsACommitteeAsFormulaSafeCsvWithChineseHeaders() throws Exception {
		byte[] csv = export(place.committee().code(), "csv", "text/csv");
		String text = new String(csv, StandardCharsets.UTF_8);

		assertThat(text).startsWith("\uFEFF小区编码,楼号,室号,姓名,证件类型,证件号码,手机号,出生日期,性别,标签\r\n");
		assertThat(text.lines()).hasSize(5);
		assertThat(text).contains(",'-李四,居民身份证,", ",'=王五,", ",13812345678,", "独居老人、血透");
	}

	@Test
	void anExportOfACompoundReimportsAsDuplicatesOnly() throws Exception {
		byte[] xlsx = export(place.compound().code(), "xlsx", "application/vnd.openxmlformats");

		mvc.perform(multipart("/api/v1/imports/residents").with(admin)
			.file(new MockMultipartFile("file", "export.xlsx", null, xlsx))
			.param("dryRun", "true"))
			.andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(0))
			.andExpect(jsonPath("$.rejected", hasSize(3)))
			.andExpect(jsonPath("$.rejected[*].column", everyItem(containsString("证件号码"))))
			.andExpect(jsonPath("$.rejected[*].reason", everyItem(containsString("already registered"))));
	}

	@Test
	void anUnknownNodeIsNotFound() throws Exception {
		mvc.perform(get("/api/v1/exports/residents").with(admin).param("territory", "NO-SUCH-NODE"))
			.andExpect(status().isNotFound())
			.andExpect(jsonPath("$.detail").value(containsString("NO-SUCH-NODE")));
	}

	private byte[] export(String code, String format, String contentType) throws Exception {
		MvcResult started = mvc.perform(get("/api/v1/exports/residents").with(admin).param("territory", code).param("format", format)
			.param("reason", "reimport check"))
			.andExpect(request().asyncStarted())
			.andReturn();
		return mvc.perform(asyncDispatch(started))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", containsString(contentType)))
			.andExpect(header().string("Content-Disposition",
					containsString("attachment; filename=\"residents-" + code + "-")))
			.andReturn()
			.getResponse()
			.getContentAsByteArray();
	}
}
