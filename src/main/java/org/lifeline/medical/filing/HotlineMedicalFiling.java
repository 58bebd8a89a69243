package org.lifeline.medical.filing;

import java.util.Arrays;
import java.util.List;

import org.lifeline.medical.Need;
import org.lifeline.requests.Channel;
import org.lifeline.requests.MedicalHotline;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Component;

/** The hotline's medical filing: the operator's call routed by the rules like any medical request. */
@Component
class HotlineMedicalFiling implements MedicalHotline {

	private final MedicalRequests requests;

	HotlineMedicalFiling(MedicalRequests requests) {
		this.requests = requests;
	}

	@Override
	public List<String> needs() {
		return Need.medical().stream().map(Need::name).toList();
	}

	@Override
	public Answer file(Call call, Channel channel, TerritoryScope scope, String actor) {
		MedicalRequestView routed = requests.file(new MedicalRequestForm(call.residentId(), call.need(), call.critical(),
				call.description(), null, call.wheelchair(), call.stretcher(), call.companion(), call.oxygen(), null),
				channel, scope, actor);
		return new Answer(routed.mode().name(), routed.destination() == null ? null : routed.destination().name(),
				routed.explanation(), routed.requestId(), routed.tripId());
	}
}
