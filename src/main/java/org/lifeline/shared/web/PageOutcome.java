package org.lifeline.shared.web;

import java.net.URI;
import java.util.function.Supplier;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.ui.Model;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * How a page says what came of an action, the same on every page: {@value #DONE} carries the key of what was done,
 * {@value #PROBLEM} the key of what went wrong (the field at fault, {@code conflict} or {@code notFound}) and
 * {@value #DETAIL} the server's own words about it ({@value #DONE_ARGUMENT}, when given, is the value the done
 * message names). The fragment {@code web/outcome :: outcome} shows them in the
 * reader's language: {@code <bundle>.done.<key>} and {@code <bundle>.problem.<key>}, falling back to a general
 * line with the server's words.
 */
public final class PageOutcome {

	/** Key of what was done, e.g. {@code acknowledged}. */
	public static final String DONE = "done";

	/** Key of what went wrong: the field at fault, {@code conflict} or {@code notFound}. */
	public static final String PROBLEM = "problem";

	/** The server's words about what went wrong. */
	public static final String DETAIL = "problemDetail";

	/** The one value the done message names, when it names one (the user created, say). */
	public static final String DONE_ARGUMENT = "doneArgument";

	private PageOutcome() {
	}

	/** Runs the action, carries its outcome over the redirect and answers the redirect to the target. */
	public static String run(RedirectAttributes flash, String doneKey, String target, Runnable action) {
		attempt(flash, doneKey, () -> {
			action.run();
			return null;
		});
		return "redirect:" + target;
	}

	/**
	 * Runs the action and carries its outcome over the next redirect; answers what it returned, or null when refused.
	 * A null done key leaves the saying to the page (it shows a report of what was done instead).
	 */
	public static <T> T attempt(RedirectAttributes flash, String doneKey, Supplier<T> action) {
		try {
			T result = action.get();
			if (doneKey != null) {
				flash.addFlashAttribute(DONE, doneKey);
			}
			return result;
		}
		catch (InvalidInputException | ConflictException | NotFoundException e) {
			problem(flash, e);
			return null;
		}
	}

	/**
	 * Hands over the file a page's download link or form asks for; a refusal (a range too long, say) goes back to
	 * {@code back} with the problem carried over, as any other form's refusal does.
	 */
	public static <T> ResponseEntity<T> download(String back, Supplier<ResponseEntity<T>> file) {
		try {
			return file.get();
		}
		catch (InvalidInputException | ConflictException | NotFoundException e) {
			ServletRequestAttributes call = (ServletRequestAttributes) RequestContextHolder.currentRequestAttributes();
			FlashMap flash = RequestContextUtils.getOutputFlashMap(call.getRequest());
			flash.put(PROBLEM, key(e));
			flash.put(DETAIL, e.getMessage());
			RequestContextUtils.saveOutputFlashMap(back, call.getRequest(), call.getResponse());
			return ResponseEntity.status(HttpStatus.SEE_OTHER).location(URI.create(back)).build();
		}
	}

	/** Carries a refusal over the next redirect. */
	public static void problem(RedirectAttributes flash, RuntimeException refusal) {
		flash.addFlashAttribute(PROBLEM, key(refusal));
		flash.addFlashAttribute(DETAIL, refusal.getMessage());
	}

	/** Shows a refusal on the page rendered now (a form shown again with what was typed). */
	public static void problem(Model model, RuntimeException refusal) {
		model.addAttribute(PROBLEM, key(refusal));
		model.addAttribute(DETAIL, refusal.getMessage());
	}

	/** Carries what was done over the next redirect. */
	public static void done(RedirectAttributes flash, String doneKey) {
		flash.addFlashAttribute(DONE, doneKey);
	}

	/** Carries what was done, naming one value in the message, over the next redirect. */
	public static void done(RedirectAttributes flash, String doneKey, Object argument) {
		flash.addFlashAttribute(DONE, doneKey);
		flash.addFlashAttribute(DONE_ARGUMENT, argument);
	}

	/** Shows what was done on the page rendered now. */
	public static void done(Model model, String doneKey) {
		model.addAttribute(DONE, doneKey);
	}

	/** The message key of a refusal: the field at fault, or the kind of refusal. */
	public static String key(RuntimeException refusal) {
		if (refusal instanceof InvalidInputException invalid && invalid.field() != null) {
			return invalid.field();
		}
		if (refusal instanceof ConflictException) {
			return "conflict";
		}
		if (refusal instanceof NotFoundException) {
			return "notFound";
		}
		return "invalid";
	}
}
