package org.lifeline.residents;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.lifeline.shared.PageRequest;
import org.lifeline.shared.PageResult;
import org.lifeline.territory.Placement;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

@Repository
class ResidentRepository {

	private static final String VIEW = """
			select r.id, r.name, r.id_type, r.id_number, r.phone, r.birth_date, r.sex, r.household_id, r.tags,
			       r.dialysis_hospital_code, r.oncology_hospital_code, r.pregnancy_due_date, r.long_term_medicines,
			       h.room, b.code as building_code, b.name as building_name, c.code as compound_code,
			       c.name as compound_name, c.address as compound_address, cm.code as committee_code,
			       r.district_id, r.street_id, r.committee_id, r.compound_id, r.building_id
			from resident r
			join household h on h.id = r.household_id
			join territory_placement b on b.id = r.building_id
			join territory_placement c on c.id = r.compound_id
			join territory_placement cm on cm.id = r.committee_id
			""";

	private final JdbcClient jdbc;

	ResidentRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	Optional<ResidentView> find(long id, TerritoryScope scope) {
		return jdbc.sql(VIEW + " where r.id = :id and " + scope.condition("r"))
			.param("id", id)
			.param("scopeId", scope.nodeId())
			.query(ResidentRepository::map)
			.optional();
	}

	/** The residents with these ids, each with where it lives, for a caller that checks scopes itself. */
	Map<Long, PlacedResident> findAll(Collection<Long> ids) {
		Map<Long, PlacedResident> found = new HashMap<>();
		jdbc.sql(VIEW + " where r.id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, n) -> found.put(rs.getLong("id"), new PlacedResident(map(rs, n), new Placement(
					rs.getLong("district_id"), rs.getLong("street_id"), rs.getLong("committee_id"),
					rs.getLong("compound_id"), rs.getLong("building_id"), rs.getLong("household_id")))))
			.list();
		return found;
	}

	/** Where each of these residents lives, read from the resident rows alone (no joins), by resident id. */
	Map<Long, Placement> placements(Collection<Long> ids) {
		Map<Long, Placement> found = new HashMap<>();
		jdbc.sql("select id, district_id, street_id, committee_id, compound_id, building_id, household_id "
				+ "from resident where id = any(:ids)")
			.param("ids", ids.toArray(Long[]::new))
			.query((rs, n) -> found.put(rs.getLong(1), new Placement(rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7))))
			.list();
		return found;
	}

	/** How many residents each node at the level (a column of the resident row) within the scope holds, by id. */
	Map<Long, Long> countPer(TerritoryScope scope, TerritoryScope.Level level) {
		Map<Long, Long> counts = new HashMap<>();
		jdbc.sql("select r." + level.column() + ", count(*) from resident r where " + scope.condition("r") + " group by 1")
			.query((rs, n) -> counts.put(rs.getLong(1), rs.getLong(2)))
			.list();
		return counts;
	}

	/** Residents within the scope carrying any of the tags, with where they live, by resident id. */
	Map<Long, Placement> taggedWithAny(TerritoryScope scope, Collection<VulnerabilityTag> tags) {
		Map<Long, Placement> found = new HashMap<>();
		jdbc.sql("select r.id, r.district_id, r.street_id, r.committee_id, r.compound_id, r.building_id, r.household_id "
				+ "from resident r where r.tags && :tags::text[] and " + scope.condition("r"))
			.param("tags", tags.stream().map(Enum::name).toArray(String[]::new))
			.query((rs, n) -> found.put(rs.getLong(1), new Placement(rs.getLong(2), rs.getLong(3), rs.getLong(4),
					rs.getLong(5), rs.getLong(6), rs.getLong(7))))
			.list();
		return found;
	}

	PageResult<ResidentView> search(ResidentQuery query, VulnerabilityTag tag, TerritoryScope scope, PageRequest page) {
		String where = " where " + scope.condition("r") + " and " + query.condition()
				+ (tag == null ? "" : " and r.tags @> array['" + tag.name() + "']::text[]");
		List<ResidentView> items = jdbc.sql(VIEW + where + " order by r.id limit :limit offset :offset")
			.param("scopeId", scope.nodeId())
			.param("q", query.parameter())
			.param("limit", page.size())
			.param("offset", page.offset())
			.query(ResidentRepository::map)
			.list();
		long total = items.size() < page.size() && page.page() == 0 ? items.size()
				: jdbc.sql("select count(*) from resident r" + where)
					.param("scopeId", scope.nodeId())
					.param("q", query.parameter())
					.query(Long.class)
					.single();
		return new PageResult<>(items, total);
	}

	/** The residents within the scope whose household's room is the one given (a committee's few thousand). */
	List<ResidentView> inRoom(String room, TerritoryScope scope, int limit) {
		return jdbc.sql(VIEW + " where " + scope.condition("r") + " and h.room = :room order by r.id limit :limit")
			.param("room", room)
			.param("limit", limit)
			.query(ResidentRepository::map)
			.list();
	}

	long count(TerritoryScope scope) {
		return jdbc.sql("select count(*) from resident r where " + scope.condition("r")).query(Long.class).single();
	}

	long countTagged(TerritoryScope scope) {
		return jdbc.sql("select count(*) from resident r where r.tags <> '{}' and " + scope.condition("r"))
			.query(Long.class)
			.single();
	}

	Map<VulnerabilityTag, Long> countByTag(TerritoryScope scope) {
		Map<VulnerabilityTag, Long> counts = new EnumMap<>(VulnerabilityTag.class);
		jdbc.sql("select t.tag, count(*) from resident r cross join unnest(r.tags) as t(tag) where r.tags <> '{}' and "
				+ scope.condition("r") + " group by t.tag")
			.query((rs, n) -> counts.put(VulnerabilityTag.valueOf(rs.getString(1)), rs.getLong(2)))
			.list();
		return counts;
	}

	List<ResidentView> inHousehold(long householdId, TerritoryScope scope) {
		return jdbc.sql(VIEW + " where r.household_id = :household and " + scope.condition("r") + " order by r.birth_date")
			.param("household", householdId)
			.param("scopeId", scope.nodeId())
			.query(ResidentRepository::map)
			.list();
	}

	Long districtOf(long id) {
		return jdbc.sql("select district_id from resident where id = ?").param(id).query(Long.class).optional().orElse(null);
	}

	boolean documentTaken(IdDocumentType type, String number, Long exceptId) {
		return jdbc.sql("select exists (select 1 from resident where id_type = ? and id_number = ? and id <> ?)")
			.params(type.name(), number, exceptId == null ? -1L : exceptId)
			.query(Boolean.class)
			.single();
	}

	long insert(HouseholdRef household, NewResident resident) {
		return jdbc.sql("""
				insert into resident (household_id, building_id, compound_id, committee_id, street_id, district_id,
				    name, id_type, id_number, phone, birth_date, sex, tags, dialysis_hospital_code,
				    oncology_hospital_code, pregnancy_due_date, long_term_medicines)
				values (:household, :building, :compound, :committee, :street, :district, :name, :idType, :idNumber,
				    :phone, :birthDate, :sex, string_to_array(:tags, ','), :dialysis, :oncology, :due,
				    string_to_array(:medicines, chr(31)))
				returning id""")
			.param("household", household.id())
			.param("building", household.buildingId())
			.param("compound", household.compoundId())
			.param("committee", household.committeeId())
			.param("street", household.streetId())
			.param("district", household.districtId())
			.param("name", resident.name())
			.param("idType", resident.idType().name())
			.param("idNumber", resident.idNumber())
			.param("phone", resident.phone())
			.param("birthDate", resident.birthDate())
			.param("sex", resident.sex().name())
			.param("tags", String.join(",", resident.tags().stream().map(Enum::name).sorted().toList()))
			.param("dialysis", resident.medicalProfile().dialysisHospitalCode())
			.param("oncology", resident.medicalProfile().oncologyHospitalCode())
			.param("due", resident.medicalProfile().pregnancyDueDate())
			.param("medicines", String.join("\u001f", resident.medicalProfile().longTermMedicines()))
			.query(Long.class)
			.single();
	}

	void update(long id, ResidentChanges changed) {
		jdbc.sql("""
				update resident set name = :name, phone = :phone, id_type = :idType, id_number = :idNumber,
				    birth_date = :birthDate, sex = :sex, tags = string_to_array(:tags, ','),
				    dialysis_hospital_code = :dialysis, oncology_hospital_code = :oncology,
				    pregnancy_due_date = :due, long_term_medicines = string_to_array(:medicines, chr(31)),
				    updated_at = now()
				where id = :id""")
			.param("id", id)
			.param("name", changed.name())
			.param("phone", changed.phone())
			.param("idType", changed.idType().name())
			.param("idNumber", changed.idNumber())
			.param("birthDate", changed.birthDate())
			.param("sex", changed.sex().name())
			.param("tags", String.join(",", changed.tags().stream().map(Enum::name).sorted().toList()))
			.param("dialysis", changed.medicalProfile().dialysisHospitalCode())
			.param("oncology", changed.medicalProfile().oncologyHospitalCode())
			.param("due", changed.medicalProfile().pregnancyDueDate())
			.param("medicines", String.join("\u001f", changed.medicalProfile().longTermMedicines()))
			.update();
	}

	static ResidentView map(ResultSet rs, int row) throws SQLException {
		String address = Addresses.of(rs.getString("compound_address"), rs.getString("compound_name"),
				rs.getString("building_name"), rs.getString("room"));
		MedicalProfile profile = new MedicalProfile(rs.getString("dialysis_hospital_code"),
				rs.getString("oncology_hospital_code"), rs.getObject("pregnancy_due_date", LocalDate.class),
				strings(rs.getArray("long_term_medicines")));
		return new ResidentView(rs.getLong("id"), rs.getString("name"), IdDocumentType.valueOf(rs.getString("id_type")),
				rs.getString("id_number"), rs.getString("phone"), rs.getObject("birth_date", LocalDate.class),
				Sex.valueOf(rs.getString("sex")), rs.getLong("household_id"), rs.getString("room"),
				rs.getString("building_code"), rs.getString("compound_code"), rs.getString("compound_name"),
				rs.getString("committee_code"), address,
				strings(rs.getArray("tags")).stream().map(VulnerabilityTag::valueOf).toList(), profile);
	}

	static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	/** A resident with where it lives, to check a caller's scope against. */
	record PlacedResident(ResidentView view, Placement place) {
	}
}
