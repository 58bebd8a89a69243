package org.lifeline.territory;

import java.util.List;

import org.lifeline.shared.NotFoundException;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/territory")
class TerritoryApi {

	private final Territory territory;

	private final CurrentScope scope;

	TerritoryApi(Territory territory, CurrentScope scope) {
		this.territory = territory;
		this.scope = scope;
	}

	/** The top of what the caller sees: the city for city users, their own node for others. */
	@GetMapping
	NodeView top() {
		TerritoryScope own = scope.scope();
		return view(own.isEverything() ? territory.city() : territory.byId(singleNode(own)));
	}

	@GetMapping("/{code}")
	NodeView node(@PathVariable String code) {
		return view(territory.byCode(scope.within(code).code()));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@PreAuthorize("hasAnyRole('DISTRICT_COMMAND', 'CITY_COMMAND', 'ADMINISTRATOR')")
	NodeView add(@RequestBody NewTerritoryNode node) {
		if (node.parentCode() != null) {
			scope.within(node.parentCode());
		}
		else if (!scope.scope().isEverything()) {
			throw new NotFoundException("territory node", "(city)");
		}
		return view(territory.add(node));
	}

	private static long singleNode(TerritoryScope own) {
		if (own.ids().size() != 1 || own.level() == TerritoryScope.Level.HOUSEHOLD) {
			throw new NotFoundException("territory node", "(none bound to this user)");
		}
		return own.nodeId();
	}

	private NodeView view(TerritoryNode node) {
		String parentCode = node.parentId() == null ? null : territory.byId(node.parentId()).code();
		List<ChildView> children = territory.children(node)
			.stream()
			.map(c -> new ChildView(c.code(), c.kind(), c.name()))
			.toList();
		return new NodeView(node.code(), node.kind(), node.name(), parentCode, node.address(), node.lat(), node.lon(),
				children);
	}

	record NodeView(String code, TerritoryKind kind, String name, String parentCode, String address, Double lat,
			Double lon, List<ChildView> children) {
	}

	record ChildView(String code, TerritoryKind kind, String name) {
	}
}
