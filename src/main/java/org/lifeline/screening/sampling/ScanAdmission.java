package org.lifeline.screening.sampling;

import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.lifeline.shared.web.WriteAdmission;

/**
 * Lets at most N tube scans work at once on this node and answers the rest at once with 503 and Retry-After,
 * before sign-in and before the body is read, so a surge of samplers hears busy, retry in a millisecond while the
 * scans already admitted still commit fast. The sampler's page keeps a refused tube queued and sends it again.
 */
class ScanAdmission extends WriteAdmission {

	private static final Pattern TUBES = Pattern.compile("(/api/v1/screening|/screening/sample)/rounds/[^/]+/tubes");

	ScanAdmission(int concurrent) {
		super(concurrent, "too many tubes are being stored right now; the tube is not stored yet, send it again");
	}

	@Override
	protected boolean admits(HttpServletRequest request) {
		return "POST".equals(request.getMethod()) && TUBES.matcher(request.getRequestURI()).matches();
	}
}
