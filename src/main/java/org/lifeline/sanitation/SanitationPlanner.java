package org.lifeline.sanitation;

import java.time.LocalDate;

import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Plans a day of sanitation work within a scope, set-based and once however often it runs: key points for
 * buildings that have none yet, the disinfection rounds of each building by its compound's zone, and the door
 * pickups of sealed buildings.
 */
@Service
public class SanitationPlanner {

	private final DisinfectionPoints points;

	private final DisinfectionTasks disinfection;

	private final GarbagePickups pickups;

	SanitationPlanner(DisinfectionPoints points, DisinfectionTasks disinfection, GarbagePickups pickups) {
		this.points = points;
		this.disinfection = disinfection;
		this.pickups = pickups;
	}

	@Transactional
	public Plan plan(LocalDate day, TerritoryScope scope) {
		int added = points.generate(scope);
		return new Plan(added, disinfection.plan(day, scope), pickups.plan(day, scope));
	}

	/** What a plan added: key points, disinfection rounds and door pickups. */
	public record Plan(int points, int disinfectionRounds, int pickups) {
	}
}
