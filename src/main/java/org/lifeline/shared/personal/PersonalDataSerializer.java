package org.lifeline.shared.personal;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.BeanProperty;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.ser.std.StdSerializer;

/** Writes a {@link PersonalData} field masked unless the current request may see it. */
class PersonalDataSerializer extends StdSerializer<Object> {

	private final PersonalData.Kind kind;

	PersonalDataSerializer() {
		this(PersonalData.Kind.ID_NUMBER);
	}

	private PersonalDataSerializer(PersonalData.Kind kind) {
		super(Object.class);
		this.kind = kind;
	}

	@Override
	public ValueSerializer<?> createContextual(SerializationContext context, BeanProperty property) {
		PersonalData marker = property == null ? null : property.getAnnotation(PersonalData.class);
		return marker == null ? this : new PersonalDataSerializer(marker.value());
	}

	@Override
	public void serialize(Object value, JsonGenerator gen, SerializationContext context) {
		gen.writeString(Disclosure.show(kind, String.valueOf(value)));
	}
}
