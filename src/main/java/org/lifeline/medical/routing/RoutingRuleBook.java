package org.lifeline.medical.routing;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.lifeline.medical.HospitalKind;
import org.lifeline.medical.HospitalView;
import org.lifeline.medical.Need;
import org.lifeline.zones.Zone;

/**
 * Evaluates routing rules in order: the first rule that matches and, for a transfer, finds an open hospital,
 * decides. A critical request is always told to dial 120, whatever a district rule says. A closed hospital is passed over and named in the explanation; with no open hospital at all the
 * caller is told to dial 120.
 */
final class RoutingRuleBook {

	/** Where hospitals come from: by code, and the open ones of a kind in a district, nearest first. */
	interface HospitalFinder {

		Optional<HospitalView> byCode(String code);

		List<HospitalView> open(long districtId, HospitalKind kind, double lat, double lon);
	}

	private RoutingRuleBook() {
	}

	static RoutingDecision route(List<RoutingRule> rules, RoutingCase c, HospitalFinder finder) {
		List<String> passedOver = new ArrayList<>();
		for (RoutingRule rule : rules) {
			if (!rule.matches(c) || (c.critical() && rule.mode() != CareMode.CALL_120)) {
				continue;
			}
			if (rule.mode() != CareMode.TRANSFER) {
				return new RoutingDecision(rule.mode(), null, prefix(passedOver) + rule.label(), rule.id());
			}
			Optional<HospitalView> hospital = destination(rule, c, finder, passedOver);
			if (hospital.isPresent()) {
				HospitalView h = hospital.get();
				return new RoutingDecision(CareMode.TRANSFER, new HospitalRef(h.code(), h.name()),
						prefix(passedOver) + rule.label() + " " + h.name() + "（开放）", rule.id());
			}
		}
		return new RoutingDecision(CareMode.CALL_120, null, prefix(passedOver) + "无可接收的开放医院 → 立即拨打120", null);
	}

	private static Optional<HospitalView> destination(RoutingRule rule, RoutingCase c, HospitalFinder finder,
			List<String> passedOver) {
		return switch (rule.destination()) {
			case OWN_DIALYSIS_HOSPITAL -> own(c.profile().dialysisHospitalCode(), rule, c, finder, passedOver);
			case OWN_ONCOLOGY_HOSPITAL -> own(c.profile().oncologyHospitalCode(), rule, c, finder, passedOver);
			case DISTRICT_KIND -> preferZone(finder.open(c.districtId(), rule.hospitalKind(), c.lat(), c.lon())
				.stream()
				.filter(h -> offers(h, c.need()))
				.toList(), c.zone());
			case ZONE_DESIGNATED -> designatedKind(c.zone())
				.flatMap(kind -> finder.open(c.districtId(), kind, c.lat(), c.lon())
					.stream()
					.filter(h -> offers(h, c.need()))
					.findFirst());
		};
	}

	/** Whether a hospital gives the care the need asks for: dialysis only where dialysis is offered. */
	static boolean offers(HospitalView hospital, Need need) {
		return need != Need.DIALYSIS || hospital.is(HospitalKind.DIALYSIS);
	}

	private static Optional<HospitalView> own(String code, RoutingRule rule, RoutingCase c, HospitalFinder finder,
			List<String> passedOver) {
		Optional<HospitalView> hospital = code == null ? Optional.empty() : finder.byCode(code);
		if (hospital.isPresent() && !offers(hospital.get(), c.need())) {
			passedOver.add(rule.destination().chinese() + " " + hospital.get().name() + "（不提供透析 / no dialysis）");
			return Optional.empty();
		}
		if (hospital.isPresent() && !hospital.get().open()) {
			HospitalView h = hospital.get();
			passedOver.add(rule.destination().chinese() + " " + h.name() + "（关闭"
					+ (h.closedReason() == null ? "" : "：" + h.closedReason()) + "）");
			return Optional.empty();
		}
		return hospital;
	}

	private static Optional<HospitalView> preferZone(List<HospitalView> open, Zone zone) {
		Optional<HospitalKind> designated = designatedKind(zone);
		return open.stream()
			.sorted(Comparator.comparing((HospitalView h) -> designated.isPresent() && h.is(designated.get()) ? 0 : 1))
			.findFirst();
	}

	static Optional<HospitalKind> designatedKind(Zone zone) {
		return switch (zone) {
			case SEALED -> Optional.of(HospitalKind.DESIGNATED_SEALED);
			case CONTROLLED -> Optional.of(HospitalKind.DESIGNATED_CONTROLLED);
			case PRECAUTION -> Optional.empty();
		};
	}

	private static String prefix(List<String> passedOver) {
		return passedOver.isEmpty() ? "" : String.join("；", passedOver) + "，改送：";
	}
}
