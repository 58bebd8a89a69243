package org.lifeline.certificates;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import org.lifeline.residents.ResidentRegistry;
import org.lifeline.shared.PageResult;
import org.lifeline.territory.CurrentScope;
import org.lifeline.territory.TerritoryScope;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Certificates over the JSON API: the committee issues and revokes, the resident asks and downloads. */
@RestController
class CertificateApi {

	static final String STAFF = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', "
			+ "'COMMITTEE_STAFF')";

	static final String STAFF_OR_RESIDENT = STAFF + " or hasRole('RESIDENT')";

	private final Certificates certificates;

	private final CertificateRequests requests;

	private final CertificatePdf pdf;

	private final ResidentRegistry residents;

	private final CurrentScope caller;

	CertificateApi(Certificates certificates, CertificateRequests requests, CertificatePdf pdf,
			ResidentRegistry residents, CurrentScope caller) {
		this.certificates = certificates;
		this.requests = requests;
		this.pdf = pdf;
		this.residents = residents;
		this.caller = caller;
	}

	static String pdfUrl(String code) {
		return "/api/v1/certificates/" + code + "/pdf";
	}

	@PostMapping("/api/v1/certificates")
	@PreAuthorize(STAFF)
	@ResponseStatus(HttpStatus.CREATED)
	Issued issue(@RequestBody RangeForm body) {
		CertificateView c = certificates.issue(body.residentId(), body.from(), body.to(), caller.actor(), caller.scope());
		return new Issued(c.code(), c.pdfUrl(), pdf.verifyUrl(c.code()));
	}

	@GetMapping("/api/v1/certificates")
	@PreAuthorize(STAFF_OR_RESIDENT)
	PageResult<CertificateView> list(@RequestParam(required = false) String territory) {
		List<CertificateView> items = certificates.list(caller.within(territory), 200);
		return new PageResult<>(items, items.size());
	}

	@GetMapping("/api/v1/certificates/{code}")
	@PreAuthorize(STAFF_OR_RESIDENT)
	CertificateView certificate(@PathVariable String code) {
		return certificates.byCode(code, caller.scope());
	}

	@GetMapping("/api/v1/certificates/{code}/pdf")
	@PreAuthorize(STAFF_OR_RESIDENT)
	ResponseEntity<byte[]> pdf(@PathVariable String code) {
		CertificateView c = certificates.byCode(code, caller.scope());
		String name = residents.byId(c.residentId(), TerritoryScope.everything()).name();
		return ResponseEntity.ok()
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename("certificate-" + c.code() + ".pdf", StandardCharsets.UTF_8)
				.build()
				.toString())
			.contentType(MediaType.APPLICATION_PDF)
			.body(pdf.render(c, name));
	}

	@PostMapping("/api/v1/certificates/{code}/revoke")
	@PreAuthorize(STAFF)
	CertificateView revoke(@PathVariable String code, @RequestBody RevokeForm body) {
		return certificates.revoke(code, body.reason(), caller.actor(), caller.scope());
	}

	@PostMapping("/api/v1/certificates/requests")
	@PreAuthorize(STAFF_OR_RESIDENT)
	@ResponseStatus(HttpStatus.CREATED)
	CertificateRequests.RequestView ask(@RequestBody RangeForm body) {
		return requests.ask(body.residentId(), body.from(), body.to(), caller.actor(), caller.scope());
	}

	@GetMapping("/api/v1/certificates/requests")
	@PreAuthorize(STAFF_OR_RESIDENT)
	PageResult<CertificateRequests.RequestView> requests(@RequestParam(required = false) String territory) {
		List<CertificateRequests.RequestView> items = requests.list(caller.within(territory), 200);
		return new PageResult<>(items, items.size());
	}

	@PostMapping("/api/v1/certificates/requests/{id}/refuse")
	@PreAuthorize(STAFF)
	CertificateRequests.RequestView refuse(@PathVariable long id, @RequestBody RevokeForm body) {
		return requests.refuse(id, body.reason(), caller.actor(), caller.scope());
	}

	record RangeForm(Long residentId, LocalDate from, LocalDate to) {
	}

	record RevokeForm(String reason) {
	}

	record Issued(String code, String pdfUrl, String verifyUrl) {
	}
}
