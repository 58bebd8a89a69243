package org.lifeline.identity;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.lifeline.shared.ConflictException;
import org.lifeline.shared.InvalidInputException;
import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.spreadsheet.ImportColumn;
import org.lifeline.shared.spreadsheet.ImportReport.Rejection;
import org.lifeline.shared.spreadsheet.ImportReport;
import org.lifeline.shared.spreadsheet.ImportRows;
import org.lifeline.shared.spreadsheet.TableRow;
import org.lifeline.territory.TerritoryScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Creates users from a CSV or XLSX file (a street task force setting up its committees' staff and volunteers at
 * once), all or nothing, with the same rules as creating them one by one. A dry run only checks.
 */
@Service
public class UserImport {

	static final ImportColumn USERNAME = new ImportColumn("username", "用户名", true);

	static final ImportColumn DISPLAY_NAME = new ImportColumn("display_name", "姓名", false);

	static final ImportColumn ROLE = new ImportColumn("role", "角色", true);

	static final ImportColumn PASSWORD = new ImportColumn("password", "初始密码", true);

	static final ImportColumn TERRITORY = new ImportColumn("territory_code", "辖区编码", false);

	static final ImportColumn BUILDINGS = new ImportColumn("building_codes", "楼栋编码", false);

	static final ImportColumn HOUSEHOLD = new ImportColumn("household_id", "户号", false);

	static final ImportColumn HOSPITAL = new ImportColumn("hospital_code", "医院编码", false);

	static final ImportColumn SUPPLIER = new ImportColumn("supplier_id", "供应商编号", false);

	static final List<ImportColumn> COLUMNS = List.of(USERNAME, DISPLAY_NAME, ROLE, PASSWORD, TERRITORY, BUILDINGS,
			HOUSEHOLD, HOSPITAL, SUPPLIER);

	private final Users users;

	private final TransactionTemplate transaction;

	UserImport(Users users, PlatformTransactionManager transactions) {
		this.users = users;
		this.transaction = new TransactionTemplate(transactions);
	}

	public ImportReport run(Path file, boolean dryRun, LifelineUser manager, TerritoryScope scope) {
		return transaction.execute(status -> {
			Rows rows = new Rows(manager, scope);
			rows.readFrom(file);
			ImportReport report = new ImportReport(rows.accepted, rows.rejected());
			if (dryRun || !report.allAccepted()) {
				status.setRollbackOnly();
			}
			return report;
		});
	}

	/** Creates each row's user as it is read, collecting what is wrong. */
	private final class Rows extends ImportRows {

		private final LifelineUser manager;

		private final TerritoryScope scope;

		private long accepted;

		Rows(LifelineUser manager, TerritoryScope scope) {
			super(COLUMNS);
			this.manager = manager;
			this.scope = scope;
		}

		@Override
		protected void read(TableRow row) {
			try {
				users.create(toUser(row), manager, scope);
				accepted++;
			}
			catch (InvalidInputException e) {
				reject(Rejection.of(row.line(), columnOf(e.field()), e));
			}
			catch (ConflictException | NotFoundException e) {
				reject(Rejection.of(row.line(), label(USERNAME), e));
			}
		}

		private NewUser toUser(TableRow row) {
			Role role = Role.parse(cell(row, ROLE))
				.orElseThrow(() -> new InvalidInputException("role", "unknown role '" + cell(row, ROLE)
						+ "' (use e.g. 居委, 志愿者, 街道专班 or COMMITTEE_STAFF)", "problem.identity.unknownRole",
						cell(row, ROLE)));
			List<String> buildings = Arrays.stream(cell(row, BUILDINGS).split("[;；、,，\\s]+"))
				.filter(code -> !code.isBlank())
				.toList();
			return new NewUser(cell(row, USERNAME), cell(row, DISPLAY_NAME), cell(row, PASSWORD),
					role, blankToNull(cell(row, TERRITORY)), buildings, number(row, HOUSEHOLD, "householdId"),
					blankToNull(cell(row, HOSPITAL)), number(row, SUPPLIER, "supplierId"));
		}

		private Long number(TableRow row, ImportColumn column, String field) {
			String text = cell(row, column);
			if (text.isBlank()) {
				return null;
			}
			try {
				return Long.parseLong(text.trim());
			}
			catch (NumberFormatException e) {
				throw new InvalidInputException(field, column.chinese() + " must be a number, was '" + text + "'",
						"problem.identity.notANumber", column.chinese(), text);
			}
		}

		private String columnOf(String field) {
			return switch (field) {
				case "username" -> label(USERNAME);
				case "role" -> label(ROLE);
				case "password" -> label(PASSWORD);
				case "territoryCode" -> label(TERRITORY);
				case "buildingCodes" -> label(BUILDINGS);
				case "householdId" -> label(HOUSEHOLD);
				case "hospitalCode" -> label(HOSPITAL);
				case "supplierId" -> label(SUPPLIER);
				default -> field;
			};
		}
	}

	private static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.trim();
	}
}
