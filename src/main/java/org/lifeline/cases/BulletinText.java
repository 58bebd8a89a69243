package org.lifeline.cases;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The bulletin in the official phrasing of 上海发布, ready to copy: the day's figures, how they were found,
 * discharges, and per district the places where the day's positives live.
 */
final class BulletinText {

	private BulletinText() {
	}

	static String of(Bulletin b) {
		StringBuilder text = new StringBuilder();
		String day = b.date().getYear() + "年" + b.date().getMonthValue() + "月" + b.date().getDayOfMonth() + "日";
		text.append(day).append("0—24时，").append(b.territoryName()).append("新增本土新冠肺炎确诊病例")
			.append(b.newConfirmed()).append("例和无症状感染者").append(b.newAsymptomatic()).append("例");
		Bulletin.Detail d = b.detail();
		StringBuilder among = new StringBuilder();
		if (b.conversions() > 0) {
			among.append(b.conversions()).append("例确诊病例为此前无症状感染者转归");
		}
		if (b.foundUnderControl() > 0) {
			among.append(among.isEmpty() ? "" : "，").append(underControl(d)).append("在隔离管控中发现");
			if (b.foundInScreening() > 0) {
				among.append("，其余在相关风险人群筛查中发现");
			}
		}
		else if (b.foundInScreening() > 0) {
			among.append(among.isEmpty() ? "" : "，").append("新增病例均在相关风险人群筛查中发现");
		}
		if (!among.isEmpty()) {
			text.append("，其中").append(among);
		}
		text.append("。");
		if (b.discharged() > 0) {
			text.append("新增治愈出院").append(d.dischargedConfirmed()).append("例，解除医学观察无症状感染者")
				.append(d.dischargedAsymptomatic()).append("例。");
		}
		text.append("截至24时，在院（舱）治疗").append(b.inFacilities()).append("例，此前报告尚未转运收治")
			.append(b.backlog()).append("例。");
		places(b.compounds()).forEach((district, names) -> text.append("\n").append(district)
			.append("新增阳性感染者分别居住于：").append(String.join("，", names)).append("。"));
		return text.toString();
	}

	private static String underControl(Bulletin.Detail d) {
		if (d.confirmedUnderControl() > 0 && d.asymptomaticUnderControl() > 0) {
			return d.confirmedUnderControl() + "例确诊病例和" + d.asymptomaticUnderControl() + "例无症状感染者";
		}
		return d.confirmedUnderControl() > 0 ? d.confirmedUnderControl() + "例确诊病例"
				: d.asymptomaticUnderControl() + "例无症状感染者";
	}

	private static Map<String, List<String>> places(List<Bulletin.CompoundLine> compounds) {
		return compounds.stream()
			.collect(Collectors.groupingBy(Bulletin.CompoundLine::districtName, LinkedHashMap::new,
					Collectors.mapping(Bulletin.CompoundLine::name, Collectors.toList())));
	}
}
