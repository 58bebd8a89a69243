package org.lifeline.notifications;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.lifeline.identity.CurrentUser;
import org.lifeline.identity.LifelineUser;
import org.lifeline.identity.PersonalDataAccess;
import org.lifeline.requests.RequestQueries;
import org.lifeline.requests.RequestView;
import org.springframework.stereotype.Component;

/**
 * The number to call on an alert that asks for a call (the street's critical medical alert), read from its
 * request within the reader's scope. For a role that must call, the number is shown in clear and each view is
 * audited as a disclosure, as on the request page; every other reader gets it masked.
 */
@Component
class AlertNumbers {

	private final RequestQueries requests;

	private final PersonalDataAccess personalData;

	private final CurrentUser user;

	AlertNumbers(RequestQueries requests, PersonalDataAccess personalData, CurrentUser user) {
		this.requests = requests;
		this.personalData = personalData;
		this.user = user;
	}

	List<Notification> withNumbers(List<Notification> notifications) {
		List<Long> ids = notifications.stream().map(Notification::callRequestId).filter(Objects::nonNull).distinct().toList();
		if (ids.isEmpty()) {
			return notifications;
		}
		LifelineUser reader = user.require();
		Map<Long, RequestView> found = requests.byIds(ids, user.scope());
		if (reader.role().callsResidents()) {
			found.values()
				.stream()
				.filter(r -> r.contactPhone() != null)
				.forEach(r -> personalData.disclosePhones("REQUEST_ALERT", String.valueOf(r.id()), r.districtId(),
						"call the person of a critical medical alert"));
		}
		return notifications.stream()
			.map(n -> n.callRequestId() == null || !found.containsKey(n.callRequestId()) ? n
					: n.withCallPhone(found.get(n.callRequestId()).contactPhone()))
			.toList();
	}
}
