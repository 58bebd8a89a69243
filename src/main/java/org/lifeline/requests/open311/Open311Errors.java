package org.lifeline.requests.open311;

import jakarta.servlet.http.HttpServletRequest;
import org.lifeline.requests.IntakeBusyException;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.web.GeoReportErrors;
import org.lifeline.shared.web.ProblemWords;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Every failure of an Open311 endpoint as a GeoReport v2 error list, in the format the path asks for. */
@RestControllerAdvice(basePackageClasses = Open311Errors.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class Open311Errors {

	private static final Logger log = LoggerFactory.getLogger(Open311Errors.class);

	private final ProblemWords words;

	Open311Errors(ProblemWords words) {
		this.words = words;
	}

	@ExceptionHandler(InvalidInputException.class)
	ResponseEntity<String> invalid(InvalidInputException e, HttpServletRequest request) {
		String message = words.say(e);
		return error(request, HttpStatus.BAD_REQUEST, message.startsWith(e.field()) ? message : e.field() + ": " + message);
	}

	@ExceptionHandler(NotFoundException.class)
	ResponseEntity<String> notFound(NotFoundException e, HttpServletRequest request) {
		return error(request, HttpStatus.NOT_FOUND, words.say(e));
	}

	@ExceptionHandler(ConflictException.class)
	ResponseEntity<String> conflict(ConflictException e, HttpServletRequest request) {
		return error(request, HttpStatus.BAD_REQUEST, words.say(e));
	}

	@ExceptionHandler(IntakeBusyException.class)
	ResponseEntity<String> busy(IntakeBusyException e, HttpServletRequest request) {
		ResponseEntity<String> answer = error(request, HttpStatus.SERVICE_UNAVAILABLE, "busy, retry in a second: " + e.getMessage());
		return ResponseEntity.status(answer.getStatusCode())
			.headers(answer.getHeaders())
			.header(HttpHeaders.RETRY_AFTER, "1")
			.body(answer.getBody());
	}

	@ExceptionHandler(RuntimeException.class)
	ResponseEntity<String> failed(RuntimeException e, HttpServletRequest request) {
		log.error("Open311 call failed", e);
		return error(request, HttpStatus.INTERNAL_SERVER_ERROR, words.say("problem.open311.internal",
				"something went wrong on our side; nothing was filed"));
	}

	private static ResponseEntity<String> error(HttpServletRequest request, HttpStatus status, String description) {
		return GeoReportErrors.answer(request.getRequestURI(), status, description);
	}
}
