package org.lifeline.shared.web;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.DatabaseOutage;
import org.lifeline.shared.InvalidInputException;
import org.apache.tomcat.util.http.fileupload.impl.SizeException;
import org.lifeline.shared.NotFoundException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.resource.NoResourceFoundException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * Turns every failure of a JSON call into {@code application/problem+json} that names what is wrong. Bad input
 * is a 4xx, never a 500; an unexpected failure is logged and answered without internals.
 */
@RestControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class ApiProblems extends ResponseEntityExceptionHandler {

	private static final Logger log = LoggerFactory.getLogger(ApiProblems.class);

	private final String uploadLimit;

	private final ProblemWords words;

	ApiProblems(@Value("${spring.servlet.multipart.max-request-size:50MB}") String uploadLimit, ProblemWords words) {
		this.uploadLimit = uploadLimit;
		this.words = words;
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException e) {
		return problem(HttpStatus.NOT_FOUND, "Not found", words.say(e));
	}

	@ExceptionHandler(InvalidInputException.class)
	ProblemDetail invalid(InvalidInputException e) {
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", words.say(e));
		problem.setProperty("field", e.field());
		return problem;
	}

	@ExceptionHandler(ConflictException.class)
	ProblemDetail conflict(ConflictException e) {
		return problem(HttpStatus.CONFLICT, "Conflict", words.say(e));
	}

	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
		String english = "parameter '" + e.getName() + "' has an invalid value: " + e.getValue();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", e.getRequiredType() == null
				? words.say("problem.parameter.invalid", english, e.getName(), String.valueOf(e.getValue()))
				: words.say("problem.parameter.mustBe",
						english + "; it must be " + JsonProblem.expected(e.getRequiredType()), e.getName(),
						String.valueOf(e.getValue()), JsonProblem.expectedWords(e.getRequiredType())));
		problem.setProperty("field", e.getName());
		return problem;
	}

	@ExceptionHandler(ConstraintViolationException.class)
	ProblemDetail constraintViolation(ConstraintViolationException e) {
		List<Map<String, String>> errors = e.getConstraintViolations()
			.stream()
			.map(v -> Map.of("field", String.valueOf(v.getPropertyPath()), "reason", v.getMessage()))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", describe(errors));
		problem.setProperty("errors", errors);
		return problem;
	}

	@ExceptionHandler(DataIntegrityViolationException.class)
	ProblemDetail integrity(DataIntegrityViolationException e) {
		DataProblem data = DataProblem.of(e);
		if (data != null) {
			return invalidData(data, e);
		}
		log.info("Refused by a database constraint: {}", e.getMostSpecificCause().getMessage());
		return problem(HttpStatus.CONFLICT, "Conflict",
				"the change clashes with existing data: " + DatabaseMessages.explain(e));
	}

	@ExceptionHandler({ TransientDataAccessException.class, QueryTimeoutException.class })
	ResponseEntity<ProblemDetail> busy(RuntimeException e) {
		if (DatabaseOutage.is(e)) {
			return databaseUnavailable(e);
		}
		log.warn("Database busy: {}", e.getMessage());
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Busy",
				words.say("problem.busy", "the service is busy, retry shortly"));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2").body(problem);
	}

	/** The database is not reachable or not writable (stopped, frozen, failing over): busy, never a 500. */
	@ExceptionHandler(DataAccessResourceFailureException.class)
	ResponseEntity<ProblemDetail> databaseUnavailable(RuntimeException e) {
		log.warn("Database unavailable: {}", e.getMessage());
		ProblemDetail problem = problem(HttpStatus.SERVICE_UNAVAILABLE, "Database unavailable", words.say(
				"problem.databaseUnavailable", "the database cannot be reached just now; nothing of this call was saved, retry shortly"));
		return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "2").body(problem);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ProblemDetail forbidden(AccessDeniedException e) {
		return problem(HttpStatus.FORBIDDEN, "Forbidden", words.generally("problem.forbidden", e.getMessage()));
	}

	@ExceptionHandler(Exception.class)
	ResponseEntity<ProblemDetail> unexpected(Exception e) {
		if (tooLarge(e)) {
			return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(uploadTooLarge());
		}
		if (e instanceof RuntimeException runtime && DatabaseOutage.is(e)) {
			return databaseUnavailable(runtime);
		}
		DataProblem data = e instanceof DataAccessException access ? DataProblem.of(access) : null;
		if (data != null) {
			return ResponseEntity.badRequest().body(invalidData(data, e));
		}
		log.error("Unexpected failure", e);
		return ResponseEntity.internalServerError()
			.body(problem(HttpStatus.INTERNAL_SERVER_ERROR, "Internal error",
					words.say("problem.internal", "something went wrong on our side; nothing was changed by this call")));
	}

	private ProblemDetail invalidData(DataProblem data, Exception e) {
		log.info("Refused as data by the database: {}", e.getMessage());
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", words.say(data.words()));
		if (data.field() != null) {
			problem.setProperty("field", data.field());
		}
		return problem;
	}

	/** An upload over the limit: 413 naming the limit, whichever file it was. */
	@Override
	protected ResponseEntity<Object> handleMaxUploadSizeExceededException(MaxUploadSizeExceededException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(uploadTooLarge());
	}

	private ProblemDetail uploadTooLarge() {
		ProblemDetail problem = problem(HttpStatus.CONTENT_TOO_LARGE, "Upload too large", words.say("problem.uploadTooLarge",
				"the upload is larger than the limit of " + uploadLimit + " per request; split the file", uploadLimit));
		problem.setProperty("limit", uploadLimit);
		return problem;
	}

	/** Whether the failure is the servlet container refusing an upload over its size limit (read outside MVC). */
	private static boolean tooLarge(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
			if (t instanceof SizeException || t instanceof MaxUploadSizeExceededException) {
				return true;
			}
		}
		return false;
	}

	@Override
	protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		List<Map<String, String>> errors = ex.getBindingResult()
			.getFieldErrors()
			.stream()
			.map(f -> Map.of("field", f.getField(), "reason", String.valueOf(words.say(f))))
			.toList();
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", describe(errors));
		problem.setProperty("errors", errors);
		if (!errors.isEmpty()) {
			problem.setProperty("field", errors.get(0).get("field"));
		}
		return ResponseEntity.badRequest().body(problem);
	}

	@Override
	protected ResponseEntity<Object> handleHttpMessageNotReadable(HttpMessageNotReadableException ex,
			HttpHeaders headers, HttpStatusCode status, WebRequest request) {
		JsonProblem json = JsonProblem.of(ex);
		ProblemDetail problem = problem(HttpStatus.BAD_REQUEST, "Invalid input", words.say(json.words()));
		if (json.field() != null) {
			problem.setProperty("field", json.field());
		}
		return ResponseEntity.badRequest().body(problem);
	}

	/**
	 * Under {@code /open311} every failure Spring raises itself (unknown path, wrong method, wrong body type, a
	 * missing parameter) is a GeoReport v2 error list; elsewhere a problem+json without internals.
	 */
	@Override
	protected ResponseEntity<Object> handleExceptionInternal(Exception ex, Object body, HttpHeaders headers,
			HttpStatusCode statusCode, WebRequest request) {
		String path = request instanceof ServletWebRequest servlet ? servlet.getRequest().getRequestURI() : null;
		if (ex instanceof ErrorResponse framework && body instanceof ProblemDetail problem) {
			problem.setDetail(words.say(framework.getDetailMessageCode(), problem.getDetail(),
					framework.getDetailMessageArguments()));
		}
		if (GeoReportErrors.covers(path)) {
			String description = body instanceof ProblemDetail problem && problem.getDetail() != null ? problem.getDetail()
					: ex.getMessage();
			HttpHeaders kept = new HttpHeaders();
			if (headers != null) {
				kept.addAll(headers);
			}
			kept.setContentType(GeoReportErrors.mediaType(path));
			return ResponseEntity.status(statusCode)
				.headers(kept)
				.body(GeoReportErrors.body(path, statusCode.value(), description));
		}
		if (body instanceof ProblemDetail problem) {
			problem.setDetail(ProblemText.clean(problem.getDetail()));
		}
		return super.handleExceptionInternal(ex, body, headers, statusCode, request);
	}

	/** Unknown paths outside the API fall through to the HTML error page. */
	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		String path = "/" + ex.getResourcePath();
		if (path.startsWith("/api/") || path.startsWith("/open311/")) {
			return super.handleNoResourceFoundException(ex, headers, status, request);
		}
		throw ApiProblems.<RuntimeException>passOn(ex);
	}

	/** Hands an exception back to the next resolver unchanged (here: the servlet container's error page). */
	@SuppressWarnings("unchecked")
	private static <E extends Exception> E passOn(Exception e) throws E {
		throw (E) e;
	}

	private static String describe(List<Map<String, String>> errors) {
		Map<String, String> byField = new LinkedHashMap<>();
		errors.forEach(e -> byField.merge(e.get("field"), e.get("reason"), (a, b) -> a + ", " + b));
		return byField.entrySet()
			.stream()
			.map(e -> e.getKey() + ": " + e.getValue())
			.reduce((a, b) -> a + "; " + b)
			.orElse("invalid input");
	}

	static ProblemDetail problem(HttpStatus status, String title, String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, ProblemText.clean(detail));
		problem.setTitle(title);
		return problem;
	}
}
