package org.lifeline.territory;

import java.util.List;

import org.springframework.http.HttpStatus;
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

	TerritoryApi(Territory territory) {
		this.territory = territory;
	}

	@GetMapping
	NodeView city() {
		return view(territory.city());
	}

	@GetMapping("/{code}")
	NodeView node(@PathVariable String code) {
		return view(territory.byCode(code));
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	NodeView add(@RequestBody NewTerritoryNode node) {
		return view(territory.add(node));
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
