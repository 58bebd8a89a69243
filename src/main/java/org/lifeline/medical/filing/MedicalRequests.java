package org.lifeline.medical.filing;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.lifeline.medical.Need;
import org.lifeline.medical.Transfers;
import org.lifeline.medical.TripOrder;
import org.lifeline.medical.routing.CareMode;
import org.lifeline.medical.routing.RoutingDecision;
import org.lifeline.medical.routing.RoutingRules;
import org.lifeline.requests.Channel;
import org.lifeline.requests.NewRequest;
import org.lifeline.requests.RequestIntake;
import org.lifeline.requests.RequestView;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.medical.refusals.MedicalRefusals;
import org.lifeline.shared.EnumInput;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.lifeline.zones.Zone;
import org.lifeline.zones.Zoning;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Files a medical request: routes it by the rules (need, critical, zone, profile), files it in the request queue
 * as a MEDICAL request with its service level (a critical one answers dial 120 and alerts the street), and orders
 * the closed-loop trip when the answer is a transfer. One transaction: nothing is half-filed.
 */
@Service
public class MedicalRequests {

	/** When no time is given, the patient is to be picked up this soon. */
	static final Duration DEFAULT_READY_IN = Duration.ofMinutes(30);

	private final RoutingRules routing;

	private final RequestIntake intake;

	private final Transfers transfers;

	private final ResidentRegistry residents;

	private final Territory territory;

	private final Zoning zoning;

	private final JdbcClient jdbc;

	private final Clock clock;

	MedicalRequests(RoutingRules routing, RequestIntake intake, Transfers transfers, ResidentRegistry residents,
			Territory territory, Zoning zoning, JdbcClient jdbc, Clock clock) {
		this.routing = routing;
		this.intake = intake;
		this.transfers = transfers;
		this.residents = residents;
		this.territory = territory;
		this.zoning = zoning;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public MedicalRequestView file(MedicalRequestForm form, Channel channel, TerritoryScope scope, String actor) {
		if (form.residentId() == null) {
			throw InvalidInputException.required("residentId");
		}
		Need need = EnumInput.required(Need.class, "need", form.need());
		boolean critical = Boolean.TRUE.equals(form.critical());
		ResidentView resident = resident(form.residentId(), scope);
		TerritoryNode building = territory.byCode(resident.buildingCode());
		TerritoryNode compound = territory.byId(building.compoundId());
		Zone zone = zoning.zoneOf(compound.code(), TerritoryScope.everything()).zone();
		double lat = building.lat() != null ? building.lat() : compound.lat();
		double lon = building.lon() != null ? building.lon() : compound.lon();
		RoutingDecision decision = routing.route(need, critical, zone, resident.medicalProfile(),
				building.districtId(), lat, lon);
		RequestView request = intake.file(new NewRequest(resident.id(), "MEDICAL", description(form, need, decision),
				critical, null), channel, scope, actor);
		Long tripId = null;
		if (decision.mode() == CareMode.TRANSFER) {
			Instant ready = form.readyAt() != null ? form.readyAt() : clock.instant().plus(DEFAULT_READY_IN);
			tripId = transfers.requestTrip(new TripOrder(resident.id(), decision.destination().code(), need, ready,
					form.needs(), priority(need), blankToNull(form.escort()), request.id(), null), scope, actor).id();
		}
		long id = record(resident, building, need, critical, zone, decision, request.id(), tripId, actor);
		return new MedicalRequestView(id, need, critical, decision.mode(), decision.destination(),
				decision.explanation(), request.id(), tripId);
	}

	private long record(ResidentView resident, TerritoryNode building, Need need, boolean critical, Zone zone,
			RoutingDecision d, long requestId, Long tripId, String actor) {
		return jdbc.sql("""
				insert into medical_request (request_id, resident_id, household_id, compound_id, committee_id,
				    street_id, district_id, need, critical, zone, mode, hospital_code, explanation, rule_id, trip_id,
				    filed_by, filed_at)
				values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
			.params(requestId, resident.id(), resident.householdId(), building.compoundId(), building.committeeId(),
					building.streetId(), building.districtId(), need.name(), critical, zone.name(), d.mode().name(),
					d.destination() == null ? null : d.destination().code(), d.explanation(), d.ruleId(), tripId,
					actor, Timestamp.from(clock.instant()))
			.query(Long.class)
			.single();
	}

	/** Urgency for the planner: dialysis and pregnancy cannot wait, chemo and fever less, the rest least. */
	public static int priority(Need need) {
		return switch (need) {
			case DIALYSIS, PREGNANCY -> 4;
			case CHEMO, FEVER -> 3;
			case OTHER, EXAM -> 2;
		};
	}

	private static String description(MedicalRequestForm form, Need need, RoutingDecision decision) {
		String said = form.description() == null || form.description().isBlank() ? ""
				: "：" + form.description().trim();
		if (said.length() > 1000) {
			throw MedicalRefusals.longerThan("description", 1000);
		}
		return "就医（" + need.chinese() + "）" + said + "。" + decision.explanation();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.trim();
	}

	private ResidentView resident(long id, TerritoryScope scope) {
		try {
			return residents.byId(id, scope);
		}
		catch (NotFoundException e) {
			throw MedicalRefusals.unknownResident(id);
		}
	}
}
