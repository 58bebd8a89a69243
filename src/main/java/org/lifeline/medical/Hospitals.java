package org.lifeline.medical;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.lifeline.medical.hospitals.HospitalRepository;
import org.lifeline.medical.refusals.MedicalRefusals;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Hospitals kept current by district users and hospital desks. Closing one (for disinfection, say) stops new
 * routes to it at once, since routing reads only open hospitals, and flags its trips that have not picked up
 * their patient for re-routing.
 */
@Service
public class Hospitals {

	static final int MAX_REASON = 200;

	private final HospitalRepository hospitals;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	private final Territory territory;

	Hospitals(HospitalRepository hospitals, ApplicationEventPublisher events, Clock clock, Territory territory) {
		this.hospitals = hospitals;
		this.events = events;
		this.clock = clock;
		this.territory = territory;
	}

	/**
	 * Registers a hospital of a district, open from now on: the city registers in any district, district command
	 * in its own. A code already taken is a 409.
	 */
	@Transactional
	public HospitalView register(NewHospital hospital, HospitalAccess access, String actor) {
		hospital.check();
		java.util.Set<HospitalKind> kinds = hospital.checkedKinds();
		TerritoryNode district = territory.findByCode(hospital.district() == null ? "" : hospital.district().trim())
			.filter(node -> node.kind() == TerritoryKind.DISTRICT)
			.orElseThrow(() -> new InvalidInputException("district", "district " + hospital.district() + " not found",
					"problem.medical.unknownDistrict", hospital.district()));
		if (!access.everything() && !(access.keepsDistrict() && access.districtId() != null
				&& access.districtId() == district.id())) {
			throw new AccessDeniedException("hospitals of " + district.code() + " are registered by its district");
		}
		if (hospital.trimmedCode() != null && hospitals.byCode(hospital.trimmedCode()).isPresent()) {
			throw new ConflictException("hospital code " + hospital.trimmedCode() + " is taken",
					"problem.medical.hospitalCodeTaken", hospital.trimmedCode());
		}
		String code;
		try {
			code = hospitals.insert(hospital, kinds, district.id(), actor, clock.instant());
		}
		catch (org.springframework.dao.DuplicateKeyException e) {
			throw new ConflictException("the hospital code is taken", "problem.medical.aHospitalCodeTaken");
		}
		return hospitals.byCode(code).orElseThrow();
	}

	/** The hospitals a caller may see, optionally of one district. */
	@Transactional(readOnly = true)
	public List<HospitalView> list(HospitalAccess access, String districtCode) {
		return hospitals.list(access.districtId()).stream()
			.filter(h -> districtCode == null || districtCode.isBlank() || districtCode.equals(h.districtCode()))
			.filter(access::sees)
			.toList();
	}

	@Transactional(readOnly = true)
	public HospitalView byCode(String code, HospitalAccess access) {
		return hospitals.byCode(code).filter(access::sees).orElseThrow(() -> new NotFoundException("hospital", code));
	}

	/** Opens or closes a hospital; closing flags its pending trips for re-routing. */
	@Transactional
	public HospitalView setOpen(String code, Boolean open, String reason, HospitalAccess access, String actor) {
		if (open == null) {
			throw new InvalidInputException("open", "open is required (true or false)", "problem.medical.openRequired");
		}
		if (reason != null && reason.length() > MAX_REASON) {
			throw MedicalRefusals.longerThan("reason", MAX_REASON);
		}
		HospitalView hospital = editable(code, access);
		Instant now = clock.instant();
		String why = reason == null || reason.isBlank() ? null : reason.trim();
		hospitals.setOpen(code, open, why, actor, now);
		if (hospital.open() && !open) {
			List<Long> flagged = hospitals.flagPendingTrips(code,
					hospital.name() + " 已关闭" + (why == null ? "" : "（" + why + "）") + "，需改派医院", now);
			events.publishEvent(new HospitalClosed(code, hospital.name(), hospital.districtId(),
					hospital.districtCode(), flagged));
		}
		if (!hospital.open() && open) {
			hospitals.clearFlags(code, now);
		}
		return hospitals.byCode(code).orElseThrow();
	}

	/** Updates the daily capacity where it matters (dialysis slots, obstetric beds); null leaves a value as is. */
	@Transactional
	public HospitalView setCapacity(String code, Integer dialysisSlots, Integer obstetricBeds, HospitalAccess access,
			String actor) {
		if ((dialysisSlots != null && dialysisSlots < 0) || (obstetricBeds != null && obstetricBeds < 0)) {
			throw MedicalRefusals.negativeCapacity(dialysisSlots != null && dialysisSlots < 0 ? "dialysisSlots" : "obstetricBeds");
		}
		editable(code, access);
		hospitals.setCapacity(code, dialysisSlots, obstetricBeds, actor, clock.instant());
		return hospitals.byCode(code).orElseThrow();
	}

	private HospitalView editable(String code, HospitalAccess access) {
		HospitalView hospital = byCode(code, access);
		if (!access.edits(hospital)) {
			throw new ConflictException("hospital " + code + " is kept by its district and its own desk",
					"problem.medical.hospitalKeptElsewhere", code);
		}
		return hospital;
	}
}
