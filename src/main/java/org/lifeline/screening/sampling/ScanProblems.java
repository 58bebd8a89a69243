package org.lifeline.screening.sampling;

import org.lifeline.screening.RefusedCode;
import org.lifeline.shared.web.ProblemWords;
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
 * Answers a refused tube with the field and the code at fault (so the page can mark it), and a busy server with
 * 503 and Retry-After (so the page keeps the tube queued and retries), never an internal error.
 */
@RestControllerAdvice(assignableTypes = TubeApi.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ScanProblems {

	private final ProblemWords words;

	ScanProblems(ProblemWords words) {
		this.words = words;
	}

	@ExceptionHandler(RefusedCode.class)
	ProblemDetail refusedCode(RefusedCode e) {
		return problem(HttpStatus.BAD_REQUEST, "Refused code", words.say(e), e.field(), e.code());
	}

	@ExceptionHandler(ScanRefusal.class)
	ProblemDetail refusedTube(ScanRefusal e) {
		return problem(e.conflict() ? HttpStatus.CONFLICT : HttpStatus.BAD_REQUEST, "Refused tube", words.say(e),
				e.field(), e.code());
	}

	@ExceptionHandler({ ScanBusy.class, CannotGetJdbcConnectionException.class })
	ResponseEntity<ProblemDetail> busy(RuntimeException e) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
				words.say("problem.screening.scan.busy",
						"the service is busy, the tube is not stored yet; send it again shortly"));
		problem.setTitle("Busy");
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "1").body(problem);
	}

	private static ProblemDetail problem(HttpStatus status, String title, String detail, String field, String code) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setTitle(title);
		problem.setProperty("field", field);
		problem.setProperty("code", code);
		return problem;
	}
}
