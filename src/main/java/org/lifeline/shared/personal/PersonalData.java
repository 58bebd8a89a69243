package org.lifeline.shared.personal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import com.fasterxml.jackson.annotation.JacksonAnnotationsInside;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Marks a field of a read model as personal data. It is masked in every JSON answer and every page unless the
 * caller's role needs it or the caller revealed it with a reason (which leaves an audit entry).
 */
@Target({ ElementType.FIELD, ElementType.RECORD_COMPONENT, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@JacksonAnnotationsInside
@JsonSerialize(using = PersonalDataSerializer.class)
public @interface PersonalData {

	Kind value();

	/** The kinds of personal data, each with its own mask. */
	enum Kind {

		/** {@code 310112********3359}: region and last four kept; shorter documents keep one character each end. */
		ID_NUMBER,
		/** {@code 138****5678}: first three and last four kept. */
		PHONE,
		/**
		 * The phone of a business contact (a supplier's contact, a courier): masked like a phone, in clear only for
		 * the roles that must call them (command, task forces, committees, the supplier itself).
		 */
		CONTACT_PHONE;

		public String mask(String value) {
			if (value == null || value.isEmpty()) {
				return value;
			}
			return switch (this) {
				case ID_NUMBER -> value.length() >= 15 ? keep(value, 6, 4) : keep(value, 1, value.length() > 6 ? 1 : 0);
				case PHONE, CONTACT_PHONE -> value.length() < 8 ? keep(value, 0, 0) : keep(value, 3, 4);
			};
		}

		private static String keep(String value, int head, int tail) {
			return value.substring(0, head) + "*".repeat(value.length() - head - tail)
					+ value.substring(value.length() - tail);
		}
	}
}
