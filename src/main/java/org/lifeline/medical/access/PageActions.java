package org.lifeline.medical.access;

import java.util.function.Supplier;

import org.lifeline.shared.web.PageOutcome;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** One page action of medical access: run it, report its outcome, and go back to a local page. */
public final class PageActions {

	private PageActions() {
	}

	public static String act(RedirectAttributes redirect, String back, String done, Supplier<?> action) {
		return PageOutcome.run(redirect, done, safe(back), action::get);
	}

	/** Only local paths: a step never sends the browser elsewhere. */
	static String safe(String back) {
		return back != null && back.startsWith("/") && !back.startsWith("//") ? back : "/";
	}
}
