package org.lifeline.medical.medicine;

import java.time.LocalDate;

import org.lifeline.medical.MedicineRuns;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;

/** The medicine runs other modules (the demo city) start. */
@Service
class MedicineRunsService implements MedicineRuns {

	private final MedicineBatches batches;

	private final PreparingHospitals hospitals;

	MedicineRunsService(MedicineBatches batches, PreparingHospitals hospitals) {
		this.batches = batches;
		this.hospitals = hospitals;
	}

	@Override
	public void chooseHospital(String compoundCode, String hospitalCode, TerritoryScope scope, String actor) {
		hospitals.choose(compoundCode, hospitalCode, scope, actor);
	}

	@Override
	public int buildBatches(LocalDate day, TerritoryScope scope, String actor) {
		return batches.build(day, scope, actor).batches();
	}
}
