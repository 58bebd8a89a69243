package org.lifeline.cases;

/**
 * Where a case was found: among people already under quarantine or control (管控中发现), or in community
 * screening (社会面筛查) — the figure that decides whether the community is clear.
 */
public enum FoundBy {
	CONTROL, SCREENING
}
