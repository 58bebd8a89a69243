package org.lifeline.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

import org.lifeline.residents.Sex;
import org.lifeline.residents.VulnerabilityTag;

/**
 * Decides who needs care (DESIGN §4.6) at rates like a real city's: the living-alone elderly and everyone aged
 * 80+, infants, about 0.1% on dialysis, 0.3% in chemo- or radiotherapy, 0.8% of women aged 20–40 pregnant, 1.5%
 * of those aged 70+ unable to care for themselves, a quarter of those aged 60+ on long-term medication. Dialysis and
 * cancer patients are treated at one of their district's hospitals.
 */
final class CareNeeds {

	private static final String[] MEDICINES = { "氨氯地平片", "二甲双胍片", "阿司匹林肠溶片", "阿托伐他汀钙片",
			"缬沙坦胶囊", "硝苯地平控释片", "格列美脲片", "瑞舒伐他汀钙片", "左甲状腺素钠片", "美托洛尔缓释片", "胰岛素注射液",
			"单硝酸异山梨酯片" };

	private final List<String> dialysisHospitals;

	private final List<String> oncologyHospitals;

	private final LocalDate today;

	CareNeeds(List<String> dialysisHospitals, List<String> oncologyHospitals, LocalDate today) {
		this.dialysisHospitals = dialysisHospitals;
		this.oncologyHospitals = oncologyHospitals;
		this.today = today;
	}

	Care assess(int age, Sex sex, int householdSize, boolean lowIncome, SplittableRandom random) {
		List<String> tags = new ArrayList<>(2);
		String dialysis = null;
		String oncology = null;
		LocalDate due = null;
		List<String> medicines = List.of();
		if (householdSize == 1 && age >= 65) {
			tags.add(VulnerabilityTag.LIVING_ALONE_ELDERLY.name());
		}
		if (age >= 80) {
			tags.add(VulnerabilityTag.AGED_80_PLUS.name());
		}
		if (random.nextDouble() < 0.005) {
			tags.add(VulnerabilityTag.SERIOUSLY_ILL.name());
		}
		if (age >= 70 && random.nextDouble() < 0.015) {
			tags.add(VulnerabilityTag.DISABLED.name());
		}
		if (lowIncome) {
			tags.add(VulnerabilityTag.LOW_INCOME.name());
		}
		if (sex == Sex.F && age >= 20 && age <= 40 && random.nextDouble() < 0.008) {
			tags.add(VulnerabilityTag.PREGNANT.name());
			due = today.plusDays(1 + random.nextInt(270));
		}
		if (age < 3) {
			tags.add(VulnerabilityTag.INFANT.name());
		}
		if (age >= 18 && random.nextDouble() < 0.0012) {
			tags.add(VulnerabilityTag.DIALYSIS.name());
			dialysis = dialysisHospitals.get(random.nextInt(dialysisHospitals.size()));
		}
		if (age >= 40 && random.nextDouble() < 0.0055) {
			tags.add(VulnerabilityTag.CHEMO_RADIOTHERAPY.name());
			oncology = oncologyHospitals.get(random.nextInt(oncologyHospitals.size()));
		}
		if (age >= 60 && random.nextDouble() < 0.25) {
			tags.add(VulnerabilityTag.LONG_TERM_MEDICATION.name());
			medicines = medicines(random);
		}
		if ((age == 17 && random.nextDouble() < 0.5) || (age == 18 && random.nextDouble() < 0.3)) {
			tags.add(VulnerabilityTag.STUDENT_WITH_EXAM.name());
		}
		return new Care(tags, dialysis, oncology, due, medicines);
	}

	private static List<String> medicines(SplittableRandom random) {
		int count = 1 + random.nextInt(3);
		int first = random.nextInt(MEDICINES.length);
		List<String> out = new ArrayList<>(count);
		for (int i = 0; i < count; i++) {
			out.add(MEDICINES[(first + i * 5) % MEDICINES.length]);
		}
		return out;
	}

	/** What one resident needs: tags, own hospitals, due date and medicines. */
	record Care(List<String> tags, String dialysisHospital, String oncologyHospital, LocalDate pregnancyDueDate,
			List<String> medicines) {
	}
}
