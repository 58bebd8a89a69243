package org.lifeline.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lifeline.identity.Role;

/** The pages a role may use, in the order the navigation shows them. */
final class Navigation {

	private Navigation() {
	}

	static List<NavItem> of(Role role, String path) {
		List<NavItem> items = new ArrayList<>();
		add(items, path, "home", "/", "nav.home");
		if (worksOnRequests(role)) {
			add(items, path, "requests", "/requests", "nav.requests");
		}
		if (role == Role.HOTLINE_OPERATOR) {
			add(items, path, "hotline", "/hotline", "nav.hotline");
		}
		if (role == Role.RESIDENT) {
			add(items, path, "file-request", "/requests/new", "nav.fileRequest");
			add(items, path, "my-requests", "/requests/mine", "nav.myRequests");
		}
		if (role == Role.ADMINISTRATOR || role == Role.CITY_COMMAND || role == Role.DISTRICT_COMMAND
				|| role == Role.STREET_TASK_FORCE) {
			add(items, path, "dispatch", "/dispatch", "nav.dispatch");
		}
		if (role == Role.SUPPLIER) {
			add(items, path, "supplies", "/supplies", "nav.supplies");
		}
		if (worksOnRequests(role) || role == Role.RESIDENT) {
			add(items, path, "group-buys", "/group-buys", "nav.groupBuys");
		}
		if (worksOnRequests(role)) {
			add(items, path, "government-packages", "/government-packages", "nav.governmentPackages");
		}
		if (worksOnMedicineRuns(role)) {
			add(items, path, "medicine", "/medicine", "nav.medicine");
		}
		if (browsesTerritory(role)) {
			add(items, path, "dialysis", "/dialysis", "nav.dialysis");
		}
		if (browsesTerritory(role)) {
			add(items, path, "territory", "/territory", "nav.territory");
		}
		if (browsesTerritory(role) || role == Role.VOLUNTEER) {
			add(items, path, "screening", "/screening", "nav.screening");
		}
		if (role.worksWithResidents()) {
			add(items, path, "residents", "/residents", "nav.residents");
		}
		if (role == Role.HOTLINE_OPERATOR || role == Role.COMMITTEE_STAFF) {
			add(items, path, "callers", "/households", "nav.callers");
		}
		addCare(items, path, role);
		addScreening(items, path, role);
		addCases(items, path, role);
		addMedical(items, path, role);
		if (browsesTerritory(role) || role == Role.HOSPITAL_DESK) {
			add(items, path, "facilities", "/facilities", "nav.facilities");
		}
		if (role == Role.ADMINISTRATOR || role == Role.CITY_COMMAND || role == Role.DISTRICT_COMMAND
				|| role == Role.STREET_TASK_FORCE) {
			add(items, path, "allocation", "/isolation/allocation", "nav.allocation");
		}
		if (role == Role.DRIVER) {
			add(items, path, "bus-runs", "/bus-runs", "nav.busRuns");
		}
		if (managesUsers(role)) {
			add(items, path, "users", "/users", "nav.users");
		}
		if (role.readsAudit()) {
			add(items, path, "audit", "/audit", "nav.audit");
		}
		return items;
	}

	/**
	 * Care and field work: check-ins for committees and contacts, the register, a volunteer's own task list,
	 * disinfection and parcels for staff, work-absence certificates for staff and residents.
	 */
	private static void addCare(List<NavItem> items, String path, Role role) {
		if (role == Role.VOLUNTEER) {
			add(items, path, "volunteer-tasks", "/volunteers/tasks", "nav.volunteerTasks");
		}
		if (worksOnRequests(role)) {
			add(items, path, "care", "/care", "nav.care");
		}
		if (role == Role.ADMINISTRATOR || role == Role.COMMITTEE_STAFF) {
			add(items, path, "exams", "/exams", "nav.exams");
		}
		if (browsesTerritory(role)) {
			add(items, path, "volunteers", "/volunteers", "nav.volunteers");
		}
		if (browsesTerritory(role)) {
			add(items, path, "sanitation", "/sanitation", "nav.sanitation");
		}
		if (browsesTerritory(role) || role == Role.RESIDENT) {
			add(items, path, "certificates", "/certificates", "nav.certificates");
		}
	}

	/** Screening: the sampler's scanning page; rounds and sampling calls for those who plan and call. */
	private static void addScreening(List<NavItem> items, String path, Role role) {
		if (role == Role.SAMPLER) {
			add(items, path, "sample", "/screening/sample", "nav.sample");
		}
		if (role == Role.ADMINISTRATOR || role == Role.CITY_COMMAND || role == Role.DISTRICT_COMMAND
				|| role == Role.STREET_TASK_FORCE || role == Role.COMMITTEE_STAFF) {
			add(items, path, "screening-rounds", "/screening/rounds", "nav.screeningRounds");
		}
		if (role == Role.COMMITTEE_STAFF || role == Role.VOLUNTEER) {
			add(items, path, "sampling-calls", "/screening/calls", "nav.samplingCalls");
		}
	}

	/** Positive cases for task forces, committees and command; the daily bulletin for task forces and command. */
	private static void addCases(List<NavItem> items, String path, Role role) {
		boolean command = role == Role.ADMINISTRATOR || role == Role.CITY_COMMAND || role == Role.DISTRICT_COMMAND
				|| role == Role.STREET_TASK_FORCE;
		if (command || role == Role.COMMITTEE_STAFF) {
			add(items, path, "cases", "/cases", "nav.cases");
		}
		if (command) {
			add(items, path, "bulletin", "/bulletins", "nav.bulletin");
			add(items, path, "dashboard", "/dashboard", "nav.dashboard");
		}
	}

	/** Medical access: the fleet for task forces and command, hospitals for them and committees. */
	private static void addMedical(List<NavItem> items, String path, Role role) {
		boolean dispatches = role == Role.ADMINISTRATOR || role == Role.CITY_COMMAND || role == Role.DISTRICT_COMMAND
				|| role == Role.STREET_TASK_FORCE;
		if (dispatches) {
			add(items, path, "fleet", "/fleet", "nav.fleet");
		}
		if (dispatches || role == Role.COMMITTEE_STAFF || role == Role.HOTLINE_OPERATOR) {
			add(items, path, "medical-request", "/medical/new", "nav.medicalRequest");
			add(items, path, "hospitals", "/hospitals", "nav.hospitals");
		}
	}

	/** Roles bound to a node of the territory they may browse. */
	static boolean browsesTerritory(Role role) {
		return role == Role.ADMINISTRATOR || role == Role.CITY_COMMAND || role == Role.DISTRICT_COMMAND
				|| role == Role.STREET_TASK_FORCE || role == Role.COMMITTEE_STAFF;
	}

	/** Roles that work through the request queue. */
	static boolean worksOnRequests(Role role) {
		return browsesTerritory(role) || role == Role.VOLUNTEER;
	}

	/** Roles that build, prepare, receive or deliver chronic-medicine runs. */
	static boolean worksOnMedicineRuns(Role role) {
		return worksOnRequests(role) || role == Role.HOSPITAL_DESK;
	}

	static boolean managesUsers(Role role) {
		return Arrays.stream(Role.values()).anyMatch(role::manages);
	}

	private static void add(List<NavItem> items, String path, String id, String href, String labelKey) {
		boolean active = href.equals("/") ? "/".equals(path) : path != null && path.startsWith(href);
		items.add(new NavItem(id, href, labelKey, active));
	}

	/** One entry of the navigation; {@code id} names it for tests ({@code nav-<id>}). */
	record NavItem(String id, String href, String labelKey, boolean active) {
	}
}
