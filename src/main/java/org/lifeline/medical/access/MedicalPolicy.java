package org.lifeline.medical.access;

/**
 * Who may use medical access's pages and API, as the role expressions their {@code @PreAuthorize} names, and the
 * longest list they answer; one place for the features' controllers, which stay package-private.
 */
public final class MedicalPolicy {

	/** Who dispatches trips and fleets: command and the street task force. */
	public static final String DISPATCH = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE')";

	/** Who sees trips and steps them, each within what their access lets them see. */
	public static final String TRIP_USERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', "
			+ "'STREET_TASK_FORCE', 'COMMITTEE_STAFF', 'DRIVER', 'HOSPITAL_DESK')";

	/** Who reads hospitals and their state. */
	public static final String HOSPITAL_READERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', "
			+ "'STREET_TASK_FORCE', 'COMMITTEE_STAFF', 'HOTLINE_OPERATOR', 'DRIVER', 'HOSPITAL_DESK')";

	/** Who opens, closes and sizes a hospital: command, and its own desk. */
	public static final String HOSPITAL_KEEPERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'HOSPITAL_DESK')";

	/** Who registers a hospital: city and district command (a desk keeps its own, it does not add others). */
	public static final String HOSPITAL_REGISTRARS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND')";

	/** Who files a medical request for a resident. */
	public static final String FILERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND', 'STREET_TASK_FORCE', "
			+ "'COMMITTEE_STAFF', 'HOTLINE_OPERATOR', 'RESIDENT')";

	/** Who keeps the routing rules: district command its district's, city command the defaults. */
	public static final String RULE_KEEPERS = "hasAnyRole('ADMINISTRATOR', 'CITY_COMMAND', 'DISTRICT_COMMAND')";

	/** The most trips one list answers. */
	public static final int MAX_LIST = 500;

	private MedicalPolicy() {
	}
}
