package org.lifeline.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.notifications.Message;
import org.lifeline.notifications.Notifications;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.testing.TestCity;
import org.lifeline.territory.Territory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Requests on pages, as the people in the story see them: a resident files from her phone and follows her request,
 * an emergency is told to dial 120, a second food request points to the first, the hotline finds a caller and files
 * for her, the committee works the request from its queue, and the resident confirms it is done.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class RequestPagesTests {

	private static final Pattern FILED_ID = Pattern.compile("id=\"request-filed-page\" data-id=\"(\\d+)\"");

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	UserDetailsService details;

	@Autowired
	Notifications notifications;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void aResidentFilesForFoodFromHerPhoneAndFindsItAmongHerRequests() throws Exception {
		Household home = household();
		mvc.perform(get("/requests/new").with(as(home.account)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"category-FOOD\"")))
			.andExpect(content().string(containsString("enctype=\"multipart/form-data\"")));
		long id = file(home, "FOOD", "米和蔬菜都吃完了", false, null);
		mvc.perform(get("/requests/mine").with(as(home.account)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-test=\"my-request-" + id + "\"")));
		mvc.perform(get("/").with(as(home.account)))
			.andExpect(content().string(containsString("data-test=\"home-request-" + id + "\"")))
			.andExpect(content().string(containsString("id=\"home-file-request\"")));
		mvc.perform(get("/requests/" + id).with(as(home.account)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-test=\"step-FILED\"")))
			.andExpect(content().string(not(containsString("id=\"request-acknowledge\""))));
	}

	@Test
	void aCriticalMedicalRequestTellsTheResidentToDial120AtOnce() throws Exception {
		Household home = household();
		mvc.perform(filing(home, "MEDICAL", "老人胸口痛，喘不上气", true))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"call-120\"")))
			.andExpect(content().string(containsString("href=\"tel:120\"")));
	}

	@Test
	void aSecondFoodRequestOfTheHouseholdPointsToTheOpenOne() throws Exception {
		Household home = household();
		long first = file(home, "FOOD", "没有米了", false, null);
		mvc.perform(filing(home, "FOOD", "还是没有米", false))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"filed-duplicate\"")))
			.andExpect(content().string(containsString("data-id=\"" + first + "\"")));
	}

	@Test
	void aPhotoSentAsAFileIsKeptWithTheRequest() throws Exception {
		Household home = household();
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0 };
		long id = file(home, "GARBAGE_PARCELS", "楼道垃圾三天没人收", false, png);
		mvc.perform(get("/requests/" + id).with(as(home.account)))
			.andExpect(content().string(containsString("id=\"request-photo\"")));
		mvc.perform(get("/requests/" + id + "/photo").with(as(home.account)))
			.andExpect(status().isOk())
			.andExpect(content().contentType("image/png"));
	}

	@Test
	void theHotlineFindsTheCallerWarnsOfHerOpenRequestAndFilesAnother() throws Exception {
		Household home = household();
		LifelineUser operator = home.city.user(Role.HOTLINE_OPERATOR, home.city.district);
		long food = file(home, "FOOD", "没有米了", false, null);
		mvc.perform(get("/hotline").param("phone", home.resident.phone()).with(as(operator)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString(home.resident.name())))
			.andExpect(content().string(containsString("data-test=\"open-" + food + "\"")))
			.andExpect(content().string(containsString("id=\"hotline-form\"")));
		mvc.perform(get("/hotline/duplicate").param("residentId", String.valueOf(home.resident.id()))
			.param("category", "FOOD").with(as(operator)))
			.andExpect(content().string(containsString("id=\"duplicate-open\" data-id=\"" + food + "\"")));
		mvc.perform(post("/hotline").param("phone", home.resident.phone())
			.param("residentId", String.valueOf(home.resident.id())).param("category", "MEDICINE")
			.param("description", "降压药还剩两天").with(as(operator)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"hotline-filed\"")))
			.andExpect(content().string(containsString("id=\"filed-ack-due\"")))
			.andExpect(content().string(containsString("id=\"filed-resolve-due\"")));
	}

	@Test
	void theHotlineFilesAMedicalNeedFromThePhoneBoxAndReadsOutItsRouting() throws Exception {
		Household home = household();
		LifelineUser operator = home.city.user(Role.HOTLINE_OPERATOR, home.city.district);
		mvc.perform(get("/hotline").param("phone", home.resident.phone()).with(as(operator)))
			.andExpect(content().string(containsString("id=\"hotline-need-FEVER\"")))
			.andExpect(content().string(not(containsString("name=\"need\" id=\"hotline-need-DIALYSIS\" value=\"DIALYSIS\" checked"))));
		mvc.perform(post("/hotline").param("phone", home.resident.phone())
			.param("residentId", String.valueOf(home.resident.id())).param("category", "MEDICAL")
			.param("description", "发烧两天").with(as(operator)).with(csrf()))
			.andExpect(content().string(containsString("data-problem=\"need\"")))
			.andExpect(content().string(not(containsString("id=\"hotline-filed\""))));
		String page = mvc.perform(post("/hotline").param("phone", home.resident.phone())
			.param("residentId", String.valueOf(home.resident.id())).param("category", "MEDICAL").param("need", "FEVER")
			.param("description", "发烧两天").with(as(operator)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"hotline-medical-answer\"")))
			.andExpect(content().string(containsString("id=\"hotline-medical-explanation\"")))
			.andReturn().getResponse().getContentAsString();
		Matcher id = Pattern.compile("id=\"hotline-filed\" data-id=\"(\\d+)\"").matcher(page);
		assertThat(id.find()).isTrue();
		assertThat(page).contains("data-test=\"open-" + id.group(1) + "\" data-category=\"MEDICAL\"");
		assertThat(jdbc.sql("select count(*) from medical_request where request_id = ?").param(Long.parseLong(id.group(1)))
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theHotlineFilesACallerNotInTheRegistryAndTheCommitteeCallsThemBackToMatch() throws Exception {
		TestCity city = new TestCity(territory, residents, users);
		LifelineUser operator = city.user(Role.HOTLINE_OPERATOR, city.district);
		LifelineUser staff = city.user(Role.COMMITTEE_STAFF, city.committee);
		String phone = "1370" + String.format("%07d", System.nanoTime() % 10_000_000);
		mvc.perform(get("/hotline").param("phone", phone).with(as(operator)))
			.andExpect(content().string(containsString("id=\"hotline-none\"")))
			.andExpect(content().string(containsString("id=\"hotline-unregistered-form\"")));
		mvc.perform(get("/hotline/compounds").param("q", city.compound.name()).with(as(operator)))
			.andExpect(content().string(containsString("value=\"" + city.compound.id() + "\"")));
		mvc.perform(post("/hotline/unregistered").param("phone", phone).param("callerName", "马建国")
			.param("address", "3号楼502室").param("category", "FOOD").param("description", "家里没有米了")
			.with(as(operator)).with(csrf()))
			.andExpect(content().string(containsString("data-problem=\"compoundId\"")));
		String filed = mvc.perform(post("/hotline/unregistered").param("phone", phone).param("callerName", "马建国")
			.param("address", "3号楼502室").param("compoundId", String.valueOf(city.compound.id()))
			.param("category", "FOOD").param("description", "家里没有米了").with(as(operator)).with(csrf()))
			.andExpect(status().isOk())
			.andReturn().getResponse().getContentAsString();
		Matcher id = Pattern.compile("id=\"hotline-filed\" data-id=\"(\\d+)\"").matcher(filed);
		assertThat(id.find()).isTrue();
		assertThat(filed).contains("data-test=\"open-" + id.group(1) + "\"");
		mvc.perform(get("/requests").with(as(staff)))
			.andExpect(content().string(containsString("data-test=\"to-match-" + id.group(1) + "\"")))
			.andExpect(content().string(containsString(phone)));
		mvc.perform(get("/requests/" + id.group(1)).with(as(staff)))
			.andExpect(content().string(containsString("href=\"tel:" + phone + "\"")))
			.andExpect(content().string(containsString("3号楼502室")));
	}

	@Test
	void theCommitteeCallsTheResidentFromTheRequestAndTheViewIsAudited() throws Exception {
		Household home = household();
		LifelineUser staff = home.city.user(Role.COMMITTEE_STAFF, home.city.committee);
		long id = file(home, "FOOD", "米和油都没有了", false, null);
		mvc.perform(get("/requests/" + id).with(as(staff)))
			.andExpect(content().string(containsString("href=\"tel:" + home.resident.phone() + "\"")));
		LifelineUser district = home.city.user(Role.DISTRICT_COMMAND, home.city.district);
		mvc.perform(get("/requests/" + id).with(as(district)))
			.andExpect(content().string(containsString("id=\"request-phone\"")))
			.andExpect(content().string(not(containsString("href=\"tel:"))));
		assertThat(jdbc.sql("select count(*) from audit_entry where action = 'DISCLOSE' and subject_type = 'REQUEST' "
				+ "and subject_id = ? and actor = ?").params(String.valueOf(id), staff.username())
			.query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void theCommitteeWorksTheRequestFromItsQueueAndTheResidentConfirmsIt() throws Exception {
		Household home = household();
		LifelineUser staff = home.city.user(Role.COMMITTEE_STAFF, home.city.committee);
		long id = file(home, "FOOD", "米和油都没有了", false, null);
		mvc.perform(get("/").with(as(staff)))
			.andExpect(content().string(containsString("data-test=\"count-open-requests\"")));
		mvc.perform(get("/requests").with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("data-test=\"queue-row-" + id + "\"")));
		step(staff, id, "acknowledge").andExpect(flash().attribute("done", "acknowledged"));
		mvc.perform(get("/requests/" + id).with(as(staff)))
			.andExpect(content().string(containsString("data-status=\"ACKNOWLEDGED\"")))
			.andExpect(content().string(containsString("value=\"" + staff.username() + "\"")));
		step(staff, id, "resolve").andExpect(flash().attribute("problem", "note"));
		mvc.perform(post("/requests/" + id + "/resolve").param("note", "米和油已送到门口").with(as(staff)).with(csrf()))
			.andExpect(flash().attribute("done", "resolved"));
		mvc.perform(get("/requests/" + id).with(as(home.account)))
			.andExpect(content().string(containsString("id=\"request-confirm-done\"")))
			.andExpect(content().string(containsString("id=\"request-reopen\"")));
		step(home.account, id, "close").andExpect(flash().attribute("done", "closed"));
		mvc.perform(get("/requests/" + id).with(as(home.account)))
			.andExpect(content().string(containsString("data-status=\"CLOSED\"")));
	}

	@Test
	void aResidentWhoseNeedIsNotMetReopensTheRequest() throws Exception {
		Household home = household();
		LifelineUser staff = home.city.user(Role.COMMITTEE_STAFF, home.city.committee);
		long id = file(home, "MEDICINE", "胰岛素用完了", false, null);
		step(staff, id, "acknowledge");
		mvc.perform(post("/requests/" + id + "/resolve").param("note", "已代配").with(as(staff)).with(csrf()));
		mvc.perform(post("/requests/" + id + "/reopen").param("reason", "药没有送到").with(as(home.account)).with(csrf()))
			.andExpect(flash().attribute("done", "reopened"));
		mvc.perform(get("/requests").param("status", "REOPENED").with(as(staff)))
			.andExpect(content().string(containsString("data-test=\"queue-row-" + id + "\"")));
	}

	@Test
	void anotherCommitteeAndTheResidentCannotReachWhatIsNotTheirs() throws Exception {
		Household home = household();
		LifelineUser other = home.city.user(Role.COMMITTEE_STAFF, home.city.otherCommittee);
		long id = file(home, "OTHER", "楼道灯坏了", false, null);
		mvc.perform(get("/requests/" + id).with(as(other))).andExpect(status().isNotFound());
		mvc.perform(get("/requests").with(as(home.account))).andExpect(status().isForbidden());
		step(home.account, id, "acknowledge").andExpect(status().isForbidden());
	}

	@Test
	void committeeStaffFileForAResidentFromHerRecord() throws Exception {
		Household home = household();
		LifelineUser staff = home.city.user(Role.COMMITTEE_STAFF, home.city.committee);
		mvc.perform(get("/residents/" + home.resident.id()).with(as(staff)))
			.andExpect(content().string(containsString("/requests/new?residentId=" + home.resident.id())));
		mvc.perform(get("/requests/new").param("residentId", String.valueOf(home.resident.id())).with(as(staff)))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"filing-for-name\"")));
		mvc.perform(multipart("/requests/new").param("residentId", String.valueOf(home.resident.id()))
			.param("category", "WORK_CERTIFICATE").param("description", "女儿需要误工证明").with(as(staff)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"filed-ok\"")));
		mvc.perform(multipart("/requests/new").param("residentId", String.valueOf(home.resident.id()))
			.param("category", "FOOD").param("description", "").with(as(staff)).with(csrf()))
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"filing-problem\"")));
	}

	@Test
	void theBellCountsUnreadNotificationsUntilTheyAreRead() throws Exception {
		Household home = household();
		LifelineUser staff = home.city.user(Role.COMMITTEE_STAFF, home.city.committee);
		notifications.send(List.of(staff.id()), Message.of("notice.groupBuy.atGate", 7), "/requests/1");
		mvc.perform(get("/").with(as(staff))).andExpect(content().string(containsString("id=\"bell-count\"")));
		mvc.perform(get("/notifications").with(as(staff))).andExpect(content().string(containsString("团购 #7 已到小区门口")));
		mvc.perform(post("/notifications/read").with(as(staff)).with(csrf())).andExpect(redirectedUrl("/notifications"));
		mvc.perform(get("/").with(as(staff))).andExpect(content().string(not(containsString("id=\"bell-count\""))));
	}

	private Household household() {
		TestCity city = new TestCity(territory, residents, users);
		ResidentView resident = city.resident(city.compound, "501", "周阿姨", VulnerabilityTag.LIVING_ALONE_ELDERLY);
		return new Household(city, resident, city.resident(resident.householdId()));
	}

	private long file(Household home, String category, String description, boolean critical, byte[] photo)
			throws Exception {
		MockMultipartHttpServletRequestBuilder request = filing(home, category, description, critical);
		if (photo != null) {
			request.file(new MockMultipartFile("photo", "photo.png", "image/png", photo));
		}
		String page = mvc.perform(request)
			.andExpect(status().isOk())
			.andExpect(content().string(containsString("id=\"filed-ok\"")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		Matcher m = FILED_ID.matcher(page);
		if (!m.find()) {
			throw new AssertionError("no request id on the outcome page");
		}
		return Long.parseLong(m.group(1));
	}

	private MockMultipartHttpServletRequestBuilder filing(Household home, String category, String description,
			boolean critical) {
		MockMultipartHttpServletRequestBuilder request = multipart("/requests/new");
		request.param("residentId", String.valueOf(home.resident.id()))
			.param("category", category)
			.param("description", description)
			.param("critical", String.valueOf(critical))
			.with(as(home.account))
			.with(csrf());
		return request;
	}

	private org.springframework.test.web.servlet.ResultActions step(LifelineUser who, long id, String step)
			throws Exception {
		return mvc.perform(post("/requests/" + id + "/" + step).with(as(who)).with(csrf()));
	}

	private RequestPostProcessor as(LifelineUser account) {
		return user(details.loadUserByUsername(account.username()));
	}

	private record Household(TestCity city, ResidentView resident, LifelineUser account) {
	}
}
