package org.lifeline.screening.results;

import org.lifeline.screening.ResultsRejectedException;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused lab batch answers 400 problem+json naming every row that could not be read. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class ResultProblems {

	@ExceptionHandler(ResultsRejectedException.class)
	ProblemDetail rejected(ResultsRejectedException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
		problem.setTitle("Invalid input");
		problem.setProperty("field", e.field());
		problem.setProperty("applied", 0);
		problem.setProperty("rejected", e.rejected());
		return problem;
	}
}
