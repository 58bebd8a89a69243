package org.lifeline.supplies;

import static org.hamcrest.Matchers.is;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import com.jayway.jsonpath.JsonPath;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.territory.Territory;
import org.lifeline.testing.TestCity;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * Couriers and vehicle passes belong to no territory: they are for the supplier itself, the district that
 * approves it and the committee at whose gate it delivers. A supplier's contact phone is for those who must call.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("test")
class SupplierStaffAccessIntegrationTests {

	@Autowired
	MockMvc mvc;

	@Autowired
	Territory territory;

	@Autowired
	ResidentRegistry residents;

	@Autowired
	Users users;

	@Autowired
	Suppliers suppliers;

	@Autowired
	Clock clock;

	SupplyFixture fixture;

	String couriers;

	String passes;

	@BeforeEach
	void fixture() throws Exception {
		fixture = new SupplyFixture(territory, residents, users, suppliers, LocalDate.now(clock));
		couriers = "/api/v1/suppliers/" + fixture.supplier.id() + "/couriers";
		passes = "/api/v1/suppliers/" + fixture.supplier.id() + "/vehicle-passes";
		as(fixture.supplierUser, post(couriers).content("{\"name\":\"张师傅\",\"phone\":\"13911112222\"}"))
			.andExpect(status().isCreated());
		as(fixture.supplierUser, post(passes).content("{\"plate\":\"沪A12345\",\"passNo\":\"P-" + fixture.supplier.id()
				+ "\",\"validUntil\":\"" + LocalDate.now(clock).plusDays(7) + "\"}")).andExpect(status().isCreated());
	}

	@Test
	void couriersAndPassesAreForTheSupplierItsDistrictAndTheGatesItDeliversTo() throws Exception {
		ResidentView elder = fixture.city.resident(fixture.city.compound, "101", "王秀英");
		LifelineUser resident = fixture.city.resident(elder.householdId());
		LifelineUser otherCommittee = users.createDemoAccount(new NewUser("k-" + fixture.supplier.id(), "居委",
				TestCity.PASSWORD, Role.COMMITTEE_STAFF, fixture.city.otherCommittee.code(), List.of(), null, null, null));
		LifelineUser hotline = fixture.city.user(Role.HOTLINE_OPERATOR, fixture.city.district);
		SupplyFixture stranger = new SupplyFixture(territory, residents, users, suppliers, LocalDate.now(clock));

		for (LifelineUser outsider : List.of(resident, hotline, stranger.supplierUser, stranger.district, fixture.committee,
				otherCommittee)) {
			as(outsider, get(couriers)).andExpect(status().isForbidden());
			as(outsider, get(passes)).andExpect(status().isForbidden());
		}
		for (LifelineUser insider : List.of(fixture.supplierUser, fixture.district)) {
			as(insider, get(couriers)).andExpect(status().isOk()).andExpect(jsonPath("$[0].name", is("张师傅")));
			as(insider, get(passes)).andExpect(status().isOk()).andExpect(jsonPath("$[0].plate", is("沪A12345")));
		}

		PackageView rice = fixture.pack("大米套餐", 9900, 20);
		Instant now = clock.instant();
		as(fixture.committee, post("/api/v1/group-buys").content("""
				{"compoundCode": "%s", "packageIds": [%d], "deadline": "%s",
				 "deliverySlot": {"start": "%s", "end": "%s"}}""".formatted(fixture.city.compound.code(), rice.id(),
				now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(20)), now.plus(Duration.ofHours(22)))))
			.andExpect(status().isCreated());
		as(fixture.committee, get(couriers)).andExpect(status().isOk())
			.andExpect(jsonPath("$[0].phone", is("13911112222")));
		as(fixture.committee, get(passes)).andExpect(status().isOk());
		as(otherCommittee, get(couriers)).andExpect(status().isForbidden());
	}

	@Test
	void supplierContactPhonesAreMaskedForThoseWhoNeedNotCall() throws Exception {
		ResidentView elder = fixture.city.resident(fixture.city.compound, "102", "李国强");
		LifelineUser resident = fixture.city.resident(elder.householdId());
		String supplier = "/api/v1/suppliers/" + fixture.supplier.id();
		for (LifelineUser caller : List.of(resident, fixture.city.user(Role.HOTLINE_OPERATOR, fixture.city.district),
				fixture.city.user(Role.DRIVER, fixture.city.street))) {
			as(caller, get(supplier)).andExpect(status().isOk()).andExpect(jsonPath("$.contactPhone", is("138****0000")));
		}
		as(fixture.committee, get(supplier)).andExpect(jsonPath("$.contactPhone", is("13800000000")));
		as(fixture.district, get(supplier)).andExpect(jsonPath("$.contactPhone", is("13800000000")));
		as(fixture.supplierUser, get(supplier)).andExpect(jsonPath("$.contactPhone", is("13800000000")));
	}

	@Test
	void aNullCountAtTheGateIsAnsweredByName() throws Exception {
		PackageView rice = fixture.pack("大米套餐", 9900, 20);
		Instant now = clock.instant();
		String body = as(fixture.committee, post("/api/v1/group-buys").content("""
				{"compoundCode": "%s", "packageIds": [%d], "deadline": "%s",
				 "deliverySlot": {"start": "%s", "end": "%s"}}""".formatted(fixture.city.compound.code(), rice.id(),
				now.plus(Duration.ofHours(2)), now.plus(Duration.ofHours(20)), now.plus(Duration.ofHours(22)))))
			.andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
		long id = ((Number) JsonPath.read(body, "$.id")).longValue();
		as(fixture.committee, post("/api/v1/group-buys/" + id + "/receive").content("{\"counts\":[null]}"))
			.andExpect(status().isBadRequest())
			.andExpect(jsonPath("$.field", is("counts[0]")));
	}

	private ResultActions as(LifelineUser user, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.contentType(MediaType.APPLICATION_JSON).with(httpBasic(user.username(), TestCity.PASSWORD)));
	}
}
