package org.lifeline.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.lifeline.shared.personal.PersonalData;
import org.lifeline.shared.personal.PersonalDataMasking;

class PersonalDataMaskTests {

	record Person(String name, @PersonalData(PersonalData.Kind.ID_NUMBER) String idNumber,
			@PersonalData(PersonalData.Kind.PHONE) String phone) {
	}

	@Test
	void masksAsClerksExpect() {
		assertThat(PersonalData.Kind.ID_NUMBER.mask("310112195003153359")).isEqualTo("310112********3359");
		assertThat(PersonalData.Kind.PHONE.mask("13812345678")).isEqualTo("138****5678");
		assertThat(PersonalData.Kind.PHONE.mask("021-5555")).isEqualTo("021*5555");
		assertThat(PersonalData.Kind.ID_NUMBER.mask("E12345678")).isEqualTo("E*******8");
	}

	record Volunteer(String name, java.util.Set<Long> buildings, java.util.Map<String, Person> contacts) {
	}

	@Test
	void keepsSetsAndMasksInsideMaps() {
		Volunteer volunteer = new Volunteer("李", java.util.Set.of(1L, 2L),
				java.util.Map.of("mother", new Person("王芳", "310112195003153359", "13812345678")));
		Volunteer masked = (Volunteer) PersonalDataMasking.mask(volunteer);
		assertThat(masked.buildings()).isEqualTo(java.util.Set.of(1L, 2L));
		assertThat(masked.contacts().get("mother").phone()).isEqualTo("138****5678");
	}

	@Test
	void masksAnnotatedComponentsOfRecordsOutsideARequest() {
		Object masked = PersonalDataMasking.mask(new PageResult<>(
				java.util.List.of(new Person("王芳", "310112195003153359", "13812345678")), 1));
		assertThat(masked).isEqualTo(new PageResult<>(
				java.util.List.of(new Person("王芳", "310112********3359", "138****5678")), 1));
	}
}
