package org.lifeline.medical.routing;

/**
 * How a transfer rule picks its hospital: the patient's own dialysis or oncology hospital, the nearest open
 * hospital of a kind in the district (preferring one designated for the patient's zone), or the district's
 * hospital designated for the zone itself.
 */
public enum DestinationSelector {

	OWN_DIALYSIS_HOSPITAL("本人透析医院"), OWN_ONCOLOGY_HOSPITAL("本人治疗医院"), DISTRICT_KIND("本区"),
	ZONE_DESIGNATED("本区定点医院");

	private final String chinese;

	DestinationSelector(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}
}
