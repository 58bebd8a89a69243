package org.lifeline.requests;

import java.util.List;

import org.lifeline.territory.TerritoryScope;

/**
 * What the hotline asks of medical access so that an operator files a caller's medical need from the call screen
 * and reads the routing out at once: the needs to choose from and the routed filing (mode, destination, the line
 * to read out, the request and the trip when one was ordered). Medical access implements it; requests only call.
 */
public interface MedicalHotline {

	/** The needs an operator chooses from, as codes (their names are message keys medical.need.CODE). */
	List<String> needs();

	/** Routes and files the need for a registered resident; bad input names its field, like any filing. */
	Answer file(Call call, Channel channel, TerritoryScope scope, String actor);

	/** One medical need as the operator takes it down. */
	record Call(long residentId, String need, boolean critical, String description, boolean wheelchair,
			boolean stretcher, boolean oxygen, boolean companion) {
	}

	/** The routing read out to the caller: mode code (CALL_120, TRANSFER, SELF), destination name, explanation. */
	record Answer(String mode, String destination, String explanation, long requestId, Long tripId) {
	}
}
