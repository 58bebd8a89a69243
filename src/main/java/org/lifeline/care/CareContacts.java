package org.lifeline.care;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;

import org.lifeline.care.CareRoster.Followed;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.territory.TerritoryScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Gives a tagged resident their one-to-one contact (结对): an account (committee staff or a volunteer, who then
 * sees the check-in in their own list) or a named person with a phone (family doctor, relative).
 */
@Service
public class CareContacts {

	private final CareRoster roster;

	private final JdbcClient jdbc;

	private final Clock clock;

	CareContacts(CareRoster roster, JdbcClient jdbc, Clock clock) {
		this.roster = roster;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Transactional
	public Contact set(long residentId, ContactForm form, TerritoryScope scope, String actor) {
		Followed resident = roster.followed(residentId, scope);
		Long userId = null;
		String name = blankToNull(form.name());
		if (blankToNull(form.contactUsername()) != null) {
			Account account = account(form.contactUsername().trim()).orElseThrow(() -> new InvalidInputException(
					"contactUsername", "no active account '" + form.contactUsername().trim() + "'", "problem.care.noAccount",
					form.contactUsername().trim()));
			userId = account.id();
			name = name == null ? account.displayName() : name;
		}
		String phone = blankToNull(form.phone());
		if (userId == null && phone == null) {
			throw new InvalidInputException("contactUsername", "a contact needs an account (contactUsername) or a phone",
					"problem.care.contactReach");
		}
		if (name == null) {
			throw new InvalidInputException("name", "name is required for a contact without an account",
					"problem.care.contactName");
		}
		if (phone != null && !phone.matches("[0-9+\\- ]{3,20}")) {
			throw new InvalidInputException("phone", "phone must be digits, 3 to 20 long", "problem.care.phone");
		}
		if (name.length() > 60) {
			throw InvalidInputException.tooLong("name", 60);
		}
		jdbc.sql("""
				insert into care_contact (resident_id, district_id, committee_id, contact_user_id, name, phone, updated_by, updated_at)
				values (:resident, :district, :committee, :user, :name, :phone, :actor, now())
				on conflict (resident_id) do update set contact_user_id = excluded.contact_user_id, name = excluded.name,
				    phone = excluded.phone, updated_by = excluded.updated_by, updated_at = excluded.updated_at
				""")
			.param("resident", residentId)
			.param("district", resident.districtId())
			.param("committee", resident.committeeId())
			.param("user", userId, java.sql.Types.BIGINT)
			.param("name", name)
			.param("phone", phone)
			.param("actor", actor)
			.update();
		jdbc.sql("update care_day set contact_user_id = :user where resident_id = :resident and day >= :today")
			.param("user", userId, java.sql.Types.BIGINT)
			.param("resident", residentId)
			.param("today", LocalDate.now(clock))
			.update();
		return new Contact(residentId, userId, name, phone);
	}

	private Optional<Account> account(String username) {
		return jdbc.sql("select id, display_name from account_directory where username = :u and enabled")
			.param("u", username)
			.query((rs, n) -> new Account(rs.getLong(1), rs.getString(2)))
			.optional();
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}

	record Account(long id, String displayName) {
	}

	/** What the API and the pages send: an account's username, or a name and phone. */
	public record ContactForm(String contactUsername, String name, String phone) {
	}

	/** A resident's contact as stored. */
	public record Contact(long residentId, Long contactUserId, String name, String phone) {
	}
}
