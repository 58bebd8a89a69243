package org.lifeline.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.lifeline.certificates.Certificates;
import org.lifeline.sanitation.DisinfectionPoints;
import org.lifeline.sanitation.DisinfectionRounds;
import org.lifeline.sanitation.ParcelView;
import org.lifeline.sanitation.Parcels;
import org.lifeline.sanitation.TerminalDisinfections;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.volunteers.TaskOutcome;
import org.lifeline.volunteers.TaskScope;
import org.lifeline.zones.Zone;
import org.lifeline.zones.ZoneHistory;
import org.lifeline.zones.ZonePeriod;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The demo city's sanitation and certificates, after its zones are computed: key points in every building, the
 * demo committee's first compound disinfected yesterday and this morning on some points (the rest overdue), one
 * terminal disinfection entered by hand, two parcels for the demo resident (one at the gate, one brought to the
 * door and waiting for the resident to confirm it), and one work-absence
 * certificate issued for a resident of a compound that was sealed.
 */
@Component
class DemoSanitation {

	private static final Logger log = LoggerFactory.getLogger(DemoSanitation.class);

	private static final String AGENT = "含氯消毒剂 500mg/L";

	private final DisinfectionPoints points;

	private final DisinfectionRounds rounds;

	private final TerminalDisinfections terminals;

	private final Parcels parcels;

	private final Certificates certificates;

	private final ZoneHistory zones;

	private final Territory territory;

	private final JdbcClient jdbc;

	private final Clock clock;

	DemoSanitation(DisinfectionPoints points, DisinfectionRounds rounds, TerminalDisinfections terminals,
			Parcels parcels, Certificates certificates, ZoneHistory zones, Territory territory, JdbcClient jdbc,
			Clock clock) {
		this.points = points;
		this.rounds = rounds;
		this.terminals = terminals;
		this.parcels = parcels;
		this.certificates = certificates;
		this.zones = zones;
		this.territory = territory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void create() {
		int added = points.generate(TerritoryScope.everything());
		TerritoryNode compound = first(first(first(first(territory.city()))));
		List<Long> ids = jdbc.sql("select id from disinfection_point where compound_id = ? order by building_id, kind")
			.param(compound.id())
			.query(Long.class)
			.list();
		Instant now = clock.instant();
		if (!ids.isEmpty()) {
			rounds.record(ids, AGENT, now.minus(Duration.ofHours(20)), "committee", TerritoryScope.everything());
			rounds.record(ids.subList(0, Math.max(1, ids.size() / 2)), AGENT, now.minus(Duration.ofHours(2)), "committee",
					TerritoryScope.everything());
		}
		List<TerritoryNode> buildings = territory.children(compound);
		if (!buildings.isEmpty()) {
			terminals.enter(buildings.get(buildings.size() - 1).code(), null, "密接转运后楼道终末消毒", "committee",
					TerritoryScope.everything());
		}
		parcelsForTheDemoResident();
		String certificate = certificate().orElse("none (no compound was sealed)");
		log.info("Demo sanitation: {} key points, {} rounds in {}, certificate {}", added, ids.size() * 3 / 2,
				compound.name(), certificate);
	}

	private void parcelsForTheDemoResident() {
		jdbc.sql("""
				select b.code, h.room from app_user u join household h on h.id = u.household_id
				join territory_node b on b.id = h.building_id where u.username = 'resident'""")
			.query((rs, n) -> new String[] { rs.getString(1), rs.getString(2) })
			.optional()
			.ifPresent(home -> {
				parcels.log(home[0], home[1], "京东快递 小件", "committee", TerritoryScope.everything());
				ParcelView medicine = parcels.log(home[0], home[1], "顺丰 药品", "committee", TerritoryScope.everything());
				// brought to the door by the building's volunteer, so the resident has one to confirm
				jdbc.sql("select id from app_user where username = 'volunteer'").query(Long.class).optional()
					.ifPresent(volunteer -> parcels.complete("PARCEL_DELIVERY", Long.toString(medicine.id()),
							new TaskScope(volunteer, "张志愿", Set.of(territory.byCode(home[0]).id())),
							new TaskOutcome(true, null)));
			});
	}

	/** One certificate for a resident of the first compound found sealed, over up to a week of its sealed days. */
	private Optional<String> certificate() {
		LocalDate today = LocalDate.now(clock.withZone(org.lifeline.zones.Zoning.SHANGHAI));
		List<Long> sealed = jdbc.sql("""
				select distinct unit_id from zone_change where to_zone = 'SEALED' and building_id is null
				order by unit_id limit 20""")
			.query(Long.class)
			.list();
		for (long compoundId : sealed) {
			Optional<ZonePeriod> period = zones.periods(compoundId).stream().filter(p -> p.zone() == Zone.SEALED).findFirst();
			Optional<Long> resident = jdbc.sql("select id from resident where compound_id = ? order by id limit 1")
				.param(compoundId)
				.query(Long.class)
				.optional();
			if (period.isPresent() && resident.isPresent()) {
				LocalDate from = period.get().from();
				LocalDate last = period.get().to() == null ? today : period.get().to();
				LocalDate to = last.isAfter(from.plusDays(6)) ? from.plusDays(6) : last;
				if (!to.isAfter(today)) {
					return Optional.of(certificates.issue(resident.get(), from, to, "committee", TerritoryScope.everything()).code());
				}
			}
		}
		return Optional.empty();
	}

	private TerritoryNode first(TerritoryNode node) {
		return territory.children(node).get(0);
	}
}
