package org.lifeline.medical.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.lifeline.medical.HospitalKind;
import org.lifeline.medical.HospitalView;
import org.lifeline.medical.Need;
import org.lifeline.residents.MedicalProfile;
import org.lifeline.zones.Zone;

/** Routing by rules kept as data: the city-wide defaults of V31, district overrides, closed hospitals passed over. */
class RoutingRuleBookTests {

	static final LocalDate TODAY = LocalDate.of(2022, 4, 15);

	static final long DISTRICT = 1;

	final List<HospitalView> hospitals = new ArrayList<>(List.of(
			hospital("ZS", "中山医院", true, 31.20, HospitalKind.DIALYSIS, HospitalKind.GENERAL),
			hospital("RJ", "仁济医院", true, 31.30, HospitalKind.DIALYSIS, HospitalKind.OBSTETRICS,
					HospitalKind.DESIGNATED_CONTROLLED),
			hospital("SX", "第十人民医院", true, 31.25, HospitalKind.FEVER_CLINIC, HospitalKind.DESIGNATED_SEALED,
					HospitalKind.GENERAL),
			hospital("FK", "肿瘤医院", true, 31.22, HospitalKind.ONCOLOGY)));

	@Test
	void aDialysisPatientGoesToHerOwnHospital() {
		RoutingDecision d = route(Need.DIALYSIS, false, Zone.SEALED, profile("ZS", null, null));
		assertThat(d.mode()).isEqualTo(CareMode.TRANSFER);
		assertThat(d.destination().code()).isEqualTo("ZS");
		assertThat(d.explanation()).isEqualTo("血透 → 本人透析医院 中山医院（开放）");
	}

	@Test
	void herOwnHospitalClosedSheGoesToTheNearestOpenDialysisSiteAndTheClerkHearsWhy() {
		replace("ZS", false);
		RoutingDecision d = route(Need.DIALYSIS, false, Zone.SEALED, profile("ZS", null, null));
		assertThat(d.destination().code()).isEqualTo("RJ");
		assertThat(d.explanation()).startsWith("本人透析医院 中山医院（关闭：消杀）").endsWith("本区定点透析点 仁济医院（开放）");
	}

	@Test
	void aDialysisPatientWhoseOwnHospitalOffersNoDialysisGoesToADialysisSite() {
		RoutingDecision d = route(Need.DIALYSIS, false, Zone.SEALED, profile("FK", null, null));
		assertThat(d.destination().code()).isIn("ZS", "RJ");
		assertThat(d.explanation()).startsWith("本人透析医院 肿瘤医院（不提供透析 / no dialysis）");
	}

	@Test
	void criticalIsAlwaysDial120() {
		for (Need need : Need.values()) {
			RoutingDecision d = route(need, true, Zone.PRECAUTION, MedicalProfile.NONE);
			assertThat(d.mode()).isEqualTo(CareMode.CALL_120);
			assertThat(d.destination()).isNull();
		}
	}

	@Test
	void precautionZoneResidentsGoThemselves() {
		RoutingDecision d = route(Need.CHEMO, false, Zone.PRECAUTION, profile(null, "FK", null));
		assertThat(d.mode()).isEqualTo(CareMode.SELF);
		assertThat(d.explanation()).contains("自行就医");
	}

	@Test
	void feverFromASealedCompoundGoesToTheFeverClinic() {
		RoutingDecision d = route(Need.FEVER, false, Zone.SEALED, MedicalProfile.NONE);
		assertThat(d.destination().code()).isEqualTo("SX");
	}

	@Test
	void otherNeedsGoToTheHospitalDesignatedForTheZone() {
		assertThat(route(Need.OTHER, false, Zone.SEALED, MedicalProfile.NONE).destination().code()).isEqualTo("SX");
		assertThat(route(Need.OTHER, false, Zone.CONTROLLED, MedicalProfile.NONE).destination().code()).isEqualTo("RJ");
	}

	@Test
	void pregnancyGoesToObstetricsAndChemoToTheOwnHospital() {
		assertThat(route(Need.PREGNANCY, false, Zone.CONTROLLED, profile(null, null, TODAY.plusDays(30)))
			.destination().code()).isEqualTo("RJ");
		assertThat(route(Need.CHEMO, false, Zone.SEALED, profile(null, "FK", null)).explanation())
			.isEqualTo("放化疗 → 本人治疗医院 肿瘤医院（开放）");
	}

	@Test
	void aDistrictRuleComesBeforeTheCityDefault() {
		List<RoutingRule> rules = new ArrayList<>(defaults());
		rules.add(0, new RoutingRule(99L, "D1", 5, Need.FEVER, false, Zone.CONTROLLED, ProfileCondition.ANY,
				CareMode.TRANSFER, DestinationSelector.DISTRICT_KIND, HospitalKind.GENERAL, "发热 → 区指定综合医院"));
		RoutingDecision d = RoutingRuleBook.route(rules, c(Need.FEVER, false, Zone.CONTROLLED, MedicalProfile.NONE),
				finder());
		assertThat(d.ruleId()).isEqualTo(99L);
		assertThat(d.destination().code()).isEqualTo("ZS");
	}

