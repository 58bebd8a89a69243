package org.lifeline.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lifeline.shared.personal.Disclosure;
import org.lifeline.shared.personal.PersonalDataMasking;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;

/**
 * Sets what personal data the caller's role sees unmasked at the start of each request, and masks the records a
 * page renders the same way the JSON answers are masked.
 */
@Component
class DisclosureInterceptor implements HandlerInterceptor {

	private final CurrentUser currentUser;

	DisclosureInterceptor(CurrentUser currentUser) {
		this.currentUser = currentUser;
	}

	@Override
	public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
		currentUser.get().ifPresent(user -> Disclosure.allow(user.role().unmasked()));
		return true;
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView view) {
		if (view != null) {
			view.getModel().replaceAll((name, value) -> PersonalDataMasking.mask(value));
		}
	}
}
