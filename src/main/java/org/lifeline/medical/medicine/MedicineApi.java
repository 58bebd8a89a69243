package org.lifeline.medical.medicine;

import java.time.LocalDate;
import java.util.List;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.EnumInput;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Medicine runs over the JSON API: build the day's batches, list and read batches, the hospital's line marks and
 * sending, the committee's receipt, the volunteers' door check-off, and residents' long-term medicines.
 */
@RestController
@RequestMapping("/api/v1/medicine")
class MedicineApi {

	static final String PLANNERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', "
			+ "'COMMITTEE_STAFF')";

	static final String READERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', "
			+ "'COMMITTEE_STAFF', 'VOLUNTEER', 'HOSPITAL_DESK')";

	static final String CHOOSERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE')";

	static final String HOSPITAL = "hasRole('HOSPITAL_DESK')";

	static final String RECEIVERS = "hasAnyRole('COMMITTEE_STAFF', 'STREET_TASK_FORCE')";

	static final String DOOR = "hasAnyRole('COMMITTEE_STAFF', 'VOLUNTEER')";

	private final MedicineBatches batches;

	private final MedicineNeeds needs;

	private final PreparingHospitals hospitals;

	private final CurrentUser user;

	MedicineApi(MedicineBatches batches, MedicineNeeds needs, PreparingHospitals hospitals, CurrentUser user) {
		this.batches = batches;
		this.needs = needs;
		this.hospitals = hospitals;
		this.user = user;
	}

	/** Builds the batches of a day (tomorrow by default) for the caller's territory; twice changes nothing. */
	@PostMapping("/batches/build")
	@PreAuthorize(PLANNERS)
	@ResponseStatus(HttpStatus.OK)
	BatchBuilder.BuildOutcome build(@RequestBody(required = false) Build body,
			@RequestParam(required = false) String territory) {
		return batches.build(body == null ? null : body.day(), user.within(territory), user.actor());
	}

	@GetMapping("/batches")
	@PreAuthorize(READERS)
	Listing list(@RequestParam(required = false) LocalDate day, @RequestParam(required = false) String status) {
		List<BatchSummary> items = batches.list(access(), day, EnumInput.parse(BatchStatus.class, "status", status), 200);
		return new Listing(items, items.size());
	}

	@GetMapping("/batches/{id}")
	@PreAuthorize(READERS)
	BatchView batch(@PathVariable long id) {
		return batches.view(id, access());
	}

	@PostMapping("/batches/{id}/lines/{lineId}")
	@PreAuthorize(HOSPITAL)
	BatchView prepare(@PathVariable long id, @PathVariable long lineId, @RequestBody Mark body) {
		return batches.prepare(id, lineId, EnumInput.required(LineStatus.class, "outcome", body.outcome()), body.note(), access(),
				user.actor());
	}

	@PostMapping("/batches/{id}/ready")
	@PreAuthorize(HOSPITAL)
	BatchView ready(@PathVariable long id) {
		return batches.markReady(id, access(), user.actor());
	}

	@PostMapping("/batches/{id}/receive")
	@PreAuthorize(RECEIVERS)
	BatchView receive(@PathVariable long id) {
		return batches.receive(id, access(), user.actor());
	}

	@PostMapping("/batches/{id}/households/{householdId}")
	@PreAuthorize(DOOR)
	BatchView checkOff(@PathVariable long id, @PathVariable long householdId, @RequestBody Mark body) {
		return batches.checkOff(id, householdId, EnumInput.required(DropOutcome.class, "outcome", body.outcome()), body.note(),
				access(), user.scope(), user.actor());
	}

	@GetMapping("/residents")
	@PreAuthorize(PLANNERS)
	List<ResidentMedicines> residents(@RequestParam(required = false) String territory) {
		return needs.list(user.within(territory), 500);
	}

	@GetMapping("/residents/{id}")
	@PreAuthorize(PLANNERS)
	ResidentMedicines resident(@PathVariable long id) {
		return needs.of(id, user.scope());
	}

	@PutMapping("/residents/{id}")
	@PreAuthorize(PLANNERS)
	ResidentMedicines change(@PathVariable long id, @RequestBody Medicines body) {
		return needs.change(id, body.medicines(), user.scope(), user.actor());
	}

	@GetMapping("/compounds/{code}/hospital")
	@PreAuthorize(PLANNERS)
	PreparingHospitals.Preparing hospital(@PathVariable String code) {
		return hospitals.of(code, user.scope());
	}

	/** The street or district chooses the hospital that prepares a compound's batches. */
	@PutMapping("/compounds/{code}/hospital")
	@PreAuthorize(CHOOSERS)
	PreparingHospitals.Preparing chooseHospital(@PathVariable String code, @RequestBody Choice body) {
		return hospitals.choose(code, body.hospitalCode(), user.scope(), user.actor());
	}

	private BatchAccess access() {
		return BatchAccess.of(user.require(), user.scope());
	}

	record Build(LocalDate day) {
	}

	record Choice(String hospitalCode) {
	}

	record Mark(String outcome, String note) {
	}

	record Medicines(List<MedicineItem> medicines) {
	}

	record Listing(List<BatchSummary> items, int total) {
	}
}
