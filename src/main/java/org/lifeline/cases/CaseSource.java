package org.lifeline.cases;

/** Who reported a case: a positive single-tube recheck (screening), a hospital or fever clinic, the district. */
public enum CaseSource {
	SCREENING, HOSPITAL, DISTRICT
}
