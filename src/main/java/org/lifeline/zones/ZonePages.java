package org.lifeline.zones;

import java.time.LocalDate;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.lifeline.territory.CurrentScope;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A unit's zone: current zone, since when and why, its day 0 and expected release, the rule set, the override if
 * one holds, and its history. District and city command (and administrators) may override it with a reason and
 * an end date; everyone else reads.
 */
@PageController
class ZonePages {

	private static final String[] SETTERS = { "DISTRICT_COMMAND", "CITY_COMMAND", "ADMINISTRATOR" };

	private final Zoning zoning;

	private final CurrentScope scope;

	ZonePages(Zoning zoning, CurrentScope scope) {
		this.zoning = zoning;
		this.scope = scope;
	}

	@GetMapping("/zones/{compoundCode}")
	String zone(@PathVariable String compoundCode, HttpServletRequest request, Model model) {
		CompoundZone zone = zoning.zoneOf(compoundCode, scope.scope());
		model.addAttribute("zoneForm", new ZoneForm(zone.zone(), "", null));
		return show(zone, request, model);
	}

	@PostMapping("/zones/{compoundCode}")
	String setZone(@PathVariable String compoundCode, @Valid @ModelAttribute ZoneForm zoneForm, BindingResult errors,
			HttpServletRequest request, Model model, RedirectAttributes redirect) {
		if (!maySetZones(request)) {
			throw new AccessDeniedException("only district and city command set zones");
		}
		if (errors.hasErrors()) {
			return show(zoning.zoneOf(compoundCode, scope.scope()), request, model);
		}
		try {
			if (zoneForm.until() == null) {
				zoning.setZone(compoundCode, zoneForm.zone(), zoneForm.reason(), scope.actor(), scope.scope());
			}
			else {
				zoning.override(compoundCode, zoneForm.zone(), zoneForm.reason(), zoneForm.until(), scope.actor(),
						scope.scope());
			}
		}
		catch (InvalidInputException e) {
			errors.rejectValue(e.field(), "invalid", e.getMessage());
			return show(zoning.zoneOf(compoundCode, scope.scope()), request, model);
		}
		PageOutcome.done(redirect, "saved");
		return "redirect:/zones/" + compoundCode;
	}

	private static String show(CompoundZone zone, HttpServletRequest request, Model model) {
		model.addAttribute("compoundZone", zone);
		model.addAttribute("zones", Zone.values());
		model.addAttribute("maySet", maySetZones(request));
		return "zones/zone";
	}

	private static boolean maySetZones(HttpServletRequest request) {
		for (String role : SETTERS) {
			if (request.isUserInRole(role)) {
				return true;
			}
		}
		return false;
	}

	/** The zone to hold the unit in, why, and until when (the active rule set's sealed period when left empty). */
	record ZoneForm(@NotNull Zone zone, @NotBlank @Size(max = Zoning.MAX_REASON) String reason,
			@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate until) {
	}
}
