package org.lifeline.territory;

import java.util.List;
import java.util.Optional;

import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads and grows the territory tree. */
@Service
public class Territory {

	private final TerritoryRepository nodes;

	Territory(TerritoryRepository nodes) {
		this.nodes = nodes;
	}

	public TerritoryNode city() {
		return nodes.findCity().orElseThrow(() -> new NotFoundException("city", "(none loaded)"));
	}

	public Optional<TerritoryNode> findByCode(String code) {
		return code == null ? Optional.empty() : nodes.findByCode(code.trim());
	}

	public TerritoryNode byCode(String code) {
		return findByCode(code).orElseThrow(() -> new NotFoundException("territory node", code));
	}

	public Optional<TerritoryNode> findById(long id) {
		return nodes.findById(id);
	}

	public TerritoryNode byId(long id) {
		return findById(id).orElseThrow(() -> new NotFoundException("territory node", id));
	}

	public List<TerritoryNode> children(TerritoryNode node) {
		return nodes.findChildren(node.id());
	}

	/** How many nodes of a lower kind lie within a node (compounds in a street, buildings in a committee). */
	public long countWithin(TerritoryNode node, TerritoryKind kind) {
		return kind.ordinal() <= node.kind().ordinal() ? 0 : nodes.countWithin(node, kind);
	}

	/** The node's ancestors from the city down, the node itself last. */
	public List<TerritoryNode> lineage(TerritoryNode node) {
		return nodes.findLineage(node);
	}

	/** Compounds within the scope whose name or address starts with the text. */
	public List<TerritoryNode> findCompounds(String text, TerritoryScope scope, int limit) {
		return nodes.findCompounds(text, scope, limit);
	}

	/** The compound nearest to a point (within the scope). */
	public Optional<TerritoryNode> nearestCompound(double lat, double lon, TerritoryScope scope) {
		return nodes.findNearestCompound(lat, lon, scope);
	}

	/** Adds a node under its parent; the parent's kind decides the child's kind. */
	@Transactional
	public TerritoryNode add(NewTerritoryNode node) {
		if (nodes.findByCode(node.code()).isPresent()) {
			throw new InvalidInputException("code", "a territory node with code " + node.code() + " already exists",
					"problem.territory.codeTaken", node.code());
		}
		TerritoryNode parent = node.parentCode() == null ? null
				: findByCode(node.parentCode())
					.orElseThrow(() -> new InvalidInputException("parentCode", "unknown parent " + node.parentCode(),
					"problem.territory.unknownParent", node.parentCode()));
		node.checkPlacement(parent);
		return nodes.insert(node, parent);
	}

	/** The building of a compound with the given number, created when it does not exist yet. */
	@Transactional
	public TerritoryNode buildingOf(TerritoryNode compound, String buildingNumber) {
		String code = NewTerritoryNode.buildingCode(compound, buildingNumber);
		return nodes.findByCode(code)
			.orElseGet(() -> nodes.insert(NewTerritoryNode.building(compound, buildingNumber), compound));
	}

	/**
	 * Adds the buildings that do not exist yet, each under its compound, in one statement; a code already in use is
	 * left as it is. Answers how many were added.
	 */
	@Transactional
	public int addBuildings(List<NewBuilding> buildings) {
		return buildings.isEmpty() ? 0 : nodes.insertBuildings(buildings);
	}
}
