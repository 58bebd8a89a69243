package org.lifeline.requests.open311;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.lifeline.shared.InvalidInputException;

/** Names and phone numbers as Open311 clients send them. */
class Open311FieldsTests {

	@Test
	void aNameKeepsItsSpaceAndAChineseNameReadsFamilyNameFirst() {
		assertThat(Open311Fields.name("Jing", "Chen")).isEqualTo("Jing Chen");
		assertThat(Open311Fields.name("Mary", "Ann Smith")).isEqualTo("Mary Ann Smith");
		assertThat(Open311Fields.name("静", "陈")).isEqualTo("陈静");
		assertThat(Open311Fields.name("陈静", "")).isEqualTo("陈静");
		assertThat(Open311Fields.name(null, null)).isNull();
	}

	@Test
	void aPhoneInAnotherNotationIsNormalised() {
		assertThat(Open311Fields.phone("+86 139-1234-5678")).isEqualTo("13912345678");
		assertThat(Open311Fields.phone("0086 13912345678")).isEqualTo("13912345678");
		assertThat(Open311Fields.phone("(021) 6432.1234")).isEqualTo("02164321234");
		assertThat(Open311Fields.phone("+86 21 6432 1234")).isEqualTo("02164321234");
		assertThat(Open311Fields.phone("+44 20 7946 0958")).isEqualTo("+442079460958");
		assertThatThrownBy(() -> Open311Fields.phone("call me")).isInstanceOf(InvalidInputException.class);
	}
}
