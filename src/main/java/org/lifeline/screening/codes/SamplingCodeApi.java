package org.lifeline.screening.codes;

import org.lifeline.identity.AuditTrail;
import org.lifeline.identity.CurrentUser;
import org.lifeline.residents.PrcIdNumber;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.screening.SamplingCode;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Sampling codes over the JSON API: a resident's own code (for the resident and the staff serving them), and the
 * sampler's fallback when a resident has no code with them: the ID-card number typed by hand, one lookup.
 */
@RestController
class SamplingCodeApi {

	private final SamplingCodeService codes;

	private final ResidentRegistry residents;

	private final AuditTrail audit;

	private final CurrentUser user;

	private final java.time.Clock clock;

	SamplingCodeApi(SamplingCodeService codes, ResidentRegistry residents, AuditTrail audit, CurrentUser user,
			java.time.Clock clock) {
		this.clock = clock;
		this.codes = codes;
		this.residents = residents;
		this.audit = audit;
		this.user = user;
	}

	@GetMapping("/api/v1/residents/{id}/sampling-code")
	@PreAuthorize("hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', "
			+ "'COMMITTEE_STAFF', 'VOLUNTEER', 'RESIDENT')")
	SamplingCode code(@PathVariable long id) {
		return codes.codeFor(id, user.scope());
	}

	/** The code of the resident holding this ID card, within the sampler's street; the lookup is audited. */
	@GetMapping({ "/api/v1/screening/codes", "/screening/sample/codes" })
	@PreAuthorize("hasAnyRole('SAMPLER', 'COMMITTEE_STAFF', 'STREET_TASK_FORCE', 'DISTRICT_COMMAND')")
	TypedIdCard byIdNumber(@RequestParam(required = false) String idNumber) {
		String number = idNumber == null ? "" : idNumber.trim().toUpperCase();
		PrcIdNumber.refusal(number, java.time.LocalDate.now(clock)).ifPresent(problem -> {
			throw new InvalidInputException("idNumber", "idNumber " + idNumber + ": " + problem.reason(), problem.key(),
					problem.arguments());
		});
		ResidentView resident = residents.search(number, user.scope(), new PageRequest(0, 1))
			.items()
			.stream()
			.findFirst()
			.orElseThrow(() -> new NotFoundException("resident with ID number", number));
		audit.record("LOOKUP_SAMPLING_CODE", "resident", Long.toString(resident.id()),
				residents.districtOf(resident.id()), "idNumber", "typed at sampling");
		SamplingCode code = codes.issue(resident.id());
		return new TypedIdCard(resident.id(), resident.name(), resident.buildingCode(), resident.room(), code.code(),
				code.validUntil());
	}

	/** Who an ID card belongs to, enough for the sampler to check the face in front of them, and their code. */
	record TypedIdCard(long residentId, String name, String building, String room, String code,
			java.time.Instant validUntil) {
	}
}
