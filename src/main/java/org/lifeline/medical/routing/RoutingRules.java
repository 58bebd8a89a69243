package org.lifeline.medical.routing;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.lifeline.medical.HospitalKind;
import org.lifeline.medical.HospitalView;
import org.lifeline.medical.Need;
import org.lifeline.medical.hospitals.HospitalRepository;
import org.lifeline.residents.MedicalProfile;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.zones.Zone;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The routing rules a district works by: the city-wide defaults and the district's own rules before them.
 * District command edits its district's rules; city command edits the defaults.
 */
@Service
public class RoutingRules {

	private final RoutingRuleRepository rules;

	private final HospitalRepository hospitals;

	private final Clock clock;

	RoutingRules(RoutingRuleRepository rules, HospitalRepository hospitals, Clock clock) {
		this.rules = rules;
		this.hospitals = hospitals;
		this.clock = clock;
	}

	/** The rules in evaluation order for a district (its own first), or the city defaults for none. */
	@Transactional(readOnly = true)
	public List<RoutingRule> rules(TerritoryNode district) {
		return district == null ? rules.cityDefaults() : rules.forDistrict(district.id());
	}

	/** Routes a need from a compound of a zone in a district for a resident's medical profile. */
	@Transactional(readOnly = true)
	public RoutingDecision route(Need need, boolean critical, Zone zone, MedicalProfile profile, long districtId,
			double lat, double lon) {
		RoutingCase c = new RoutingCase(need, critical, zone, profile == null ? MedicalProfile.NONE : profile,
				LocalDate.now(clock), districtId, lat, lon);
		return RoutingRuleBook.route(rules.forDistrict(districtId), c, finder());
	}

	/** Adds a rule to a district (or to the city defaults when no district is given). */
	@Transactional
	public RoutingRule add(RoutingRule rule, TerritoryNode district, String actor) {
		check(rule);
		long id = rules.insert(rule, district == null ? null : district.id(), actor, clock.instant());
		return rules.byId(id).orElseThrow();
	}

	/** Changes a rule of the district (city defaults when the district is null); others answer 404. */
	@Transactional
	public RoutingRule change(long id, RoutingRule rule, TerritoryNode district, String actor) {
		check(rule);
		requireOwned(id, district);
		rules.update(id, rule, actor, clock.instant());
		return rules.byId(id).orElseThrow();
	}

	@Transactional
	public void remove(long id, TerritoryNode district) {
		requireOwned(id, district);
		rules.delete(id);
	}

	/** The district a rule belongs to must be the editor's; city-wide rules only the city edits. */
	private void requireOwned(long id, TerritoryNode district) {
		Optional<Long> owner = rules.districtOf(id);
		Long editor = district == null ? null : district.id();
		if (owner.isEmpty() || !java.util.Objects.equals(owner.orElse(null), editor)) {
			throw new NotFoundException("routing rule", id);
		}
	}

	private static void check(RoutingRule rule) {
		if (rule.mode() == null) {
			throw new InvalidInputException("mode", "mode is required: CALL_120, TRANSFER or SELF", "problem.medical.ruleMode");
		}
		if (rule.label() == null || rule.label().isBlank() || rule.label().length() > 100) {
			throw new InvalidInputException("label", "label is required (up to 100 characters)", "problem.medical.ruleLabel");
		}
		if ((rule.mode() == CareMode.TRANSFER) != (rule.destination() != null)) {
			throw new InvalidInputException("destination", "a TRANSFER rule needs a destination, other modes none",
					"problem.medical.ruleDestination");
		}
		if ((rule.destination() == DestinationSelector.DISTRICT_KIND) != (rule.hospitalKind() != null)) {
			throw new InvalidInputException("hospitalKind", "hospitalKind goes with the DISTRICT_KIND destination only",
					"problem.medical.ruleHospitalKind");
		}
	}

	private RoutingRuleBook.HospitalFinder finder() {
		return new RoutingRuleBook.HospitalFinder() {

			@Override
			public Optional<HospitalView> byCode(String code) {
				return hospitals.byCode(code);
			}

			@Override
			public List<HospitalView> open(long districtId, HospitalKind kind, double lat, double lon) {
				return hospitals.open(districtId, kind, lat, lon);
			}
		};
	}
}
