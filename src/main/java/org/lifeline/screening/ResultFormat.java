package org.lifeline.screening;

/** How a lab sent its results. */
public enum ResultFormat {
	JSON, CSV, XLSX, FHIR
}
