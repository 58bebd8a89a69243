package org.lifeline.screening.sampling;

import java.time.Instant;
import java.util.List;

/**
 * A closed tube as the sampler's page sends it: the tube's barcode, the residents' codes scanned into it, the
 * scan id the page made (so a resend is harmless) and, optionally, when the tube was closed on the phone (a tube
 * queued while the network was down keeps its own time).
 */
record TubeScan(String tubeCode, List<String> residentCodes, String scanId, Instant sampledAt) {
}
