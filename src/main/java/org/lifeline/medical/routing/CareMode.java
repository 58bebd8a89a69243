package org.lifeline.medical.routing;

/** How a medical request is answered: dial 120 now, a closed-loop transfer, or the resident goes themselves. */
public enum CareMode {

	CALL_120, TRANSFER, SELF
}
