package org.lifeline.certificates;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The public check of a certificate's code (no sign-in): the masked name, the days, the issuing committee and
 * whether it was revoked; an unknown code answers 404 with the same page saying so.
 */
@Controller
class VerifyPage {

	private final Certificates certificates;

	VerifyPage(Certificates certificates) {
		this.certificates = certificates;
	}

	@GetMapping("/verify/{code}")
	String verify(@PathVariable String code, Model model, HttpServletResponse response) {
		var found = certificates.verify(code);
		if (found.isEmpty()) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
		}
		model.addAttribute("verification", found.orElse(null));
		return "certificates/verify";
	}
}
