package org.lifeline.requests;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * A filing that found no free database connection, or could not be written in time, is busy, retry (503), not an
 * internal error.
 */
@RestControllerAdvice(assignableTypes = RequestApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestProblems {

	@ExceptionHandler({ CannotGetJdbcConnectionException.class, IntakeBusyException.class })
	ResponseEntity<ProblemDetail> busy(RuntimeException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				"the service is busy, retry shortly");
		problem.setTitle("Busy");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
	}
}
