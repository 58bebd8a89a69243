package org.lifeline.cases;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import org.lifeline.shared.spreadsheet.TabularFormat;
import org.lifeline.shared.spreadsheet.TabularWriter;

/** The bulletin as a spreadsheet: the figures, the zones, the day's compounds and the official text. */
final class BulletinSheet {

	static final String MEDIA_TYPE = TabularFormat.XLSX.mediaType();

	private BulletinSheet() {
	}

	static byte[] of(Bulletin b) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TabularWriter sheet = TabularWriter.open(TabularFormat.XLSX, out, "疫情通报")) {
			sheet.row(List.of("日期 date", b.date().toString()));
			sheet.row(List.of("区域 territory", b.territoryName()));
			row(sheet, "新增确诊 newConfirmed", b.newConfirmed());
			row(sheet, "新增无症状 newAsymptomatic", b.newAsymptomatic());
			row(sheet, "无症状转确诊 conversions", b.conversions());
			row(sheet, "隔离管控中发现 foundUnderControl", b.foundUnderControl());
			row(sheet, "风险人群筛查中发现 foundInScreening", b.foundInScreening());
			row(sheet, "出院/解除医学观察 discharged", b.discharged());
			row(sheet, "在院（舱） inFacilities", b.inFacilities());
			row(sheet, "尚未转运收治 backlog", b.backlog());
			sheet.row(List.of());
			sheet.row(List.of("风险区 zone", "单元数 units", "居民 residents"));
			for (var zone : b.zones().entrySet()) {
				sheet.row(List.of(zone.getKey(), Long.toString(zone.getValue().units()),
						Long.toString(zone.getValue().residents())));
			}
			sheet.row(List.of());
			sheet.row(List.of("区 districtCode", "区名 district", "居住地 compound"));
			for (Bulletin.CompoundLine c : b.compounds()) {
				sheet.row(List.of(c.districtCode(), c.districtName(), c.name()));
			}
			sheet.row(List.of());
			sheet.row(List.of("通报原文 text", BulletinText.of(b)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	private static void row(TabularWriter sheet, String label, int value) throws IOException {
		sheet.row(List.of(label, Integer.toString(value)));
	}
}
