package org.lifeline.medical.routing;

import java.util.List;

import org.lifeline.medical.HospitalKind;
import org.lifeline.medical.Need;
import org.lifeline.medical.access.MedicalCaller;
import org.lifeline.medical.access.MedicalPolicy;
import org.lifeline.medical.filing.MedicalRequestForm;
import org.lifeline.medical.filing.MedicalRequestView;
import org.lifeline.medical.filing.MedicalRequests;
import org.lifeline.shared.EnumInput;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.PageResult;
import org.lifeline.zones.Zone;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Medical requests and the routing rules they are answered by. */
@RestController
@RequestMapping("/api/v1/medical")
class MedicalApi {

	private final MedicalRequests requests;

	private final RoutingRules rules;

	private final MedicalCaller caller;

	MedicalApi(MedicalRequests requests, RoutingRules rules, MedicalCaller caller) {
		this.requests = requests;
		this.rules = rules;
		this.caller = caller;
	}

	@PostMapping("/requests")
	@PreAuthorize(MedicalPolicy.FILERS)
	@ResponseStatus(HttpStatus.CREATED)
	MedicalRequestView file(@RequestBody MedicalRequestForm form) {
		return requests.file(form, caller.channel(), caller.scope(), caller.actor());
	}

	/** The rules in evaluation order for the caller's district (its own first), or the city defaults. */
	@GetMapping("/routing-rules")
	@PreAuthorize(MedicalPolicy.FILERS)
	PageResult<RoutingRule> rules() {
		List<RoutingRule> items = rules.rules(caller.ruleDistrict());
		return new PageResult<>(items, items.size());
	}

	@PostMapping("/routing-rules")
	@PreAuthorize(MedicalPolicy.RULE_KEEPERS)
	@ResponseStatus(HttpStatus.CREATED)
	RoutingRule add(@RequestBody RuleForm form) {
		return rules.add(form.rule(), caller.ruleDistrict(), caller.actor());
	}

	@PutMapping("/routing-rules/{id}")
	@PreAuthorize(MedicalPolicy.RULE_KEEPERS)
	RoutingRule change(@PathVariable long id, @RequestBody RuleForm form) {
		return rules.change(id, form.rule(), caller.ruleDistrict(), caller.actor());
	}

	@DeleteMapping("/routing-rules/{id}")
	@PreAuthorize(MedicalPolicy.RULE_KEEPERS)
	@ResponseStatus(HttpStatus.NO_CONTENT)
	void remove(@PathVariable long id) {
		rules.remove(id, caller.ruleDistrict());
	}

	/** A routing rule as written: enum fields by name, null for any. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "RoutingRuleForm")
	record RuleForm(Integer rank, String need, Boolean critical, String zone, String condition, String mode,
			String destination, String hospitalKind, String label) {

		RoutingRule rule() {
			if (rank == null) {
				throw new InvalidInputException("rank", "rank is required (lower ranks are tried first)",
						"problem.medical.ruleRank");
			}
			return new RoutingRule(null, null, rank, EnumInput.parse(Need.class, "need", need), critical,
					EnumInput.parse(Zone.class, "zone", zone),
					EnumInput.parse(ProfileCondition.class, "condition", condition),
					EnumInput.parse(CareMode.class, "mode", mode),
					EnumInput.parse(DestinationSelector.class, "destination", destination),
					EnumInput.parse(HospitalKind.class, "hospitalKind", hospitalKind), label == null ? null : label.trim());
		}
	}
}
