package org.lifeline.demo;

import java.util.List;

import org.lifeline.identity.NewUser;
import org.lifeline.identity.Role;
import org.lifeline.identity.Users;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo accounts, password {@value #PASSWORD}, created with a demo city only. They connect: the committee
 * user serves the first committee of the first street of the first district; the volunteer serves buildings of
 * that committee's first compound; the resident lives there; the street, district and city users sit above it;
 * the driver drives for that street, the hospital desk works at a hospital of that district.
 */
@Component
class DemoAccounts {

	static final String PASSWORD = "demo";

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final Users users;

	private final Territory territory;

	private final JdbcClient jdbc;

	DemoAccounts(Users users, Territory territory, JdbcClient jdbc) {
		this.users = users;
		this.territory = territory;
		this.jdbc = jdbc;
	}

	@Transactional
	void create() {
		if (users.exists("committee")) {
			addSampler();
			return;
		}
		TerritoryNode city = territory.city();
		TerritoryNode district = first(city);
		TerritoryNode street = first(district);
		TerritoryNode committee = first(street);
		TerritoryNode compound = first(committee);
		List<TerritoryNode> buildings = territory.children(compound);
		add("city", "市指挥部", Role.CITY_COMMAND, city, null, null, null, List.of());
		add("district", "区指挥部", Role.DISTRICT_COMMAND, district, null, null, null, List.of());
		add("street", "街道专班", Role.STREET_TASK_FORCE, street, null, null, null, List.of());
		add("committee", "居委工作人员", Role.COMMITTEE_STAFF, committee, null, null, null, List.of());
		add("hotline", "12345话务员", Role.HOTLINE_OPERATOR, district, null, null, null, List.of());
		add("volunteer", "志愿者（楼组长）", Role.VOLUNTEER, committee, null, null, null,
				buildings.stream().limit(2).map(TerritoryNode::code).toList());
		add("driver", "专车司机", Role.DRIVER, street, null, null, null, List.of());
		add("hospital", "医院接诊台", Role.HOSPITAL_DESK, null, null, hospitalOf(district), null, List.of());
		add("supplier", "保供企业", Role.SUPPLIER, null, null, null, firstSupplier(), List.of());
		add("lab", "检测机构", Role.LAB, city, null, null, null, List.of());
		add("resident", "居民", Role.RESIDENT, null, householdIn(buildings.get(0)), null, null, List.of());
		addSampler();
		log.info("Demo accounts created (password '{}'): city, district, street, committee ({}), hotline, volunteer, "
				+ "driver, hospital, supplier, lab, resident, sampler", PASSWORD, committee.name());
	}

	/** The sampler on the first street (also added to a demo city made before samplers existed). */
	private void addSampler() {
		if (!users.exists("sampler")) {
			add("sampler", "采样员", Role.SAMPLER, first(first(territory.city())), null, null, null, List.of());
		}
	}

	private void add(String username, String name, Role role, TerritoryNode node, Long household, String hospital,
			Long supplier, List<String> buildings) {
		users.createDemoAccount(new NewUser(username, name, PASSWORD, role, node == null ? null : node.code(), buildings,
				household, hospital, supplier));
	}

	private TerritoryNode first(TerritoryNode parent) {
		return territory.children(parent)
			.stream()
			.filter(n -> n.kind() != TerritoryKind.BUILDING || parent.kind() == TerritoryKind.COMPOUND)
			.findFirst()
			.orElseThrow(() -> new IllegalStateException("the demo city has nothing under " + parent.code()));
	}

	private String hospitalOf(TerritoryNode district) {
		return jdbc.sql("select code from hospital where district_id = ? order by code limit 1")
			.param(district.id())
			.query(String.class)
			.single();
	}

	private Long firstSupplier() {
		return jdbc.sql("select id from supplier order by id limit 1").query(Long.class).single();
	}

	private Long householdIn(TerritoryNode building) {
		return jdbc.sql("select id from household where building_id = ? order by room limit 1")
			.param(building.id())
			.query(Long.class)
			.single();
	}
}
