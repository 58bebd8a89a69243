package org.lifeline.bench;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.Role;
import org.lifeline.screening.codes.CodeSigner;
import org.lifeline.supplies.DeliverySlot;
import org.lifeline.supplies.GroupBuys;
import org.lifeline.supplies.NewGroupBuy;
import org.lifeline.supplies.NewPackage;
import org.lifeline.supplies.NewSupplier;
import org.lifeline.supplies.PackageView;
import org.lifeline.supplies.Suppliers;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.territory.TestTerritory;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The place the surge benchmark writes into: one compound of 50 buildings with {@code residents} residents, two to a
 * household, every one an elderly person living alone (so check-ins are kept for them); {@code rounds} screening
 * rounds of that compound in pools of ten, so each resident may be swabbed once per round; an open group buy of one
 * package with {@code stock} in stock; and a city administrator with an API token who makes every write.
 */
record SurgeCity(TerritoryNode compound, long lowResident, long highResident, List<Long> households,
		long firstRound, int rounds, long groupBuy, long packageId, int stock, CodeSigner signer, String token) {

	static final int POOL = 10;

	private static final String TOKEN = "ll_bench-surge-token";

	private static final int BUILDINGS = 50;

	static SurgeCity seed(BenchmarkContext context, int residents, int rounds, int stock) {
		JdbcClient jdbc = context.bean(JdbcClient.class);
		Territory territory = context.bean(Territory.class);
		Clock clock = context.bean(Clock.class);
		TestTerritory place = TestTerritory.create(territory, 1);
		TerritoryNode compound = place.compound();
		int rooms = residents / 2 / BUILDINGS + 1;
		for (int b = 1; b <= BUILDINGS; b++) {
			TerritoryNode building = territory.buildingOf(compound, String.valueOf(b));
			jdbc.sql("""
					insert into household (building_id, compound_id, committee_id, street_id, district_id, room)
					select ?, ?, ?, ?, ?, ((r / 10 + 1) * 100 + r % 10 + 1)::text from generate_series(0, ? - 1) r""")
				.params(building.id(), compound.id(), compound.committeeId(), compound.streetId(), compound.districtId(),
						rooms)
				.update();
		}
		jdbc.sql("""
				insert into resident (household_id, building_id, compound_id, committee_id, street_id, district_id, name,
				    id_type, id_number, birth_date, sex, tags)
				select h.id, h.building_id, h.compound_id, h.committee_id, h.street_id, h.district_id,
				    '居民' || h.id || '-' || m, 'OTHER', 'SURGE' || h.id || '-' || m, date '1940-01-01' + (h.id % 9000)::int,
				    case when m = 0 then 'F' else 'M' end, '{LIVING_ALONE_ELDERLY}'::text[]
				from household h cross join generate_series(0, 1) m where h.compound_id = ?""")
			.param(compound.id())
			.update();
		List<Long> households = jdbc.sql("select id from household where compound_id = ? order by id")
			.param(compound.id()).query(Long.class).list();
		long low = jdbc.sql("select min(id) from resident where compound_id = ?").param(compound.id())
			.query(Long.class).single();
		long high = low + Math.min(residents, 2L * households.size()) - 1;
		long firstRound = rounds(jdbc, compound, rounds, residents);
		token(jdbc, territory.city().id());
		LifelineUser admin = new LifelineUser(0, "bench", "bench", Role.ADMINISTRATOR, territory.city().id(),
				TerritoryKind.CITY, territory.city().code(), null, null, null, Set.of());
		Suppliers suppliers = context.bean(Suppliers.class);
		long supplier = suppliers.register(new NewSupplier("突发超市" + place.prefix(), "SURGE-" + place.prefix(),
				LocalDate.now(clock).plusMonths(1), null, null), admin).id();
		PackageView box = suppliers.addPackage(supplier, new NewPackage("突发套餐", List.of("大米 5kg", "鸡蛋 30枚"), 9900,
				stock, null), admin);
		Instant now = clock.instant();
		long groupBuy = context.bean(GroupBuys.class)
			.open(new NewGroupBuy(compound.code(), List.of(box.id()), now.plus(Duration.ofHours(6)),
					new DeliverySlot(now.plus(Duration.ofHours(20)), now.plus(Duration.ofHours(22)))), admin,
					TerritoryScope.everything())
			.id();
		jdbc.sql("analyze").update();
		return new SurgeCity(compound, low, high, households, firstRound, rounds, groupBuy, box.id(), stock,
				signer(jdbc), TOKEN);
	}

	/** Tubes of one round: every resident swabbed once. */
	int tubesPerRound() {
		return (int) ((highResident - lowResident + 1) / POOL);
	}

	private static long rounds(JdbcClient jdbc, TerritoryNode compound, int rounds, int residents) {
		long first = jdbc.sql("""
				insert into screening_round (territory_id, district_id, round_date, rule_set, planned_by, created_at, starts_at)
				select ?, ?, current_date - 1 - r, 'SHANGHAI_2022_04', 'bench', now(), now()
				from generate_series(1, ?) r returning id""")
			.params(compound.id(), compound.districtId(), rounds)
			.query(Long.class).list().stream().mapToLong(Long::longValue).min().orElseThrow();
		jdbc.sql("""
				insert into screening_round_unit (round_id, compound_id, committee_id, street_id, district_id, zone, method,
				    pool_size, residents, tubes_planned)
				select id, ?, ?, ?, ?, 'SEALED', 'PCR_DAILY', 10, ?, ? from screening_round where id between ? and ?""")
			.params(compound.id(), compound.committeeId(), compound.streetId(), compound.districtId(), residents,
					residents / POOL, first, first + rounds - 1)
			.update();
		return first;
	}

	private static void token(JdbcClient jdbc, long city) {
		jdbc.sql("""
				insert into app_user (username, display_name, password_hash, role, territory_id, created_by)
				values ('bench-surge', '突发压测', '{noop}bench-password-1', 'ADMINISTRATOR', ?, 'bench')""")
			.param(city)
			.update();
		jdbc.sql("""
				insert into api_token (user_id, token_hash, label)
				select id, encode(sha256(?::bytea), 'hex'), 'surge benchmark' from app_user where username = 'bench-surge'""")
			.param(TOKEN)
			.update();
	}

	/**
	 * Signs residents' sampling codes with the key the node keeps in the database when none is configured (as in
	 * {@code bench/run}): stores one if the node has not made its own yet, then reads whichever is there.
	 */
	private static CodeSigner signer(JdbcClient jdbc) {
		byte[] secret = new byte[32];
		new java.security.SecureRandom().nextBytes(secret);
		jdbc.sql("insert into screening_code_key (id, secret, created_at) values (1, ?, now()) on conflict (id) do nothing")
			.param(secret)
			.update();
		return new CodeSigner(jdbc.sql("select secret from screening_code_key where id = 1").query(byte[].class).single());
	}
}
