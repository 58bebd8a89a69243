package org.lifeline.cases;

import java.time.Clock;
import java.time.LocalDate;

import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.util.UriComponentsBuilder;

/** The daily bulletin page: the figures, the zones, the day's compounds and the official text ready to copy. */
@PageController
class BulletinPages {

	private final Bulletins bulletins;

	private final CaseCaller caller;

	private final Clock clock;

	BulletinPages(Bulletins bulletins, CaseCaller caller, Clock clock) {
		this.bulletins = bulletins;
		this.caller = caller;
		this.clock = clock;
	}

	@GetMapping("/bulletins")
	@PreAuthorize(BulletinApi.READERS)
	String bulletin(@RequestParam(required = false) String date, @RequestParam(required = false) String territory,
			Model model) {
		LocalDate day = date == null || date.isBlank() ? LocalDate.now(clock).minusDays(1) : BulletinApi.day(date);
		Bulletin bulletin = bulletins.of(day, caller.within(territory));
		model.addAttribute("bulletin", bulletin);
		model.addAttribute("text", BulletinText.of(bulletin));
		model.addAttribute("territory", territory);
		return "cases/bulletin";
	}

	/** The page's XLSX download: the API's file, on the signed-in session (the JSON API takes tokens only). */
	@GetMapping("/bulletins/{date}.xlsx")
	@PreAuthorize(BulletinApi.READERS)
	ResponseEntity<byte[]> spreadsheet(@PathVariable String date, @RequestParam(required = false) String territory) {
		String back = UriComponentsBuilder.fromPath("/bulletins").queryParamIfPresent("territory",
				java.util.Optional.ofNullable(territory)).encode().build().toUriString();
		return PageOutcome.download(back,
				() -> BulletinApi.spreadsheet(bulletins.of(BulletinApi.day(date), caller.within(territory))));
	}
}
