package org.lifeline.isolation;

import java.time.Clock;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.medical.HospitalAccess;
import org.lifeline.medical.HospitalView;
import org.lifeline.medical.Hospitals;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Isolation facilities kept by city and district command: opening one with its beds by kind, changing its beds,
 * closing it. A designated hospital is one of medical's hospitals, read through medical's API; a bed capacity
 * below the beds in use is refused with a 409 naming the facility and the kind.
 */
@Service
public class Facilities {

	static final int MAX_BEDS = 100_000;

	private final FacilityRepository facilities;

	private final Hospitals hospitals;

	private final Territory territory;

	private final Clock clock;

	Facilities(FacilityRepository facilities, Hospitals hospitals, Territory territory, Clock clock) {
		this.facilities = facilities;
		this.hospitals = hospitals;
		this.territory = territory;
		this.clock = clock;
	}

	/** The facilities the caller sees, of one district (and the city's shelters) when a district code is given. */
	@Transactional(readOnly = true)
	public List<FacilityView> list(FacilityAccess access, String districtCode) {
		Long districtId = districtCode == null || districtCode.isBlank() ? null : district(districtCode, "district").id();
		Map<Long, String> codes = new HashMap<>();
		return facilities.list(access, districtId).stream().map(f -> f.view(districtCode(f.districtId(), codes))).toList();
	}

	@Transactional(readOnly = true)
	public FacilityView byCode(String code, FacilityAccess access) {
		return facilities.byCode(code == null ? "" : code.trim(), access)
			.map(f -> f.view(districtCode(f.districtId(), new HashMap<>())))
			.orElseThrow(() -> new NotFoundException("facility", code));
	}

	@Transactional
	public FacilityView open(NewFacility form, FacilityAccess access, String actor) {
		String code = required(form.code(), "code", 40);
		FacilityKind kind = FacilityKind.parse(form.kind())
			.orElseThrow(() -> new InvalidInputException("kind",
					"kind must be DESIGNATED_HOSPITAL, CITY_SHELTER, DISTRICT_SHELTER or ISOLATION_HOTEL", "problem.isolation.kind"));
		if (facilities.exists(code)) {
			throw new ConflictException("a facility with code " + code + " already exists",
					"problem.isolation.codeTaken", code);
		}
		Map<BedKind, Integer> beds = beds(form.beds());
		HospitalView hospital = kind.hasHospitalDesk() ? hospital(form.hospitalCode()) : null;
		Long districtId = districtOf(form, kind, hospital);
		if (!access.edits(districtId)) {
			throw districtId == null
					? new ConflictException("city shelters are kept by city command", "problem.isolation.cityKeeps")
					: new ConflictException("facilities of district " + form.districtCode() + " are kept by its district command",
							"problem.isolation.districtKeeps", form.districtCode());
		}
		String name = hospital != null && blank(form.name()) ? hospital.name() : required(form.name(), "name", 120);
		String address = hospital != null && blank(form.address()) ? hospital.address() : form.address();
		double lat = position(form.lat(), hospital == null ? null : hospital.lat(), "lat", 90);
		double lon = position(form.lon(), hospital == null ? null : hospital.lon(), "lon", 180);
		long id = facilities.insert(code, name, kind, districtId, hospital == null ? null : hospital.code(), address,
				lat, lon, actor, clock.instant());
		beds.forEach((bedKind, capacity) -> facilities.setCapacity(id, bedKind, capacity));
		return byCode(code, FacilityAccess.city());
	}

