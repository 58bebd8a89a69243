package org.lifeline.screening.results;

import jakarta.servlet.http.HttpServletRequest;
import org.lifeline.shared.web.WriteAdmission;

/**
 * Lets at most N lab result uploads (JSON batches and files) work at once on this node and answers the rest at
 * once with 503 and Retry-After, before sign-in and before the upload is read: a lab that sends all its plates at
 * the end of a round hears busy and sends the rest again, while the uploads admitted merge fast. A refused upload
 * is wholly out, as a failed one is.
 */
class ResultAdmission extends WriteAdmission {

	ResultAdmission(int concurrent) {
		super(concurrent, "too many result uploads are being merged right now; nothing of this upload is stored, send it again");
	}

	@Override
	protected boolean admits(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && request.getRequestURI().equals("/api/v1/screening/results");
	}
}
