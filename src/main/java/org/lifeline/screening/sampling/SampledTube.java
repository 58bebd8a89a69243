package org.lifeline.screening.sampling;

import java.util.List;

/** A stored tube as the sampler's page is answered: the barcode and the residents in it. */
record SampledTube(String tubeCode, List<Long> residentIds) {

	SampledTube {
		residentIds = List.copyOf(residentIds);
	}
}
