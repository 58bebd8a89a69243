package org.lifeline.cases;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.lifeline.residents.ResidentLookup;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads cases within a scope: the list (newest first, by status) and one case with its lifecycle. */
@Service
public class CaseQueries {

	private final JdbcClient jdbc;

	private final CaseRepository cases;

	private final ResidentRegistry residents;

	CaseQueries(JdbcClient jdbc, CaseRepository cases, ResidentRegistry residents) {
		this.jdbc = jdbc;
		this.cases = cases;
		this.residents = residents;
	}

	/** The scope's cases, newest first, of one status when given; at most {@code limit}. */
	@Transactional(readOnly = true)
	public List<CaseView> list(CaseStatus status, TerritoryScope scope, int limit) {
		List<PositiveCase> found = jdbc
			.sql("select " + CaseRepository.COLUMNS + " from positive_case c where " + scope.condition("c")
					+ (status == null ? "" : " and c.status = :status") + " order by c.reported_at desc, c.id desc limit :limit")
			.param("status", status == null ? null : status.name())
			.param("limit", limit)
			.query(CaseRepository::map)
			.list();
		Map<Long, String> names = names(found, scope);
		return found.stream().map(c -> CaseView.of(c, names.get(c.residentId()), List.of())).toList();
	}

	/** One case with its steps; unknown or outside the scope answers the same 404. */
	@Transactional(readOnly = true)
	public CaseView byId(long id, TerritoryScope scope) {
		PositiveCase c = jdbc.sql("select " + CaseRepository.COLUMNS + " from positive_case c where c.id = ? and "
				+ scope.condition("c"))
			.param(id)
			.query(CaseRepository::map)
			.optional()
			.orElseThrow(() -> new NotFoundException("case", id));
		return CaseView.of(c, names(List.of(c), scope).get(c.residentId()), cases.steps(id));
	}

	private Map<Long, String> names(List<PositiveCase> found, TerritoryScope scope) {
		List<Long> ids = found.stream().map(PositiveCase::residentId).distinct().toList();
		List<Optional<ResidentView>> people = residents
			.byIds(ids.stream().map(id -> new ResidentLookup(id, TerritoryScope.everything())).toList());
		return people.stream()
			.flatMap(Optional::stream)
			.collect(Collectors.toMap(ResidentView::id, ResidentView::name, (a, b) -> a));
	}
}
