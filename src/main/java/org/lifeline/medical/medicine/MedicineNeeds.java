package org.lifeline.medical.medicine;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lifeline.residents.ResidentPatch;
import org.lifeline.residents.ResidentRegistry;
import org.lifeline.residents.ResidentView;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' long-term medicines as the committee keeps them: the names stay on the resident's medical profile
 * (changed through the resident registry, within the caller's scope), the quantity and note per run are kept here.
 */
@Service
class MedicineNeeds {

	static final int MAX_NAME = 100;

	static final int MAX_NOTE = 200;

	private final ResidentRegistry residents;

	private final JdbcClient jdbc;

	private final Clock clock;

	MedicineNeeds(ResidentRegistry residents, JdbcClient jdbc, Clock clock) {
		this.residents = residents;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional(readOnly = true)
	ResidentMedicines of(long residentId, TerritoryScope scope) {
		ResidentView resident = residents.byId(residentId, scope);
		return new ResidentMedicines(resident.id(), resident.name(), resident.buildingCode(), resident.room(),
				items(resident));
	}

	/** Residents of the scope on long-term medication, by building and room. */
	@Transactional(readOnly = true)
	List<ResidentMedicines> list(TerritoryScope scope, int limit) {
		Map<Long, ResidentMedicines> out = new LinkedHashMap<>();
		jdbc.sql("""
				select r.id, r.name, b.code as building, h.room, m.name as medicine, coalesce(n.quantity, 1) as quantity,
				       n.note
				from (select * from resident_facts r where r.long_term_medicines <> '{}' and %s
				      order by r.building_id, r.household_id, r.id limit :limit) r
				join household_place h on h.id = r.household_id
				join territory_placement b on b.id = r.building_id
				cross join lateral unnest(r.long_term_medicines) with ordinality as m(name, position)
				left join medicine_need n on n.resident_id = r.id and n.medicine = m.name
				order by b.code, h.room, r.id, m.position""".formatted(scope.condition("r")))
			.param("limit", limit)
			.query((rs, n) -> {
				ResidentMedicines resident = out.computeIfAbsent(rs.getLong("id"), id -> new ResidentMedicines(id,
						unchecked(rs, "name"), unchecked(rs, "building"), unchecked(rs, "room"), new ArrayList<>()));
				resident.medicines().add(new MedicineItem(rs.getString("medicine"), rs.getInt("quantity"),
						rs.getString("note")));
				return 1;
			})
			.list();
		return List.copyOf(out.values());
	}

	/** Replaces a resident's long-term medicines with their quantity and note per run. */
	@Transactional
	ResidentMedicines change(long residentId, List<MedicineItem> medicines, TerritoryScope scope, String actor) {
		List<MedicineItem> items = check(medicines);
		List<String> names = items.stream().map(MedicineItem::name).toList();
		residents.change(residentId, ResidentPatch.of(Map.of("medicalProfile", Map.of("longTermMedicines", names))),
				scope);
		jdbc.sql("delete from medicine_need where resident_id = ?").param(residentId).update();
		Timestamp now = Timestamp.from(clock.instant());
		for (MedicineItem item : items) {
			jdbc.sql("""
					insert into medicine_need (resident_id, medicine, quantity, note, updated_at, updated_by)
					values (?, ?, ?, ?, ?, ?)""")
				.params(residentId, item.name(), item.quantity(), item.note(), now, actor)
				.update();
		}
		return of(residentId, scope);
	}

	private List<MedicineItem> items(ResidentView resident) {
		Map<String, MedicineItem> kept = new LinkedHashMap<>();
		jdbc.sql("select medicine, quantity, note from medicine_need where resident_id = ?")
			.param(resident.id())
			.query((rs, n) -> kept.put(rs.getString("medicine"),
					new MedicineItem(rs.getString("medicine"), rs.getInt("quantity"), rs.getString("note"))))
			.list();
		return resident.medicalProfile()
			.longTermMedicines()
			.stream()
			.map(name -> kept.getOrDefault(name, new MedicineItem(name, 1, null)))
			.toList();
	}

	static List<MedicineItem> check(List<MedicineItem> medicines) {
		if (medicines == null) {
			throw new InvalidInputException("medicines", "medicines is required (an empty list stops the runs)",
					"problem.medical.medicines");
		}
		Set<String> seen = new HashSet<>();
		List<MedicineItem> out = new ArrayList<>();
		for (int i = 0; i < medicines.size(); i++) {
			MedicineItem item = medicines.get(i);
			String field = "medicines[" + i + "]";
			if (item == null || item.name() == null || item.name().isBlank()) {
				throw new InvalidInputException(field + ".name", "every medicine needs a name",
						"problem.medical.medicineName");
			}
			String name = item.name().trim();
			if (name.length() > MAX_NAME) {
				throw new InvalidInputException(field + ".name", "a medicine name is at most " + MAX_NAME + " characters",
						"problem.medical.medicineNameLength", String.valueOf(MAX_NAME));
			}
			if (!seen.add(name)) {
				throw new InvalidInputException(field + ".name", name + " is listed twice", "problem.medical.listedTwice",
						name);
			}
			int quantity = item.quantity() == null ? 1 : item.quantity();
			if (quantity < 1 || quantity > 99) {
				throw new InvalidInputException(field + ".quantity", "quantity must be between 1 and 99, was " + quantity,
						"problem.medical.quantity", String.valueOf(quantity));
			}
			String note = item.note() == null || item.note().isBlank() ? null : item.note().trim();
			if (note != null && note.length() > MAX_NOTE) {
				throw new InvalidInputException(field + ".note", "a note is at most " + MAX_NOTE + " characters",
						"problem.medical.medicineNote", String.valueOf(MAX_NOTE));
			}
			out.add(new MedicineItem(name, quantity, note));
		}
		return out;
	}

	private static String unchecked(java.sql.ResultSet rs, String column) {
		try {
			return rs.getString(column);
		}
		catch (java.sql.SQLException e) {
			throw new IllegalStateException(e);
		}
	}
}
