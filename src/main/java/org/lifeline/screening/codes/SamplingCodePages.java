package org.lifeline.screening.codes;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.identity.AuditTrail;
import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.screening.SamplingCode;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.shared.web.PageController;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Sampling codes on pages: a household's codes as QR codes (a resident shows them on the phone, for the elderly
 * parents too), one code as an SVG image, and the committee's printable sheet for a building, one code per person,
 * grouped by household, for residents without a phone. Printing a sheet is audited.
 */
@PageController
class SamplingCodePages {

	static final String STAFF = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', "
			+ "'COMMITTEE_STAFF', 'VOLUNTEER')";

	private static final int QR_PIXELS = 180;

	private final SamplingCodeService codes;

	private final ResidentRegistry residents;

	private final Territory territory;

	private final AuditTrail audit;

	private final CurrentUser user;

	SamplingCodePages(SamplingCodeService codes, ResidentRegistry residents, Territory territory, AuditTrail audit,
			CurrentUser user) {
		this.codes = codes;
		this.residents = residents;
		this.territory = territory;
		this.audit = audit;
		this.user = user;
	}

	/** The signed-in resident's household, or (for staff) the household asked for. */
	@GetMapping("/screening/codes")
	@PreAuthorize("hasRole('RESIDENT') or " + STAFF)
	String household(@RequestParam(required = false) Long household, Model model) {
		LifelineUser me = user.require();
		Long id = household != null ? household : me.householdId();
		if (id == null) {
			throw new NotFoundException("household", "of " + me.username());
		}
		List<ResidentView> members = residents.members(id, user.scope());
		model.addAttribute("household", residents.household(id, user.scope()));
		model.addAttribute("cards", members.stream().map(this::card).toList());
		return "screening/sampling/codes";
	}

	@GetMapping(value = "/screening/codes/{residentId}.svg", produces = "image/svg+xml")
	@PreAuthorize("hasRole('RESIDENT') or " + STAFF)
	ResponseEntity<String> image(@PathVariable long residentId) {
		SamplingCode code = codes.codeFor(residentId, user.scope());
		return ResponseEntity.ok()
			.contentType(MediaType.valueOf("image/svg+xml"))
			.header("Cache-Control", "private, max-age=300")
			.body(QrCodes.svg(code.code(), QR_PIXELS));
	}

	@GetMapping("/screening/buildings/{code}/codes")
	@PreAuthorize(STAFF)
	String sheet(@PathVariable String code, Model model) {
		TerritoryNode building = territory.findByCode(code)
			.filter(n -> n.kind() == TerritoryKind.BUILDING && user.scope().contains(n))
			.orElseThrow(() -> new NotFoundException("building", code));
		Map<Long, List<Card>> byHousehold = new LinkedHashMap<>();
		for (ResidentView resident : everyoneIn(building)) {
			byHousehold.computeIfAbsent(resident.householdId(), h -> new ArrayList<>()).add(card(resident));
		}
		audit.record("PRINT_SAMPLING_CODES", "building", building.code(), building.districtId(),
				"sampling codes of " + byHousehold.values().stream().mapToInt(List::size).sum() + " residents", null);
		model.addAttribute("building", building);
		model.addAttribute("compound", territory.byId(building.compoundId()));
		model.addAttribute("households", byHousehold.values().stream().map(Household::new).toList());
		return "screening/sampling/sheet";
	}

	private List<ResidentView> everyoneIn(TerritoryNode building) {
		List<ResidentView> all = new ArrayList<>();
		for (int page = 0;; page++) {
			PageResult<ResidentView> found = residents.search(null, building.scope(), new PageRequest(page, PageRequest.MAX_SIZE));
			all.addAll(found.items());
			if (found.items().size() < PageRequest.MAX_SIZE) {
				break;
			}
		}
		all.sort(java.util.Comparator.comparing(ResidentView::room).thenComparing(ResidentView::id));
		return all;
	}

	private Card card(ResidentView resident) {
		SamplingCode code = codes.issue(resident.id());
		return new Card(resident, code, QrCodes.svg(code.code(), QR_PIXELS));
	}

	/** One resident's code as a card: who, the code, its QR drawing. */
	record Card(ResidentView resident, SamplingCode code, String svg) {
	}

	/** One household's cards on the sheet. */
	record Household(List<Card> cards) {

		public String room() {
			return cards.get(0).resident().room();
		}
	}
}
