package org.lifeline.sanitation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.spreadsheet.TabularFormat;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.lifeline.territory.CurrentScope;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * A compound's disinfection on one page for the committee and the street: key points by building, overdue first,
 * with a round recorded for the ticked ones; open terminal disinfections marked done; the ledger for a range of
 * days; and the parcels logged at the gate.
 */
@PageController
class SanitationPages {

	static final int LEDGER_DAYS = 7;

	private final DisinfectionPoints points;

	private final DisinfectionRounds rounds;

	private final TerminalDisinfections terminals;

	private final Parcels parcels;

	private final DisinfectionLedger ledger;

	private final CurrentScope caller;

	private final Clock clock;

	SanitationPages(DisinfectionPoints points, DisinfectionRounds rounds, TerminalDisinfections terminals,
			Parcels parcels, DisinfectionLedger ledger, CurrentScope caller, Clock clock) {
		this.points = points;
		this.rounds = rounds;
		this.terminals = terminals;
		this.parcels = parcels;
		this.ledger = ledger;
		this.caller = caller;
		this.clock = clock;
	}

	@GetMapping("/sanitation")
	@PreAuthorize(SanitationApi.STAFF)
	String page(@RequestParam(required = false) String compound, Model model) {
		List<CompoundOverdue> compounds = points.overdue(caller.scope());
		String code = compound != null && !compound.isBlank() ? compound.strip()
				: compounds.isEmpty() ? null : compounds.get(0).compoundCode();
		model.addAttribute("compounds", compounds);
		model.addAttribute("compound", code);
		if (code == null) {
			return "sanitation/page";
		}
		List<PointView> found = points.ofCompound(code, caller.scope());
		model.addAttribute("buildings", byBuilding(found));
		model.addAttribute("overdue", found.stream().filter(PointView::overdue).count());
		model.addAttribute("terminals", terminals.list(caller.within(code), true, 200));
		model.addAttribute("parcels", parcels.list(caller.within(code), 100));
		LocalDateTime now = LocalDateTime.now(clock).truncatedTo(ChronoUnit.MINUTES);
		model.addAttribute("now", now);
		model.addAttribute("ledgerTo", now.toLocalDate());
		model.addAttribute("ledgerFrom", now.toLocalDate().minusDays(LEDGER_DAYS - 1));
		return "sanitation/page";
	}

	/**
	 * The ledger form's download, on the signed-in session (the JSON API takes tokens only); a range it refuses comes
	 * back to the form with the reason.
	 */
	@GetMapping("/sanitation/ledger")
	@PreAuthorize(SanitationApi.STAFF)
	ResponseEntity<byte[]> ledger(@RequestParam(required = false) String compound,
			@RequestParam(required = false) LocalDate from, @RequestParam(required = false) LocalDate to,
			@RequestParam(required = false) String format) {
		return PageOutcome.download(back(compound) + "#sanitation-ledger",
				() -> ledger.export(compound, from, to, TabularFormat.parse(format), caller.scope()).download());
	}

	@PostMapping("/sanitation/rounds")
	@PreAuthorize(SanitationApi.STAFF)
	String round(@RequestParam String compound, @RequestParam(required = false) List<Long> pointIds,
			@RequestParam(required = false) String agent, @RequestParam(required = false) String at,
			RedirectAttributes flash) {
		return PageOutcome.run(flash, "recorded", back(compound),
				() -> rounds.record(pointIds, agent, localTime(at), caller.actor(), caller.scope()));
	}

	@PostMapping("/sanitation/terminal/{id}/done")
	@PreAuthorize(SanitationApi.STAFF)
	String terminalDone(@PathVariable long id, @RequestParam String compound,
			@RequestParam(required = false) String agent, RedirectAttributes flash) {
		return PageOutcome.run(flash, "terminalDone", back(compound),
				() -> terminals.done(id, agent, null, caller.actor(), caller.scope()));
	}

	@PostMapping("/sanitation/parcels")
	@PreAuthorize(SanitationApi.STAFF)
	String parcel(@RequestParam String compound, @RequestParam(required = false) String buildingCode,
			@RequestParam(required = false) String room, @RequestParam(required = false) String description,
			RedirectAttributes flash) {
		return PageOutcome.run(flash, "parcelLogged", back(compound),
				() -> parcels.log(buildingCode, room, description, caller.actor(), caller.scope()));
	}

	/** Buildings with overdue points first, each with its overdue points first. */
	static Map<String, List<PointView>> byBuilding(List<PointView> found) {
		Map<String, List<PointView>> grouped = new LinkedHashMap<>();
		found.stream()
			.sorted(Comparator.comparing((PointView p) -> !p.overdue()).thenComparing(PointView::buildingCode))
			.forEach(p -> grouped.computeIfAbsent(p.buildingCode(), b -> new ArrayList<>()).add(p));
		grouped.values().forEach(list -> list.sort(Comparator.comparing((PointView p) -> !p.overdue())
			.thenComparing(PointView::kind)));
		return grouped;
	}

	private Instant localTime(String at) {
		if (at == null || at.isBlank()) {
			return null;
		}
		try {
			return LocalDateTime.parse(at.strip()).atZone(clock.getZone()).toInstant();
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("at", "give the time of the round as a date and time",
					"problem.sanitation.roundTime");
		}
	}

	private static String back(String compound) {
		return UriComponentsBuilder.fromPath("/sanitation").queryParam("compound", compound).encode().build().toUriString();
	}
}
