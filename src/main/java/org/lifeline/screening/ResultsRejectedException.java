package org.lifeline.screening;

import java.util.List;

import org.lifeline.shared.InvalidInputException;

/** A lab batch with rows that could not be read: refused whole, every bad row named, nothing applied. Answers 400. */
public class ResultsRejectedException extends InvalidInputException {

	private final List<ResultReport.Rejection> rejected;

	public ResultsRejectedException(String field, List<ResultReport.Rejection> rejected) {
		super(field, rejected.size() + " row(s) could not be read; nothing was applied: " + rejected.get(0).reason()
				+ (rejected.size() > 1 ? " …" : ""));
		this.rejected = List.copyOf(rejected);
	}

	public List<ResultReport.Rejection> rejected() {
		return rejected;
	}
}
