package org.lifeline.dashboard;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.lifeline.shared.spreadsheet.TabularFormat;
import org.lifeline.shared.spreadsheet.TabularWriter;

/** Every table of the command pages as an XLSX sheet: the children, the trend, the hard cases. */
final class DashboardSheets {

	static final String MEDIA_TYPE = TabularFormat.XLSX.mediaType();

	private DashboardSheets() {
	}

	static byte[] children(List<NodeFigures> children) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("编码 code", "名称 name", "截至 asOf", "居民 residents", "重点人群 vulnerable", "封控区 sealed",
				"管控区 controlled", "防范区 precaution", "今日新增 newToday", "管控中发现 underControl",
				"筛查中发现 inScreening", "待转运 awaitingTransfer", "超24小时 backlogOver24h", "日清积压 clearDailyBacklog",
				"未办结诉求 openRequests", "超时诉求 overdueRequests", "空床 bedsFree", "筛查覆盖% coverage",
				"待配送 deliveriesPending"));
		for (NodeFigures f : children) {
			rows.add(List.of(f.code(), f.name(), f.asOf().toString(), n(f.residents()), n(f.vulnerable()),
					n(f.zoneUnits("SEALED")), n(f.zoneUnits("CONTROLLED")), n(f.zoneUnits("PRECAUTION")),
					n(f.cases().newToday()), n(f.cases().newUnderControl()), n(f.cases().newInScreening()),
					n(f.cases().awaitingTransfer()), n(f.cases().backlogOver24h()), n(f.cases().clearDailyBacklog()),
					n(f.requests().open()), n(f.requests().overdue()), n(f.beds().free()),
					f.screening().coverage() == null ? "" : f.screening().coverage().toString(),
					n(f.deliveriesPending())));
		}
		return sheet("下级 children", rows);
	}

	static byte[] trend(Trend trend) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("日期 date", "新增 newCases", "管控中发现 underControl", "筛查中发现 inScreening", "封控区 sealed",
				"管控区 controlled", "防范区 precaution", "未办结诉求 openRequests", "超时诉求 overdueRequests",
				"空床 bedsFree", "日清积压 clearDailyBacklog"));
		for (Trend.Day d : trend.days()) {
			rows.add(List.of(d.date().toString(), n(d.newCases()), n(d.newUnderControl()), n(d.newInScreening()),
					n(d.zones().get("SEALED").units()), n(d.zones().get("CONTROLLED").units()),
					n(d.zones().get("PRECAUTION").units()), n(d.openRequests()), n(d.overdueRequests()),
					n(d.bedsFree()), n(d.clearDailyBacklog())));
		}
		return sheet("趋势 trend", rows);
	}

	static byte[] hardCases(List<HardCases.HardCase> cases) {
		List<List<String>> rows = new ArrayList<>();
		rows.add(List.of("区 district", "编码 code", "小区 compound", "近5日阳性天数 positiveDays", "封控起 sealedSince",
				"末例 lastPositive", "近14日新增 newCasesByDay"));
		for (HardCases.HardCase c : cases) {
			rows.add(List.of(c.districtName(), c.code(), c.name(), n(c.positiveDays()),
					c.sealedSince() == null ? "" : c.sealedSince().toString(),
					c.lastPositive() == null ? "" : c.lastPositive().toString(),
					String.join(" ", c.newCasesByDay().stream().map(String::valueOf).toList())));
		}
		return sheet("拔钉子 hardCases", rows);
	}

	static byte[] board(TaskForce force, List<BoardRow> lines) {
		List<List<String>> rows = new ArrayList<>();
		List<String> header = new ArrayList<>(List.of("编码 code", "名称 name"));
		force.measures().forEach(m -> header.add(m.key()));
		header.add("未达标 missesTarget");
		rows.add(header);
		for (BoardRow line : lines) {
			List<String> row = new ArrayList<>(List.of(line.figures().code(), line.figures().name()));
			line.values().forEach(v -> row.add(v.toString()));
			row.add(line.misses() ? "是 yes" : "");
			rows.add(row);
		}
		return sheet(force.slug(), rows);
	}

	private static String n(long value) {
		return Long.toString(value);
	}

	private static byte[] sheet(String name, List<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (TabularWriter sheet = TabularWriter.open(TabularFormat.XLSX, out, name)) {
			for (List<String> row : rows) {
				sheet.row(row);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
