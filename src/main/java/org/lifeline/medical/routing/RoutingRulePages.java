package org.lifeline.medical.routing;

import org.lifeline.medical.access.MedicalCaller;
import org.lifeline.medical.access.MedicalPolicy;
import org.lifeline.medical.access.PageActions;
import org.lifeline.shared.web.PageController;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** District command adds and removes its district's routing rules from the hospitals page. */
@PageController
class RoutingRulePages {

	private final RoutingRules rules;

	private final MedicalCaller caller;

	RoutingRulePages(RoutingRules rules, MedicalCaller caller) {
		this.rules = rules;
		this.caller = caller;
	}

	@PostMapping("/hospitals/rules")
	@PreAuthorize(MedicalPolicy.RULE_KEEPERS)
	String add(@ModelAttribute MedicalApi.RuleForm form, RedirectAttributes redirect) {
		return PageActions.act(redirect, "/hospitals", "ruleAdded",
				() -> rules.add(form.rule(), caller.ruleDistrict(), caller.actor()));
	}

	@PostMapping("/hospitals/rules/{id}/remove")
	@PreAuthorize(MedicalPolicy.RULE_KEEPERS)
	String remove(@PathVariable long id, RedirectAttributes redirect) {
		return PageActions.act(redirect, "/hospitals", "ruleRemoved", () -> {
			rules.remove(id, caller.ruleDistrict());
			return id;
		});
	}
}
