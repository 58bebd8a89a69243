package org.lifeline.screening.sampling;

/** Scans arrive faster than they can be stored: the sampler's page keeps the tube queued and retries. */
class ScanBusy extends RuntimeException {

	ScanBusy(String message) {
		super(message);
	}
}
