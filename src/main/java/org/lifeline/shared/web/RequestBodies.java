package org.lifeline.shared.web;

import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

import org.lifeline.shared.InvalidInputException;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * Refuses a JSON body with a NUL character in any text (PostgreSQL cannot store it, and no name or note needs
 * it), naming the field. Keeps the body of the current call at hand, so that a value the database refuses (too
 * long, out of range) can be answered by the name of the field that carried it.
 */
@ControllerAdvice
class RequestBodies extends RequestBodyAdviceAdapter {

	private static final String ATTRIBUTE = RequestBodies.class.getName();

	@Override
	public boolean supports(MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		return true;
	}

	@Override
	public Object afterBodyRead(Object body, HttpInputMessage inputMessage, MethodParameter parameter, Type targetType,
			Class<? extends HttpMessageConverter<?>> converterType) {
		String withNul = find(body, "", v -> v instanceof String s && s.indexOf('\0') >= 0, 0);
		if (withNul != null) {
			throw new InvalidInputException(withNul, "field '" + withNul + "' must not contain a NUL character (\\u0000)",
					"problem.shared.nul", withNul);
		}
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		if (request != null) {
			request.setAttribute(ATTRIBUTE, body, RequestAttributes.SCOPE_REQUEST);
		}
		return body;
	}

	/** The path of the first field of the current call's body whose value passes the test. */
	static Optional<String> firstField(Predicate<Object> test) {
		RequestAttributes request = RequestContextHolder.getRequestAttributes();
		Object body = request == null ? null : request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST);
		return Optional.ofNullable(find(body, "", test, 0));
	}

	private static String find(Object value, String path, Predicate<Object> test, int depth) {
		if (value == null || depth > 8) {
			return null;
		}
		if (!path.isEmpty() && test.test(value)) {
			return path;
		}
		if (value instanceof Collection<?> list) {
			int i = 0;
			for (Object item : list) {
				String found = find(item, path + "[" + i++ + "]", test, depth + 1);
				if (found != null) {
					return found;
				}
			}
		}
		else if (value instanceof Map<?, ?> map) {
			for (Map.Entry<?, ?> e : map.entrySet()) {
				String found = find(e.getValue(), join(path, String.valueOf(e.getKey())), test, depth + 1);
				if (found != null) {
					return found;
				}
			}
		}
		else if (value.getClass().isRecord()) {
			for (RecordComponent component : value.getClass().getRecordComponents()) {
				try {
					component.getAccessor().setAccessible(true);
					String found = find(component.getAccessor().invoke(value), join(path, component.getName()), test,
							depth + 1);
					if (found != null) {
						return found;
					}
				}
				catch (ReflectiveOperationException | RuntimeException e) {
					// a component that cannot be read names no field
				}
			}
		}
		return null;
	}

	private static String join(String path, String name) {
		return path.isEmpty() ? name : path + "." + name;
	}
}
