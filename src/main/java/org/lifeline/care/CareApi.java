package org.lifeline.care;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.lifeline.identity.CurrentUser;
import org.lifeline.residents.VulnerabilityTag;
import org.lifeline.shared.DateInput;
import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.territory.Territory;
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

/** Care over the JSON API: contacts, the day's check-ins (all, or a contact's own), check-ins, schedules. */
@RestController
@RequestMapping("/api/v1/care")
class CareApi {

	static final String CARERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', 'COMMITTEE_STAFF', 'VOLUNTEER')";

	static final String COMMITTEE = "hasAnyRole('ADMINISTRATOR', 'COMMITTEE_STAFF')";

	private final CareContacts contacts;

	private final CheckInList list;

	private final CheckIns checkIns;

	private final CareSchedules schedules;

	private final CurrentUser user;

	private final Territory territory;

	private final java.time.Clock clock;

	CareApi(CareContacts contacts, CheckInList list, CheckIns checkIns, CareSchedules schedules, CurrentUser user,
			Territory territory, java.time.Clock clock) {
		this.clock = clock;
		this.contacts = contacts;
		this.list = list;
		this.checkIns = checkIns;
		this.schedules = schedules;
		this.user = user;
		this.territory = territory;
	}

	@PutMapping("/contacts/{residentId}")
	@PreAuthorize(CARERS)
	CareContacts.Contact contact(@PathVariable long residentId, @RequestBody CareContacts.ContactForm form) {
		return contacts.set(residentId, form, user.scope(), user.actor());
	}

	/** The day's check-ins; {@code contact=me} keeps the caller's own. */
	@GetMapping("/check-ins")
	@PreAuthorize(CARERS)
	PageResult<DueCheckIn> checkIns(@RequestParam(required = false) String date,
			@RequestParam(required = false) String territory, @RequestParam(required = false) String contact,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size) {
		LocalDate day = DateInput.parse("date", date, LocalDate.now(clock));
		Long contactUserId = "me".equalsIgnoreCase(contact) ? user.require().id() : null;
		return list.of(day, user.within(territory), contactUserId, PageRequest.of(page, size));
	}

	@PostMapping("/check-ins")
	@PreAuthorize(CARERS)
	@ResponseStatus(HttpStatus.CREATED)
	Map<String, Object> record(@RequestBody NewCheckIn checkIn) {
		CheckIns.Recorded recorded = checkIns.record(checkIn, user.scope(), user.actor());
		Map<String, Object> answer = new HashMap<>();
		answer.put("id", recorded.id());
		answer.put("requestId", recorded.requestId());
		return answer;
	}

	@GetMapping("/schedules")
	@PreAuthorize(CARERS)
	Map<VulnerabilityTag, Integer> schedules(@RequestParam(required = false) String territory) {
		return schedules.of(committee(territory));
	}

	@PutMapping("/schedules/{tag}")
	@PreAuthorize(COMMITTEE)
	Map<VulnerabilityTag, Integer> schedule(@PathVariable String tag, @RequestBody ScheduleForm form,
			@RequestParam(required = false) String territory) {
		schedules.set(committee(territory), tag, form.everyDays(), user.actor());
		return schedules.of(committee(territory));
	}

	private org.lifeline.territory.TerritoryNode committee(String code) {
		if (code == null || code.isBlank()) {
			Long id = user.require().territoryId();
			if (id == null) {
				throw new org.lifeline.shared.InvalidInputException("territory", "territory (a committee code) is required");
			}
			return territory.byId(id);
		}
		user.within(code);
		return territory.byCode(code);
	}

	record ScheduleForm(Integer everyDays) {
	}
}
