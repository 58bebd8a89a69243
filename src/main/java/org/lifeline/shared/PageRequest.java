package org.lifeline.shared;

/**
 * A page of a list: 0-based page number and a size between 1 and {@value #MAX_SIZE}.
 */
public record PageRequest(int page, int size) {

	public static final int MAX_SIZE = 500;

	public PageRequest {
		if (page < 0) {
			throw new InvalidInputException("page", "page must be 0 or more, was " + page,
					"problem.shared.page", String.valueOf(page));
		}
		if (size < 1 || size > MAX_SIZE) {
			throw new InvalidInputException("size", "size must be between 1 and " + MAX_SIZE + ", was " + size,
					"problem.shared.size", String.valueOf(MAX_SIZE), String.valueOf(size));
		}
	}

	public static PageRequest of(Integer page, Integer size) {
		return new PageRequest(page == null ? 0 : page, size == null ? 50 : size);
	}

	public long offset() {
		return (long) page * size;
	}
}
