package org.lifeline.screening;

import org.lifeline.territory.TerritoryScope;

/**
 * Residents' sampling codes: a token signed with HMAC-SHA256 over the resident id and the end of its validity, so a
 * sampler's scan is verified in memory, with no lookup, on any node of the cluster.
 */
public interface SamplingCodes {

	/** The current code of a resident the scope may see (unknown or outside the scope: not found). */
	SamplingCode codeFor(long residentId, TerritoryScope scope);

	/** The resident a code names, if its signature holds and it has not expired; else a {@link RefusedCode}. */
	long residentOf(String code, String field);
}
