package org.lifeline.volunteers;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.identity.Role;
import org.lifeline.shared.ConflictException;
import org.lifeline.shared.EnumInput;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryKind;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The committee's volunteer register: registers a volunteer with the buildings they serve and lead (one building
 * leader per building), their shifts and their own tests, and tells which buildings have nobody on shift.
 */
@Service
public class VolunteerRegister {

	private final VolunteerRepository volunteers;

	private final Territory territory;

	private final JdbcClient jdbc;

	private final Clock clock;

	VolunteerRegister(VolunteerRepository volunteers, Territory territory, JdbcClient jdbc, Clock clock) {
		this.volunteers = volunteers;
		this.territory = territory;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Registers a volunteer of the committee the buildings belong to; answers the volunteer's id. */
	@Transactional
	public long register(NewVolunteer volunteer, TerritoryScope scope, String actor) {
		require(volunteer.name(), "name", 60);
		require(volunteer.phone(), "phone", 20);
		if (!volunteer.phone().trim().matches("[0-9+\\- ]{3,20}")) {
			throw new InvalidInputException("phone", "phone must be digits", "problem.volunteers.phone");
		}
		if (volunteer.buildings().isEmpty()) {
			throw new InvalidInputException("buildings", "a volunteer serves at least one building",
					"problem.volunteers.noBuilding");
		}
		volunteer.skills().forEach(s -> EnumInput.required(Skill.class, "skills", s));
		Map<String, TerritoryNode> buildings = new LinkedHashMap<>();
		for (String code : volunteer.buildings()) {
			TerritoryNode building = territory.findByCode(code == null ? "" : code.trim())
				.filter(n -> n.kind() == TerritoryKind.BUILDING && scope.contains(n))
				.orElseThrow(() -> new NotFoundException("building", code));
			buildings.put(building.code(), building);
		}
		if (buildings.values().stream().map(TerritoryNode::committeeId).distinct().count() > 1) {
			throw new InvalidInputException("buildings", "a volunteer serves buildings of one committee",
					"problem.volunteers.oneCommittee");
		}
		for (String lead : volunteer.leaderOf()) {
			if (!buildings.containsKey(lead)) {
				throw new InvalidInputException("leaderOf", "building " + lead + " is led only by one who serves it",
						"problem.volunteers.leaderServes", lead);
			}
		}
		TerritoryNode first = buildings.values().iterator().next();
		Long userId = account(volunteer.username());
		try {
			long id = volunteers.insert(first.districtId(), first.streetId(), first.committeeId(), userId, volunteer, actor);
			buildings.values().forEach(b -> volunteers.serve(id, b.id(), volunteer.leaderOf().contains(b.code())));
			return id;
		}
		catch (DuplicateKeyException e) {
			throw duplicate(e);
		}
	}

	private Long account(String username) {
		if (username == null || username.isBlank()) {
			return null;
		}
		return jdbc.sql("select id from account_directory where username = :u and role = :role and enabled")
			.param("u", username.trim())
			.param("role", Role.VOLUNTEER.name())
			.query(Long.class)
			.optional()
			.orElseThrow(() -> new InvalidInputException("username",
					"no active volunteer account '" + username + "'", "problem.volunteers.noAccount", username));
	}

	private static ConflictException duplicate(DuplicateKeyException e) {
		String text = String.valueOf(e.getMostSpecificCause().getMessage());
		if (text.contains("leader")) {
			return new ConflictException("a building has one building leader, and one of these buildings has one already",
					"problem.volunteers.leaderTaken");
		}
		if (text.contains("user_id")) {
			return new ConflictException("that account is registered as a volunteer already",
					"problem.volunteers.accountTaken");
		}
		return new ConflictException("a volunteer with this phone is registered with the committee already",
				"problem.volunteers.phoneTaken");
	}

	/** Puts the volunteer on shift on a day. */
	@Transactional
	public void shift(long volunteerId, LocalDate day, LocalTime starts, LocalTime ends, TerritoryScope scope) {
		volunteers.committeeOf(volunteerId, scope).orElseThrow(() -> new NotFoundException("volunteer", volunteerId));
		if (day == null) {
			throw InvalidInputException.required("day");
		}
		if (starts == null || ends == null || !starts.isBefore(ends)) {
			throw new InvalidInputException("ends", "a shift starts before it ends", "problem.volunteers.shiftEnds");
		}
		volunteers.shift(volunteerId, day, starts, ends);
	}

	/** Records one of the volunteer's own tests (PCR or ANTIGEN, NEGATIVE or POSITIVE). */
	@Transactional
	public void test(long volunteerId, String kind, String result, Instant takenAt, TerritoryScope scope, String actor) {
		volunteers.committeeOf(volunteerId, scope).orElseThrow(() -> new NotFoundException("volunteer", volunteerId));
		String k = EnumInput.required(TestKind.class, "kind", kind).name();
		String r = EnumInput.required(TestResult.class, "result", result).name();
		Instant at = takenAt == null ? clock.instant() : takenAt;
		if (at.isAfter(clock.instant().plusSeconds(300))) {
			throw new InvalidInputException("takenAt", "a test is recorded once taken, not ahead",
					"problem.volunteers.testAhead");
		}
		volunteers.test(volunteerId, k, at, r, actor);
	}

	/** The register within the scope, with today's shift and test standing of each volunteer. */
	@Transactional(readOnly = true)
	public List<VolunteerView> within(TerritoryScope scope) {
		Instant now = clock.instant();
		return volunteers.within(scope, LocalDate.now(clock))
			.stream()
			.map(r -> new VolunteerView(r.id(), r.name(), r.phone(), r.userId(), r.buildings(), r.leaderOf(), r.skills(),
					r.onShift(), testValid(r.id(), now)))
			.toList();
	}

	/** The committee's buildings with no volunteer on shift on the day. */
	@Transactional(readOnly = true)
	public List<String> buildingsWithoutVolunteer(TerritoryNode committee, LocalDate day) {
		if (committee.kind() != TerritoryKind.COMMITTEE) {
			throw new InvalidInputException("territory", "buildings without a volunteer are listed per committee",
					"problem.volunteers.perCommittee");
		}
		return volunteers.buildingsWithoutVolunteer(committee.id(), day);
	}

	boolean testValid(long volunteerId, Instant now) {
		TestValidity rule = TestValidity.MAY_2022;
		return rule.validAt(now, volunteers.testsSince(volunteerId, now.minus(rule.pcrWithin())));
	}

	private static void require(String text, String field, int max) {
		if (text == null || text.isBlank()) {
			throw InvalidInputException.required(field);
		}
		if (text.trim().length() > max) {
			throw InvalidInputException.tooLong(field, max);
		}
	}

	enum TestKind {
		PCR, ANTIGEN
	}

	enum TestResult {
		NEGATIVE, POSITIVE
	}
}
