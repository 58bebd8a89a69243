package org.lifeline.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.DatabaseOutage;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.web.PageController;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;

/**
 * Answers failures of page controllers with the error page: an id outside the caller's scope is the same 404 as
 * an unknown one, a role that may not do something gets 403, and nothing internal is ever shown.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class PageErrors {

	private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

	private final ShellAdvice shell;

	PageErrors(ShellAdvice shell) {
		this.shell = shell;
	}

	@ExceptionHandler({ NotFoundException.class, MethodArgumentTypeMismatchException.class })
	ModelAndView notFound(HttpServletRequest request) {
		return page(HttpStatus.NOT_FOUND, request);
	}

	@ExceptionHandler(AccessDeniedException.class)
	ModelAndView forbidden(HttpServletRequest request) {
		return page(HttpStatus.FORBIDDEN, request);
	}

	@ExceptionHandler(InvalidInputException.class)
	ModelAndView invalid(HttpServletRequest request) {
		return page(HttpStatus.BAD_REQUEST, request);
	}

	@ExceptionHandler(ConflictException.class)
	ModelAndView conflict(HttpServletRequest request) {
		return page(HttpStatus.CONFLICT, request);
	}

	@ExceptionHandler(Exception.class)
	ModelAndView unexpected(Exception e, HttpServletRequest request, HttpServletResponse response) {
		if (e instanceof ErrorResponse known) {
			return page(known.getStatusCode(), request);
		}
		if (DatabaseOutage.is(e)) {
			log.warn("Database unavailable on page {}: {}", request.getRequestURI(), e.toString());
			response.setHeader("Retry-After", "2");
			return page(HttpStatus.SERVICE_UNAVAILABLE, request);
		}
		log.error("Unexpected failure on page {}", request.getRequestURI(), e);
		return page(HttpStatus.INTERNAL_SERVER_ERROR, request);
	}

	private ModelAndView page(HttpStatusCode status, HttpServletRequest request) {
		ModelAndView page = new ModelAndView("error", status);
		page.addObject("status", status.value());
		page.addObject("shell", shell.shellFor(request.getRequestURI()));
		return page;
	}
}
