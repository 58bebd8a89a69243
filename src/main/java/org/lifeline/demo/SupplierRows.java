package org.lifeline.demo;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.SplittableRandom;

import org.lifeline.residents.Sex;
import org.postgresql.copy.CopyManager;

/** Writes the approved suppliers (保供企业): twelve supermarket and grocery chains with their certificates. */
final class SupplierRows {

	private static final String COLUMNS = "name, certificate_no, valid_until, contact_name, contact_phone";

	private static final String[] CHAINS = { "联华超市", "华联超市", "盒马鲜生", "叮咚买菜", "美团买菜", "家乐福", "大润发",
			"麦德龙", "永辉超市", "清美鲜食", "光明都市菜园", "农工商超市" };

	private SupplierRows() {
	}

	static long write(CopyManager copy, long seed, LocalDate today) throws SQLException {
		SplittableRandom random = Seeds.random(seed, Seeds.SERVICES, 0);
		DocumentNumbers phones = new DocumentNumbers("310000", today, seed);
		try (CopyStream out = CopyStream.into(copy, "supplier", COLUMNS)) {
			for (int i = 0; i < CHAINS.length; i++) {
				String contact = ChineseNames.surname(random) + ChineseNames.given(Sex.M, random);
				out.text(CHAINS[i]).text("沪保供" + today.getYear() + "-" + String.format("%04d", 1 + i * 17));
				out.date(today.plusMonths(3 + random.nextInt(4)).withDayOfMonth(1).minusDays(1));
				out.text(contact).text(phones.mobile(2_000_000_000L - 1 - i)).end();
			}
			return out.finish();
		}
	}
}