	@Test
	void noDistrictRuleTurnsACriticalRequestIntoATransfer() {
		List<RoutingRule> rules = new ArrayList<>(defaults());
		rules.add(0, new RoutingRule(98L, "D1", 1, Need.FEVER, null, null, ProfileCondition.ANY, CareMode.TRANSFER,
				DestinationSelector.DISTRICT_KIND, HospitalKind.FEVER_CLINIC, "发热 → 发热门诊"));
		assertThat(RoutingRuleBook.route(rules, c(Need.FEVER, true, Zone.SEALED, MedicalProfile.NONE), finder()).mode())
			.isEqualTo(CareMode.CALL_120);
		assertThat(RoutingRuleBook.route(rules, c(Need.FEVER, false, Zone.SEALED, MedicalProfile.NONE), finder()).ruleId())
			.isEqualTo(98L);
	}

	@Test
	void withNoOpenHospitalTheCallerIsToldToDial120() {
		for (HospitalView h : List.copyOf(hospitals)) {
			replace(h.code(), false);
		}
		RoutingDecision d = route(Need.OTHER, false, Zone.SEALED, MedicalProfile.NONE);
		assertThat(d.mode()).isEqualTo(CareMode.CALL_120);
		assertThat(d.explanation()).contains("120");
	}

	@Test
	void noRuleAsksForANegativeTest() {
		assertThat(ProfileCondition.values()).extracting(Enum::name).noneMatch(n -> n.contains("TEST"));
	}

	private RoutingDecision route(Need need, boolean critical, Zone zone, MedicalProfile profile) {
		return RoutingRuleBook.route(defaults(), c(need, critical, zone, profile), finder());
	}

	private static RoutingCase c(Need need, boolean critical, Zone zone, MedicalProfile profile) {
		return new RoutingCase(need, critical, zone, profile, TODAY, DISTRICT, 31.2, 121.4);
	}

	/** The city-wide defaults as V31 seeds them. */
	static List<RoutingRule> defaults() {
		return List.of(
				rule(10, null, true, null, ProfileCondition.ANY, CareMode.CALL_120, null, null, "急危重症 → 立即拨打120"),
				rule(20, null, false, Zone.PRECAUTION, ProfileCondition.ANY, CareMode.SELF, null, null, "防范区 → 街镇内自行就医"),
				rule(30, Need.DIALYSIS, false, null, ProfileCondition.HAS_DIALYSIS_HOSPITAL, CareMode.TRANSFER,
						DestinationSelector.OWN_DIALYSIS_HOSPITAL, null, "血透 → 本人透析医院"),
				rule(31, Need.DIALYSIS, false, null, ProfileCondition.ANY, CareMode.TRANSFER,
						DestinationSelector.DISTRICT_KIND, HospitalKind.DIALYSIS, "血透 → 本区定点透析点"),
				rule(40, Need.CHEMO, false, null, ProfileCondition.HAS_ONCOLOGY_HOSPITAL, CareMode.TRANSFER,
						DestinationSelector.OWN_ONCOLOGY_HOSPITAL, null, "放化疗 → 本人治疗医院"),
				rule(41, Need.CHEMO, false, null, ProfileCondition.ANY, CareMode.TRANSFER,
						DestinationSelector.DISTRICT_KIND, HospitalKind.ONCOLOGY, "放化疗 → 本区定点医院"),
				rule(50, Need.PREGNANCY, false, null, ProfileCondition.ANY, CareMode.TRANSFER,
						DestinationSelector.DISTRICT_KIND, HospitalKind.OBSTETRICS, "孕产 → 本区定点医院产科"),
				rule(60, Need.FEVER, false, null, ProfileCondition.ANY, CareMode.TRANSFER,
						DestinationSelector.DISTRICT_KIND, HospitalKind.FEVER_CLINIC, "发热 → 本区发热门诊"),
				rule(70, null, false, null, ProfileCondition.ANY, CareMode.TRANSFER,
						DestinationSelector.ZONE_DESIGNATED, null, "就医 → 本区所在风险区定点医院"),
				rule(90, null, false, null, ProfileCondition.ANY, CareMode.TRANSFER,
						DestinationSelector.DISTRICT_KIND, HospitalKind.GENERAL, "就医 → 本区综合医院"));
	}

	private static RoutingRule rule(int rank, Need need, Boolean critical, Zone zone, ProfileCondition condition,
			CareMode mode, DestinationSelector destination, HospitalKind kind, String label) {
		return new RoutingRule((long) rank, null, rank, need, critical, zone, condition, mode, destination, kind, label);
	}

	private RoutingRuleBook.HospitalFinder finder() {
		return new RoutingRuleBook.HospitalFinder() {

			@Override
			public Optional<HospitalView> byCode(String code) {
				return hospitals.stream().filter(h -> h.code().equals(code)).findFirst();
			}

			@Override
			public List<HospitalView> open(long districtId, HospitalKind kind, double lat, double lon) {
				return hospitals.stream()
					.filter(h -> h.open() && h.is(kind))
					.sorted(Comparator.comparing(h -> Math.abs(h.lat() - lat)))
					.toList();
			}
		};
	}

	private void replace(String code, boolean open) {
		HospitalView h = finder().byCode(code).orElseThrow();
		hospitals.set(hospitals.indexOf(h), new HospitalView(h.code(), h.name(), h.kinds(), open, h.districtId(),
				h.districtCode(), h.districtName(), h.address(), h.lat(), h.lon(), null, null, open ? null : "消杀",
				null, null, 0));
	}

	private static MedicalProfile profile(String dialysis, String oncology, LocalDate due) {
		return new MedicalProfile(dialysis, oncology, due, List.of());
	}

	private static HospitalView hospital(String code, String name, boolean open, double lat, HospitalKind... kinds) {
		return new HospitalView(code, name, List.of(kinds), open, DISTRICT, "D1", "测试区", name + "路", lat, 121.4, null,
				null, null, null, null, 0);
	}
}
