package org.lifeline.medical.medicine;

import java.util.ArrayList;
import java.util.List;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.web.PageController;
import org.lifeline.shared.web.PageOutcome;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Committee pages for residents' long-term medicines: who is on the runs, and one resident's list to change. */
@PageController
class MedicineNeedPages {

	static final int BLANK_ROWS = 2;

	private final MedicineNeeds needs;

	private final CurrentUser user;

	MedicineNeedPages(MedicineNeeds needs, CurrentUser user) {
		this.needs = needs;
		this.user = user;
	}

	@GetMapping("/medicine/residents")
	@PreAuthorize(MedicineApi.PLANNERS)
	String list(Model model) {
		model.addAttribute("residents", needs.list(user.scope(), 500));
		return "medicine/residents";
	}

	@GetMapping("/medicine/residents/{id}")
	@PreAuthorize(MedicineApi.PLANNERS)
	String resident(@PathVariable long id, Model model) {
		ResidentMedicines resident = needs.of(id, user.scope());
		List<MedicineItem> rows = new ArrayList<>(resident.medicines());
		for (int i = 0; i < BLANK_ROWS; i++) {
			rows.add(new MedicineItem("", 1, ""));
		}
		model.addAttribute("resident", resident);
		model.addAttribute("rows", rows);
		return "medicine/resident";
	}

	@PostMapping("/medicine/residents/{id}")
	@PreAuthorize(MedicineApi.PLANNERS)
	String change(@PathVariable long id, @RequestParam(name = "name", required = false) List<String> names,
			@RequestParam(name = "quantity", required = false) List<String> quantities,
			@RequestParam(name = "note", required = false) List<String> notes, RedirectAttributes redirect) {
		return PageOutcome.run(redirect, "saved", "/medicine/residents/" + id,
				() -> needs.change(id, rows(names, quantities, notes), user.scope(), user.actor()));
	}

	/** The filled rows of the form (a row without a name is left out). */
	static List<MedicineItem> rows(List<String> names, List<String> quantities, List<String> notes) {
		List<MedicineItem> out = new ArrayList<>();
		for (int i = 0; names != null && i < names.size(); i++) {
			if (names.get(i) == null || names.get(i).isBlank()) {
				continue;
			}
			String q = quantities != null && i < quantities.size() ? quantities.get(i) : null;
			Integer quantity;
			try {
				quantity = q == null || q.isBlank() ? 1 : Integer.valueOf(q.trim());
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException("medicines[" + i + "].quantity", "quantity must be a whole number",
						"problem.medical.wholeQuantity");
			}
			out.add(new MedicineItem(names.get(i), quantity,
					notes != null && i < notes.size() ? notes.get(i) : null));
		}
		return out;
	}
}
