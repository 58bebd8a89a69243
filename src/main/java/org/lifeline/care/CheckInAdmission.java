package org.lifeline.care;

import jakarta.servlet.http.HttpServletRequest;
import org.lifeline.shared.web.WriteAdmission;

/**
 * Lets at most N check-ins (API and the committee's page) work at once on this node and answers the rest at once
 * with 503 and Retry-After, before sign-in: when every volunteer enters the morning's calls together, they hear
 * busy and send again instead of waiting on a timeout, and the check-ins admitted still commit fast. Nothing of a
 * refused check-in is written.
 */
class CheckInAdmission extends WriteAdmission {

	CheckInAdmission(int concurrent) {
		super(concurrent, "too many check-ins are being recorded right now; the check-in is not recorded, send it again");
	}

	@Override
	protected boolean admits(HttpServletRequest request) {
		String path = request.getRequestURI();
		return "POST".equals(request.getMethod())
				&& (path.equals("/api/v1/care/check-ins") || path.equals("/care/check-ins"));
	}
}
