package org.lifeline.exams;

import java.util.List;

import org.lifeline.medical.TripStatus;
import org.lifeline.shared.personal.PersonalData;
import org.lifeline.shared.personal.PersonalData.Kind;

/**
 * An exam student as the committee's list and the API show them: who, the plan (null before one is made), the
 * EXAM request tracking it, and each exam day with its trip's state (null before the trip is ordered).
 */
public record ExamStudent(long residentId, String name, String room, String buildingCode, String quietPlace,
		String teacherName, @PersonalData(Kind.CONTACT_PHONE) String teacherPhone, Long requestId, List<Day> days) {

	/** An exam day with its site and trip. */
	public record Day(String date, String siteName, String siteAddress, String leaveAt, String returnAt, Long tripId,
			TripStatus tripStatus) {

		/** Whether the trip can still be ordered for this day. */
		public boolean canOrder() {
			return tripId == null;
		}
	}
}
