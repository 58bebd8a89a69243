package org.lifeline.sanitation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;

import org.lifeline.shared.PageResult;
import org.lifeline.shared.spreadsheet.TabularFormat;
import org.lifeline.territory.CurrentScope;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Disinfection over the JSON API: key points, rounds, overdue compounds, terminal disinfection, schedules, ledger. */
@RestController
class SanitationApi {

	static final String STAFF = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', "
			+ "'COMMITTEE_STAFF')";

	static final String CITY = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND')";

	private final DisinfectionPoints points;

	private final DisinfectionRounds rounds;

	private final TerminalDisinfections terminals;

	private final SanitationSchedules schedules;

	private final DisinfectionLedger ledger;

	private final CurrentScope caller;

	SanitationApi(DisinfectionPoints points, DisinfectionRounds rounds, TerminalDisinfections terminals,
			SanitationSchedules schedules, DisinfectionLedger ledger, CurrentScope caller) {
		this.points = points;
		this.rounds = rounds;
		this.terminals = terminals;
		this.schedules = schedules;
		this.ledger = ledger;
		this.caller = caller;
	}

	@GetMapping("/api/v1/sanitation/points")
	@PreAuthorize(STAFF)
	PageResult<PointView> points(@RequestParam(required = false) String compound) {
		List<PointView> items = points.ofCompound(compound, caller.scope());
		return new PageResult<>(items, items.size());
	}

	@PostMapping("/api/v1/sanitation/points/generate")
	@PreAuthorize(STAFF)
	Map<String, Integer> generate(@RequestParam(required = false) String territory) {
		return Map.of("added", points.generate(caller.within(territory)));
	}

	@PostMapping("/api/v1/sanitation/rounds")
	@PreAuthorize(STAFF)
	@ResponseStatus(HttpStatus.CREATED)
	Recorded record(@RequestBody RoundForm body) {
		List<Long> ids = rounds.record(body.pointIds(), body.agent(), body.at(), caller.actor(), caller.scope());
		return new Recorded(ids, ids.size());
	}

	@GetMapping("/api/v1/sanitation/overdue")
	@PreAuthorize(STAFF)
	PageResult<CompoundOverdue> overdue(@RequestParam(required = false) String territory) {
		List<CompoundOverdue> items = points.overdue(caller.within(territory));
		return new PageResult<>(items, items.size());
	}

	@GetMapping("/api/v1/sanitation/terminal")
	@PreAuthorize(STAFF)
	PageResult<TerminalView> terminal(@RequestParam(required = false) String territory,
			@RequestParam(defaultValue = "false") boolean open) {
		List<TerminalView> items = terminals.list(caller.within(territory), open, 200);
		return new PageResult<>(items, items.size());
	}

	@PostMapping("/api/v1/sanitation/terminal")
	@PreAuthorize(STAFF)
	@ResponseStatus(HttpStatus.CREATED)
	TerminalView enter(@RequestBody TerminalForm body) {
		return terminals.enter(body.buildingCode(), body.room(), body.note(), caller.actor(), caller.scope());
	}

	@PostMapping("/api/v1/sanitation/terminal/{id}/done")
	@PreAuthorize(STAFF)
	TerminalView done(@PathVariable long id, @RequestBody DoneForm body) {
		return terminals.done(id, body.agent(), body.at(), caller.actor(), caller.scope());
	}

	@GetMapping("/api/v1/sanitation/schedules")
	@PreAuthorize(STAFF)
	SanitationSchedules.Schedule schedules() {
		return schedules.current();
	}

	@PutMapping("/api/v1/sanitation/schedules/disinfection/{zone}/{kind}")
	@PreAuthorize(CITY)
	SanitationSchedules.Schedule frequency(@PathVariable String zone, @PathVariable String kind,
			@RequestBody FrequencyForm body) {
		return schedules.setFrequency(zone, kind, body.timesPerDay(), caller.actor());
	}

	@PutMapping("/api/v1/sanitation/schedules/pickups/{zone}")
	@PreAuthorize(CITY)
	SanitationSchedules.Schedule pickups(@PathVariable String zone, @RequestBody PickupForm body) {
		return schedules.setPickups(zone, body.times(), caller.actor());
	}

	@GetMapping("/api/v1/sanitation/ledger")
	@PreAuthorize(STAFF)
	ResponseEntity<byte[]> ledger(@RequestParam(required = false) String compound,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) String format) {
		return ledger.export(compound, from, to, TabularFormat.parse(format), caller.scope()).download();
	}

	@io.swagger.v3.oas.annotations.media.Schema(name = "DisinfectionRoundForm")
	record RoundForm(List<Long> pointIds, String agent, Instant at) {
	}

	record Recorded(List<Long> ids, int recorded) {
	}

	record TerminalForm(String buildingCode, String room, String note) {
	}

	record DoneForm(String agent, Instant at) {
	}

	record FrequencyForm(Integer timesPerDay) {
	}

	record PickupForm(List<LocalTime> times) {
	}
}
