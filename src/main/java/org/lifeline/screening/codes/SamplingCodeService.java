package org.lifeline.screening.codes;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

import org.lifeline.residents.ResidentRegistry;
import org.lifeline.screening.RefusedCode;
import org.lifeline.screening.SamplingCode;
import org.lifeline.screening.SamplingCodes;
import org.lifeline.territory.TerritoryScope;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * Issues codes valid until the start of the day {@code lifeline.screening.code-valid-days} days ahead (default 7),
 * so every page and sheet printed on one day shows the same code for a resident, and verifies them in memory.
 */
@Service
class SamplingCodeService implements SamplingCodes {

	private final CodeKey key;

	private final ResidentRegistry residents;

	private final Clock clock;

	private final int validDays;

	SamplingCodeService(CodeKey key, ResidentRegistry residents, Clock clock,
			@Value("${lifeline.screening.code-valid-days:7}") int validDays) {
		this.key = key;
		this.residents = residents;
		this.clock = clock;
		this.validDays = validDays;
	}

	@Override
	public SamplingCode codeFor(long residentId, TerritoryScope scope) {
		residents.byId(residentId, scope);
		return issue(residentId);
	}

	/** The code of a resident the caller has already found in its scope. */
	SamplingCode issue(long residentId) {
		Instant validUntil = LocalDate.now(clock).plusDays(validDays).atStartOfDay(clock.getZone()).toInstant();
		return new SamplingCode(key.signer().sign(residentId, validUntil), validUntil);
	}

	@Override
	public long residentOf(String code, String field) {
		CodeSigner.Verified verified = key.signer().verify(code, clock.instant());
		if (!verified.valid()) {
			throw new RefusedCode(field, code, verified);
		}
		return verified.residentId();
	}
}
