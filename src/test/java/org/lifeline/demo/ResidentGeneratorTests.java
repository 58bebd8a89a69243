package org.lifeline.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.lifeline.demo.CityPlan.Compound;
import org.lifeline.residents.IdDocumentType;
import org.lifeline.residents.PrcIdNumber;
import org.lifeline.residents.Sex;

/** The generator without a database: the same seed gives the same people, valid IDs, census-like shares. */
class ResidentGeneratorTests {

	private static final LocalDate TODAY = DemoCity.REFERENCE_DAY;

	private final CityPlan plan = CityPlanner.plan(DemoScale.SMALL, DemoCity.DEFAULT_SEED);

	@Test
	void smallPlanHasTheAdvertisedShape() {
		assertThat(plan.districts()).hasSize(1);
		assertThat(plan.districts().get(0).streets()).hasSize(5);
		assertThat(plan.districts().get(0).streets().stream().mapToInt(s -> s.committees().size()).sum()).isEqualTo(20);
		assertThat(plan.compounds()).hasSize(60);
		assertThat(plan.households() * CityPlan.PEOPLE_PER_HOUSEHOLD).isBetween(19_500.0, 20_500.0);
	}

	@Test
	void cityPlanHasShanghaisShape() {
		CityPlan city = CityPlanner.plan(DemoScale.CITY, DemoCity.DEFAULT_SEED);
		assertThat(city.districts()).hasSize(16);
		assertThat(city.districts().stream().mapToInt(d -> d.streets().size()).sum()).isEqualTo(216);
		assertThat(city.districts().stream().flatMap(d -> d.streets().stream()).mapToInt(s -> s.committees().size()).sum())
			.isBetween(6_500, 6_700);
		assertThat(city.compounds()).hasSizeBetween(29_500, 30_500);
		assertThat(city.households() * CityPlan.PEOPLE_PER_HOUSEHOLD).isBetween(24.5e6, 25.3e6);
		assertThat(city.compounds().stream().map(Compound::code).distinct().count()).isEqualTo(city.compounds().size());
	}

	@Test
	void sameSeedGivesTheSameResidents() {
		assertThat(residents(DemoCity.DEFAULT_SEED)).isEqualTo(residents(DemoCity.DEFAULT_SEED));
		assertThat(residents(7).subList(0, 100)).isNotEqualTo(residents(DemoCity.DEFAULT_SEED).subList(0, 100));
	}

	@Test
	void residentIdsAreValidUniqueAndMatchBirthDateAndSex() {
		List<DemoResident> residents = residents(DemoCity.DEFAULT_SEED);
		Set<String> numbers = new HashSet<>();
		Set<String> phones = new HashSet<>();
		for (DemoResident resident : residents) {
			assertThat(numbers.add(resident.idType() + resident.idNumber())).isTrue();
			if (resident.phone() != null) {
				assertThat(resident.phone()).matches("1[3-9]\\d{9}");
				assertThat(phones.add(resident.phone())).isTrue();
			}
			if (resident.idType() == IdDocumentType.RESIDENT_ID) {
				assertThat(PrcIdNumber.problem(resident.idNumber(), TODAY)).isEmpty();
				assertThat(resident.idNumber()).startsWith("310101");
				assertThat(PrcIdNumber.birthDate(resident.idNumber())).contains(resident.birthDate());
				assertThat(PrcIdNumber.sex(resident.idNumber())).isEqualTo(resident.sex());
			}
		}
		assertThat(share(residents, r -> r.idType() == IdDocumentType.RESIDENT_ID)).isGreaterThan(0.99);
	}

	@Test
	void agesSexesAndTagsFollowTheCensusRoughly() {
		List<DemoResident> residents = residents(DemoCity.DEFAULT_SEED);
		assertThat(residents.size()).isBetween(19_000, 21_000);
		assertThat(share(residents, r -> age(r) >= 60)).isBetween(0.20, 0.26);
		assertThat(share(residents, r -> age(r) >= 80)).isBetween(0.04, 0.06);
		assertThat(share(residents, r -> age(r) < 15)).isBetween(0.08, 0.12);
		double men = share(residents, r -> r.sex() == Sex.M);
		assertThat(men / (1 - men) * 100).isBetween(100.0, 114.0);
		List<DemoResident> old = residents.stream().filter(r -> age(r) >= 60).toList();
		assertThat(share(old, r -> tagged(r, "LONG_TERM_MEDICATION"))).isBetween(0.21, 0.29);
		assertThat(share(residents, r -> tagged(r, "AGED_80_PLUS"))).isEqualTo(share(residents, r -> age(r) >= 80));
		assertThat(share(residents, r -> tagged(r, "INFANT"))).isEqualTo(share(residents, r -> age(r) < 3));
		assertThat(share(residents, r -> tagged(r, "LOW_INCOME"))).isBetween(0.005, 0.03);
		assertThat(residents.stream().filter(r -> tagged(r, "DIALYSIS")).allMatch(r -> r.care().dialysisHospital() != null))
			.isTrue();
		assertThat(residents.stream().filter(r -> tagged(r, "PREGNANT")).allMatch(
				r -> r.sex() == Sex.F && r.care().pregnancyDueDate() != null && r.care().pregnancyDueDate().isAfter(TODAY)))
			.isTrue();
	}

	@Test
	void householdSizesAverageTwoPointThreeTwo() {
		SplittableRandom random = new SplittableRandom(1);
		double total = 0;
		for (int i = 0; i < 100_000; i++) {
			total += HouseholdLayout.size(random);
		}
		assertThat(total / 100_000).isBetween(2.30, 2.35);
	}

	private List<DemoResident> residents(long seed) {
		CityPlan seeded = CityPlanner.plan(DemoScale.SMALL, seed);
		CareNeeds care = new CareNeeds(List.of("H31010101"), List.of("H31010102"), TODAY);
		ResidentGenerator generator = new ResidentGenerator("310101", TODAY, seed, care);
		List<DemoResident> out = new ArrayList<>();
		for (Compound compound : seeded.compounds()) {
			HouseholdLayout layout = new HouseholdLayout(seed, compound);
			SplittableRandom random = Seeds.random(seed, Seeds.PEOPLE, compound.ordinal());
			while (layout.next()) {
				out.addAll(generator.household(layout.size(), out.size(), random));
			}
		}
		return out;
	}

	private static int age(DemoResident resident) {
		return Period.between(resident.birthDate(), TODAY).getYears();
	}

	private static boolean tagged(DemoResident resident, String tag) {
		return resident.care().tags().contains(tag);
	}

	private static double share(List<DemoResident> residents, Predicate<DemoResident> test) {
		return residents.stream().filter(test).count() / (double) residents.size();
	}
}
