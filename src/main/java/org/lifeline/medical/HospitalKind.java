package org.lifeline.medical;

import java.util.Optional;

import org.lifeline.shared.EnumInput;

/** What a hospital is designated or equipped for. */
public enum HospitalKind {

	DESIGNATED_SEALED("封控区定点"), DESIGNATED_CONTROLLED("管控区定点"), FEVER_CLINIC("发热门诊"), DIALYSIS("透析"),
	OBSTETRICS("产科"), ONCOLOGY("肿瘤"), GENERAL("综合");

	private final String chinese;

	HospitalKind(String chinese) {
		this.chinese = chinese;
	}

	public String chinese() {
		return chinese;
	}

	public static Optional<HospitalKind> parse(String text) {
		return EnumInput.find(HospitalKind.class, text);
	}
}
