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
	}

	@Test
	void masksAnnotatedComponentsOfRecordsOutsideARequest() {
		Object masked = PersonalDataMasking.mask(new PageResult<>(
				java.util.List.of(new Person("王芳", "310112195003153359", "13812345678")), 1));
		assertThat(masked).isEqualTo(new PageResult<>(
				java.util.List.of(new Person("王芳", "310112********3359", "138****5678")), 1));
	}
}
