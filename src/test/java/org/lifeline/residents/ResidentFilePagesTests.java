package org.lifeline.residents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.asyncDispatch;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import jakarta.servlet.http.Cookie;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.AuditTrail;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.shared.PageRequest;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.security.core.userdetails.UserDetailsService;

/** A committee clerk checks and uploads a register on the page, then downloads it with a reason. */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class ResidentFilePagesTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	AuditTrail audit;

	@Autowired
	UserDetailsService details;

	@Test
	void aClerkChecksUploadsAndDownloadsTheRegister() throws Exception {
		TestCity city = new TestCity(territory, residents, users);
		LifelineUser clerk = city.user(Role.COMMITTEE_STAFF, city.committee);
		String idNumber = TestCity.idNumber(LocalDate.of(1941, 5, 6), Sex.F);
		String csv = "小区编码,楼号,室号,姓名,证件类型,证件号码,手机号,出生日期,性别,标签\n"
				+ city.compound.code() + ",3,602,周桂兰,身份证," + idNumber + ",13700001111,1941-05-06,女,独居老人\n";
		String checked = upload(clerk, csv, true);
		assertThat(checked).contains("id=\"import-report\"").contains("data-accepted=\"1\"");
		assertThat(residents.search(idNumber, TerritoryScope.everything(), PageRequest.of(0, 5)).total()).isZero();

		upload(clerk, csv, false);
		assertThat(residents.search(idNumber, TerritoryScope.everything(), PageRequest.of(0, 5)).total()).isOne();
		assertThat(upload(clerk, csv, true)).contains("data-test=\"import-rejected-2\"");

		// a clerk downloads from the session the register page opened, as a browser does
		Cookie session = mvc.perform(get("/residents/files").with(as(clerk)))
			.andExpect(status().isOk()).andReturn().getResponse().getCookie("SESSION");
		MvcResult started = mvc.perform(get("/residents/files/export").param("territory", city.committee.code())
			.param("format", "csv")
			.param("reason", "配送名单")
			.cookie(session)
			.with(as(clerk))).andExpect(status().isOk()).andReturn();
		String file = mvc.perform(asyncDispatch(started)).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
		assertThat(file).contains(idNumber).contains("周桂兰");
		assertThat(audit.search("RESIDENTS", city.committee.code(), TerritoryScope.everything(), PageRequest.of(0, 5))
			.items()).singleElement().satisfies(entry -> assertThat(entry.reason()).isEqualTo("配送名单"));

		mvc.perform(get("/residents/files").param("territory", city.otherCommittee.code())
			.with(as(clerk))).andExpect(status().isNotFound());
	}

	@Test
	void rejectedRowsAreSaidInTheClerksLanguage() throws Exception {
		TestCity city = new TestCity(territory, residents, users);
		LifelineUser clerk = city.user(Role.COMMITTEE_STAFF, city.committee);
		String idNumber = TestCity.idNumber(LocalDate.of(1950, 2, 3), Sex.M);
		String csv = "小区编码,楼号,室号,姓名,证件类型,证件号码,手机号,出生日期,性别,标签\n"
				+ "X999,3,602,陈建国,身份证," + idNumber + ",12345,1950-02-03,男,\n"
				+ city.compound.code() + ",3,603,陈建华,身份证," + idNumber + ",13700002222,1950-02-03,男,\n";

		String chinese = upload(clerk, csv, true, "zh-CN");
		assertThat(chinese).contains("没有编码为 X999 的小区").contains("电话号码不是 11 位手机号或固定电话")
			.contains("同一证件号已出现在本文件第 2 行")
			.doesNotContain("there is no compound").doesNotContain("the same ID number");

		String english = upload(clerk, csv, true, "en");
		assertThat(english).contains("there is no compound with code X999")
			.contains("the same ID number is already on line 2 of this file");

		String headless = upload(clerk, "小区编码,楼号,室号,证件号码\n" + city.compound.code() + ",3,604,\n", true, "zh-CN");
		assertThat(headless).contains("表头缺少必填列 姓名");
	}

	private RequestPostProcessor as(LifelineUser user) {
		return user(details.loadUserByUsername(user.username()));
	}

	private String upload(LifelineUser clerk, String csv, boolean dryRun) throws Exception {
		return upload(clerk, csv, dryRun, "zh-CN");
	}

	private String upload(LifelineUser clerk, String csv, boolean dryRun, String language) throws Exception {
		return mvc.perform(multipart("/residents/files/import")
			.file(new MockMultipartFile("file", "register.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("territory", "")
			.param("dryRun", String.valueOf(dryRun))
			.param("lang", language)
			.with(csrf())
			.with(as(clerk)))
			.andExpect(status().isOk())
			.andReturn()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
	}
}
