package org.lifeline.cases;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.web.Attachment;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The daily bulletin over the JSON API, and as an XLSX file beside it ({@code /api/v1/bulletins/{date}.xlsx}); the
 * page hands over the same file at {@code /bulletins/{date}.xlsx} on the signed-in session.
 */
@RestController
class BulletinApi {

	static final String READERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE')";

	private final Bulletins bulletins;

	private final CaseCaller caller;

	BulletinApi(Bulletins bulletins, CaseCaller caller) {
		this.bulletins = bulletins;
		this.caller = caller;
	}

	@GetMapping("/api/v1/bulletins/{date}")
	@PreAuthorize(READERS)
	ResponseEntity<?> bulletin(@PathVariable String date, @RequestParam(required = false) String territory) {
		boolean xlsx = date.endsWith(".xlsx");
		Bulletin bulletin = bulletins.of(day(xlsx ? date.substring(0, date.length() - 5) : date), caller.within(territory));
		if (!xlsx) {
			return ResponseEntity.ok(bulletin);
		}
		return spreadsheet(bulletin);
	}

	/** The bulletin as the XLSX file that the API and the page both hand over. */
	static ResponseEntity<byte[]> spreadsheet(Bulletin bulletin) {
		return Attachment.of("bulletin-" + bulletin.territory() + "-" + bulletin.date() + ".xlsx",
				BulletinSheet.MEDIA_TYPE, BulletinSheet.of(bulletin));
	}

	static LocalDate day(String text) {
		try {
			return LocalDate.parse(text);
		}
		catch (DateTimeParseException e) {
			throw new InvalidInputException("date", "date must look like 2022-04-13, not '" + text + "'",
					"problem.cases.bulletinDate", text);
		}
	}
}