	/** Changes name, place, open or closed, and the capacity of the bed kinds given. */
	@Transactional
	public FacilityView change(String code, FacilityChange change, FacilityAccess access, String actor) {
		FacilityView facility = byCode(code, access);
		if (!access.edits(facility.districtId())) {
			throw facility.districtId() == null
					? new ConflictException("facility " + facility.code() + " is kept by city command",
							"problem.isolation.keptByCity", facility.code())
					: new ConflictException("facility " + facility.code() + " is kept by its district command",
							"problem.isolation.keptByDistrict", facility.code());
		}
		Map<BedKind, Integer> beds = beds(change.beds());
		String name = change.name() == null ? facility.name() : required(change.name(), "name", 120);
		facilities.update(facility.id(), name, change.address() == null ? facility.address() : change.address(),
				position(change.lat(), facility.lat(), "lat", 90), position(change.lon(), facility.lon(), "lon", 180),
				change.open() == null ? facility.open() : change.open(), actor, clock.instant());
		beds.forEach((kind, capacity) -> {
			if (!facilities.setCapacity(facility.id(), kind, capacity)) {
				Beds now = facility.beds(kind);
				throw new ConflictException("facility " + facility.code() + " (" + facility.name() + "): " + kind
						+ " beds cannot go down to " + capacity + " while " + (now.occupied() + now.held())
						+ " are occupied or held", "problem.isolation.bedsInUse", facility.code(), facility.name(),
						kind, capacity, now.occupied() + now.held(), Reasons.argument(kind));
			}
		});
		return byCode(facility.code(), FacilityAccess.city());
	}

	private Long districtOf(NewFacility form, FacilityKind kind, HospitalView hospital) {
		if (hospital != null) {
			return hospital.districtId();
		}
		if (kind == FacilityKind.CITY_SHELTER) {
			if (!blank(form.districtCode())) {
				throw new InvalidInputException("districtCode", "a city shelter belongs to no district",
						"problem.isolation.shelterDistrict");
			}
			return null;
		}
		if (blank(form.districtCode())) {
			throw new InvalidInputException("districtCode", "a " + kind + " needs its district",
					"problem.isolation.needsDistrict", kind, Reasons.argument(kind));
		}
		return district(form.districtCode(), "districtCode").id();
	}

	private HospitalView hospital(String code) {
		if (blank(code)) {
			throw new InvalidInputException("hospitalCode", "a designated hospital names medical's hospital by its code",
					"problem.isolation.hospitalCode");
		}
		try {
			return hospitals.byCode(code.trim(), HospitalAccess.city());
		}
		catch (NotFoundException e) {
			throw new InvalidInputException("hospitalCode", "hospital " + code + " not found",
					"problem.isolation.hospitalNotFound", code);
		}
	}

	private TerritoryNode district(String code, String field) {
		return territory.findByCode(code)
			.filter(n -> n.kind() == TerritoryKind.DISTRICT)
			.orElseThrow(() -> new InvalidInputException(field, "district " + code + " not found",
				"problem.isolation.districtNotFound", code));
	}

	private String districtCode(Long districtId, Map<Long, String> codes) {
		return districtId == null ? null : codes.computeIfAbsent(districtId, id -> territory.byId(id).code());
	}

	static Map<BedKind, Integer> beds(Map<String, Integer> given) {
		Map<BedKind, Integer> beds = new EnumMap<>(BedKind.class);
		if (given == null) {
			return beds;
		}
		given.forEach((kind, capacity) -> {
			BedKind bedKind = BedKind.parse(kind).orElseThrow(() -> new InvalidInputException("beds." + kind,
					"unknown bed kind " + kind + " (GENERAL, OXYGEN, PAEDIATRIC_WITH_CARER, ELDERLY_WITH_CONDITIONS)",
					"problem.isolation.bedKindOf", kind));
			if (capacity == null || capacity < 0 || capacity > MAX_BEDS) {
				throw new InvalidInputException("beds." + kind, "a capacity is between 0 and " + MAX_BEDS,
						"problem.isolation.capacity", String.valueOf(MAX_BEDS));
			}
			beds.put(bedKind, capacity);
		});
		return beds;
	}

	private static double position(Double given, Double fallback, String field, int limit) {
		Double value = given != null ? given : fallback;
		if (value == null || Math.abs(value) > limit) {
			throw new InvalidInputException(field, "a facility needs its position (" + field + ")",
					"problem.isolation.position", field);
		}
		return value;
	}

	private static String required(String text, String field, int max) {
		if (blank(text)) {
			throw InvalidInputException.required(field);
		}
		if (text.trim().length() > max) {
			throw InvalidInputException.tooLong(field, max);
		}
		return text.trim();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}
}
