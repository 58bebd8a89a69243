package org.lifeline.certificates;

import java.time.Instant;
import java.time.LocalDate;

/** An issued certificate as staff and the resident see it (the name masked as on the public check). */
public record CertificateView(String code, long residentId, String maskedName, LocalDate from, LocalDate to,
		String committeeName, String compoundName, Instant issuedAt, String issuedBy, Instant revokedAt,
		String revokeReason, String pdfUrl) {
}
