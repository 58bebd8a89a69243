package org.lifeline.shared.personal;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.lifeline.shared.PageResult;

/**
 * Masks the {@link PersonalData} components of records (inside lists, maps and pages too) the way the JSON
 * answers do, for values that reach pages without passing through JSON.
 */
public final class PersonalDataMasking {

	private PersonalDataMasking() {
	}

	public static Object mask(Object value) {
		if (value == null || value instanceof String || value instanceof Number || value instanceof Enum<?>) {
			return value;
		}
		if (value instanceof PageResult<?> page) {
			return new PageResult<>(page.items().stream().map(PersonalDataMasking::mask).toList(), page.total());
		}
		if (value instanceof List<?> list) {
			List<Object> masked = list.stream().map(PersonalDataMasking::mask).toList();
			return sameElements(list, masked) ? value : masked;
		}
		if (value instanceof Set<?> set) {
			Set<Object> masked = set.stream().map(PersonalDataMasking::mask).collect(Collectors.toCollection(LinkedHashSet::new));
			return sameElements(set, masked) ? value : masked;
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> masked = new LinkedHashMap<>();
			map.forEach((k, v) -> masked.put(k, mask(v)));
			return sameElements(map.values(), masked.values()) ? value : masked;
		}
		if (value.getClass().isRecord()) {
			return maskRecord((Record) value);
		}
		return value;
	}

	private static boolean sameElements(Collection<?> before, Collection<?> after) {
		var a = before.iterator();
		var b = after.iterator();
		while (a.hasNext() && b.hasNext()) {
			if (a.next() != b.next()) {
				return false;
			}
		}
		return true;
	}

	private static Object maskRecord(Record value) {
		RecordComponent[] components = value.getClass().getRecordComponents();
		Object[] args = new Object[components.length];
		Class<?>[] types = new Class<?>[components.length];
		boolean changed = false;
		try {
			for (int i = 0; i < components.length; i++) {
				RecordComponent component = components[i];
				types[i] = component.getType();
				component.getAccessor().setAccessible(true);
				Object original = component.getAccessor().invoke(value);
				PersonalData marker = component.getAnnotation(PersonalData.class);
				Object masked = marker != null && original instanceof String text ? Disclosure.show(marker.value(), text)
						: mask(original);
				args[i] = masked;
				changed |= masked != original;
			}
			if (!changed) {
				return value;
			}
			Constructor<?> constructor = value.getClass().getDeclaredConstructor(types);
			constructor.setAccessible(true);
			return constructor.newInstance(args);
		}
		catch (ReflectiveOperationException e) {
			throw new IllegalStateException("cannot mask " + value.getClass().getName(), e);
		}
	}
}
