package org.lifeline.territory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.springframework.http.MediaType;

@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class TerritoryImportTests {

	final MockMvc mvc;

	final Territory territory;

	final JdbcClient jdbc;

	TestTerritory place;

	String p;

	final PasswordEncoder passwords;

	RequestPostProcessor admin;

	@Autowired
	TerritoryImportTests(MockMvc mvc, Territory territory, JdbcClient jdbc, PasswordEncoder passwords) {
		this.passwords = passwords;
		this.mvc = mvc;
		this.territory = territory;
		this.jdbc = jdbc;
	}

	@BeforeEach
	void createTerritory() {
		place = TestTerritory.create(territory, 1);
		p = place.prefix();
		admin = TestAdministrator.signedIn(jdbc, passwords);
	}

	@Test
	void importsAStreetWithItsCommitteesCompoundsAndBuildingsInOneGo() throws Exception {
		String csv = lines("编码,类型,名称,上级编码,地址,纬度,经度",
				p + "-S2,街镇,新街道," + place.district().code() + ",,,",
				p + "-CM2,居委,新居委," + p + "-S2,,,",
				p + "-C9,小区,新小区," + p + "-CM2,新路1号,31.2,121.5",
				p + "-C9-B1,楼栋,1号楼," + p + "-C9,,,",
				p + "-C8,COMPOUND,老小区," + place.committee().code() + ",老路2号,31.1,121.4");

		upload(csv, false).andExpect(status().isOk())
			.andExpect(jsonPath("$.accepted").value(5))
			.andExpect(jsonPath("$.rejected", hasSize(0)));

		TerritoryNode street = territory.byCode(p + "-S2");
		TerritoryNode committee = territory.byCode(p + "-CM2");
		TerritoryNode compound = territory.byCode(p + "-C9");
		TerritoryNode building = territory.byCode(p + "-C9-B1");
		assertThat(street.streetId()).isEqualTo(street.id());
		assertThat(street.districtId()).isEqualTo(place.district().id());
		assertThat(committee.parentId()).isEqualTo(street.id());
		assertThat(compound.committeeId()).isEqualTo(committee.id());
		assertThat(compound.compoundId()).isEqualTo(compound.id());
		assertThat(compound.address()).isEqualTo("新路1号");
		assertThat(building.compoundId()).isEqualTo(compound.id());
		assertThat(building.districtId()).isEqualTo(place.district().id());
		assertThat(building.kind()).isEqualTo(TerritoryKind.BUILDING);
		assertThat(territory.byCode(p + "-C8").committeeId()).isEqualTo(place.committee().id());
	}

	@Test
	void aFileWithBadRowsIsListedAndSavesNothing() throws Exception {
		String csv = lines("code,kind,name,parent_code,lat,lon",
				p + "-X1,居委,好居委," + place.street().code() + ",,",
				p + "-X2,小区,错层," + place.street().code() + ",,",
				p + "-X3,小区,孤儿,NO-SUCH-PARENT,,",
				p + "-X4,小区,坐标,"  + p + "-X1,north,121",
				p + "-X1,小区,重码," + p + "-X1,,",
				place.compound().code() + ",小区,已有," + p + "-X1,,",
				p + "-X5,飞船,外星," + p + "-X1,,",
				p + "-X6,楼栋,早到," + p + "-X7,,",
				p + "-X7,小区,晚到," + p + "-X1,,",
				p + "-X8,楼栋,楼上楼," + p + "-X6,,");
		long before = nodes();

		upload(csv, false).andExpect(status().isUnprocessableContent())
			.andExpect(jsonPath("$.accepted").value(2))
			.andExpect(jsonPath("$.rejected[?(@.line == 3)].reason").value(hasItem(containsString("cannot sit under a STREET"))))
			.andExpect(jsonPath("$.rejected[?(@.line == 4)].reason").value(hasItem(containsString("no node NO-SUCH-PARENT"))))
			.andExpect(jsonPath("$.rejected[?(@.line == 5)].column").value(contains("lat")))
			.andExpect(jsonPath("$.rejected[?(@.line == 6)].reason").value(hasItem(containsString("already on line 2"))))
			.andExpect(jsonPath("$.rejected[?(@.line == 7)].reason").value(hasItem(containsString("already registered"))))
			.andExpect(jsonPath("$.rejected[?(@.line == 8)].reason").value(hasItem(containsString("unknown kind '飞船'"))))
			.andExpect(jsonPath("$.rejected[?(@.line == 9)].reason").value(hasItem(containsString("comes later, on line 10"))))
			.andExpect(jsonPath("$.rejected[?(@.line == 11)].reason").value(hasItem(containsString("cannot sit under a BUILDING"))));
		assertThat(nodes()).isEqualTo(before);
	}

	@Test
	void aTakenCodeIsRefusedInTheReadersLanguage() throws Exception {
		String body = "{\"code\":\"" + place.compound().code() + "\",\"kind\":\"COMPOUND\",\"name\":\"重码\",\"parentCode\":\""
				+ place.committee().code() + "\"}";
		mvc.perform(post("/api/v1/territory").with(admin).header("Accept-Language", "zh-CN")
			.contentType(MediaType.APPLICATION_JSON).content(body))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field").value("code"))
			.andExpect(jsonPath("$.detail").value("编码为 " + place.compound().code() + " 的区域已存在"));
	}

	ResultActions upload(String csv, boolean dryRun) throws Exception {
		return mvc.perform(multipart("/api/v1/imports/territory").with(admin)
			.file(new MockMultipartFile("file", "territory.csv", "text/csv", csv.getBytes(StandardCharsets.UTF_8)))
			.param("dryRun", String.valueOf(dryRun)));
	}

	long nodes() {
		return jdbc.sql("select count(*) from territory_node").query(Long.class).single();
	}

	static String lines(String... lines) {
		return String.join("\n", lines) + "\n";
	}
}
