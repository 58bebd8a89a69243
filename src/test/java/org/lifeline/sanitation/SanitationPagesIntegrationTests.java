package org.lifeline.sanitation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.testing.SignedInSession;
import org.lifeline.testing.TestCity;
import org.lifeline.zones.Zone;
import org.lifeline.zones.Zoning;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * The committee's disinfection page on the embedded PostgreSQL: a sealed compound's points overdue first, a round
 * recorded for the ticked ones, a terminal disinfection marked done once, a parcel logged at the gate, and the
 * refusals named on the page; another committee's compound is not found and residents do not get the page.
 */
@SpringBootTest(properties = "lifeline.requests.deadline-watch.enabled=false")
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SanitationPagesIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	UserDetailsService details;

	@Autowired
	Zoning zoning;

	@Autowired
	DisinfectionPoints points;

	@Autowired
	TerminalDisinfections terminals;

	TestCity city;

	LifelineUser committee;

	ResidentView resident;

	String page;

	@BeforeEach
	void setUp() {
		city = new TestCity(territory, residents, users);
		committee = city.user(Role.COMMITTEE_STAFF, city.committee);
		resident = city.resident(city.compound, "101", "李阿婆");
		points.generate(city.compound.scope());
		zoning.setZone(city.compound.code(), Zone.SEALED, "楼内新增阳性", "district", TerritoryScope.everything());
		jdbc.sql("update disinfection_point set created_at = now() - interval '13 hours' where compound_id = ?")
			.param(city.compound.id())
			.update();
		page = "/sanitation?compound=" + city.compound.code();
	}

	@Test
	void theLedgerFormDownloadsOnTheSignedInSession() throws Exception {
		jakarta.servlet.http.Cookie session = SignedInSession.of(mvc, committee.username(), TestCity.PASSWORD);
		mvc.perform(get("/sanitation/ledger").param("compound", city.compound.code()).param("from", "2022-04-10")
			.param("to", "2022-04-16").cookie(session))
			.andExpect(status().isOk())
			.andExpect(content().contentTypeCompatibleWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"));
		mvc.perform(get("/api/v1/sanitation/ledger").param("compound", city.compound.code()).cookie(session))
			.andExpect(status().isUnauthorized());
		mvc.perform(get("/sanitation/ledger").param("compound", city.compound.code()).param("from", "2022-04-16")
			.param("to", "2022-04-10").cookie(session))
			.andExpect(status().isSeeOther())
			.andExpect(redirectedUrl(page + "#sanitation-ledger"))
			.andExpect(flash().attribute("problem", "to"));
	}

	@Test
	void theCommitteeRecordsARoundForTheTickedOverduePoints() throws Exception {
		mvc.perform(get("/sanitation").with(as(committee)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-overdue=\"true\"")))
			.andExpect(content().string(containsString("已超期")))
			.andExpect(content().string(containsString("消杀点位（超期 6 个）")))
			.andExpect(content().string(containsString("action=\"/sanitation/ledger\"")));
		List<Long> ids = points.ofCompound(city.compound.code(), TerritoryScope.everything()).stream()
			.map(PointView::id).toList();

		mvc.perform(post("/sanitation/rounds").with(as(committee)).with(csrf()).param("compound", city.compound.code())
			.param("pointIds", ids.get(0).toString(), ids.get(1).toString()).param("agent", "含氯消毒剂 500mg/L"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("done", "recorded"));
		mvc.perform(get(page).with(as(committee)))
			.andExpect(content().string(containsString("消杀点位（超期 4 个）")))
			.andExpect(content().string(containsString("含氯消毒剂 500mg/L")));
		mvc.perform(get(page).with(as(committee)).param("lang", "en"))
			.andExpect(content().string(containsString("Key points (4 overdue)")))
			.andExpect(content().string(containsString("Record round for ticked points")));

		mvc.perform(post("/sanitation/rounds").with(as(committee)).with(csrf()).param("compound", city.compound.code())
			.param("agent", "含氯消毒剂"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("problem", "pointIds"));
		mvc.perform(post("/sanitation/rounds").with(as(committee)).with(csrf()).param("compound", city.compound.code())
			.param("pointIds", ids.get(2).toString()).param("agent", "含氯消毒剂").param("at", "2099-01-01T08:00"))
			.andExpect(flash().attribute("problem", "at"));
		assertThat(points.ofCompound(city.compound.code(), TerritoryScope.everything()).stream()
			.filter(PointView::overdue)).hasSize(4);
	}

	@Test
	void theCommitteeMarksTheTerminalDisinfectionDoneOnceAndLogsAParcel() throws Exception {
		TerminalView due = terminals.enter(resident.buildingCode(), "101", "阳性转运后", "committee",
				TerritoryScope.everything());
		mvc.perform(get(page).with(as(committee)))
			.andExpect(content().string(containsString("terminal-done-" + due.id())))
			.andExpect(content().string(containsString("data-ll-confirm=")));
		mvc.perform(post("/sanitation/terminal/" + due.id() + "/done").with(as(committee)).with(csrf())
			.param("compound", city.compound.code()).param("agent", "过氧乙酸"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("done", "terminalDone"));
		mvc.perform(post("/sanitation/terminal/" + due.id() + "/done").with(as(committee)).with(csrf())
			.param("compound", city.compound.code()).param("agent", "过氧乙酸"))
			.andExpect(flash().attribute("problem", "conflict"));
		mvc.perform(get(page).with(as(committee)))
			.andExpect(content().string(not(containsString("terminal-done-" + due.id()))))
			.andExpect(content().string(containsString("暂无待办终末消毒。")));

		mvc.perform(post("/sanitation/parcels").with(as(committee)).with(csrf()).param("compound", city.compound.code())
			.param("buildingCode", resident.buildingCode()).param("room", "101").param("description", "京东 小箱"))
			.andExpect(redirectedUrl(page))
			.andExpect(flash().attribute("done", "parcelLogged"));
		mvc.perform(post("/sanitation/parcels").with(as(committee)).with(csrf()).param("compound", city.compound.code())
			.param("buildingCode", resident.buildingCode()).param("room", "101").param("description", " "))
			.andExpect(flash().attribute("problem", "description"));
		mvc.perform(get(page).with(as(committee)))
			.andExpect(content().string(containsString("京东 小箱")))
			.andExpect(content().string(containsString("data-status=\"AT_GATE\"")))
			.andExpect(content().string(containsString("在门口")));
	}

	@Test
	void anotherCommitteesCompoundIsNotFoundAndResidentsHaveNoPage() throws Exception {
		TestCity elsewhere = new TestCity(territory, residents, users);
		LifelineUser stranger = elsewhere.user(Role.COMMITTEE_STAFF, elsewhere.committee);
		mvc.perform(get(page).with(as(stranger))).andExpect(status().isNotFound());
		mvc.perform(get("/sanitation").with(as(city.resident(resident.householdId())))).andExpect(status().isForbidden());
	}

	private RequestPostProcessor as(LifelineUser account) {
		return user(details.loadUserByUsername(account.username()));
	}
}
