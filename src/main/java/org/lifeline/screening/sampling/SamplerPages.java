package org.lifeline.screening.sampling;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.lifeline.identity.CurrentUser;
import org.lifeline.shared.web.PageController;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The sampler's phone page: pick the round, scan the tube, scan up to pool-size codes, close the tube. The page
 * (sampler.js) keeps closed tubes in the phone's storage and sends them one call per tube, each with its own scan
 * id, retrying with backoff while the server is busy or unreachable.
 */
@PageController
class SamplerPages {

	static final String TUBES = "/screening/sample/rounds/{id}/tubes";

	private final JdbcClient jdbc;

	private final CurrentUser user;

	private final Clock clock;

	SamplerPages(JdbcClient jdbc, CurrentUser user, Clock clock) {
		this.jdbc = jdbc;
		this.user = user;
		this.clock = clock;
	}

	@GetMapping("/screening/sample")
	@PreAuthorize("hasAnyRole('SAMPLER', 'COMMITTEE_STAFF', 'STREET_TASK_FORCE', 'DISTRICT_COMMAND', 'ADMINISTRATOR')")
	String sample(Model model) {
		model.addAttribute("rounds", rounds(LocalDate.now(clock), user.scope()));
		model.addAttribute("username", user.actor());
		return "screening/sampling/sample";
	}

	/** Rounds from yesterday to tomorrow with a compound in the scope, with their largest pool. */
	private List<SamplingRound> rounds(LocalDate today, TerritoryScope scope) {
		return jdbc.sql("select r.id, r.round_date, max(u.pool_size), count(*) from screening_round r "
				+ "join screening_round_unit u on u.round_id = r.id where r.round_date between ? and ? and "
				+ scope.condition("u", "compound_id") + " group by r.id order by r.round_date desc, r.id desc")
			.params(today.minusDays(1), today.plusDays(1))
			.query((rs, n) -> new SamplingRound(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getInt(3), rs.getInt(4)))
			.list();
	}

	/** A round the sampler may scan for. */
	record SamplingRound(long id, LocalDate date, int largestPool, int compounds) {
	}
}
