package org.lifeline.shared;

import java.util.List;
import java.util.function.Function;

/** One page of a list and the total number of matches. */
public record PageResult<T>(List<T> items, long total) {

	public <R> PageResult<R> map(Function<T, R> mapper) {
		return new PageResult<>(items.stream().map(mapper).toList(), total);
	}
}
