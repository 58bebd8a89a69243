package org.lifeline.certificates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.lifeline.zones.Zone;
import org.lifeline.zones.ZonePeriod;

/** Which ranges of days a home's zone history certifies, and how names are masked for the public check. */
class SealedDaysTests {

	static final LocalDate TODAY = LocalDate.of(2022, 5, 31);

	@Test
	void aRangeMustLieInsideOneSealedStretch() {
		SealedDays days = SealedDays.of(List.of(new ZonePeriod(Zone.SEALED, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 20)),
				new ZonePeriod(Zone.CONTROLLED, LocalDate.of(2022, 4, 21), LocalDate.of(2022, 4, 27)),
				new ZonePeriod(Zone.SEALED, LocalDate.of(2022, 4, 28), null)), TODAY);
		assertThat(days.covers(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 20))).isTrue();
		assertThat(days.covers(LocalDate.of(2022, 4, 15), LocalDate.of(2022, 4, 22))).isFalse();
		assertThat(days.covers(LocalDate.of(2022, 5, 1), TODAY)).as("an open period lasts until today").isTrue();
		assertThat(days.describe()).isEqualTo("2022-04-01 – 2022-04-20, 2022-04-28 – 2022-05-31");
	}

	@Test
	void theCompoundsAndTheBuildingsSealedDaysJoinWhenTheyTouch() {
		SealedDays days = SealedDays.of(List.of(new ZonePeriod(Zone.SEALED, LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 7)),
				new ZonePeriod(Zone.SEALED, LocalDate.of(2022, 4, 8), LocalDate.of(2022, 4, 14)),
				new ZonePeriod(Zone.SEALED, LocalDate.of(2022, 4, 5), LocalDate.of(2022, 4, 10))), TODAY);
		assertThat(days.stretches()).hasSize(1);
		assertThat(days.covers(LocalDate.of(2022, 4, 1), LocalDate.of(2022, 4, 14))).isTrue();
		assertThat(SealedDays.of(List.of(), TODAY).describe()).isEqualTo("never sealed");
	}

	@Test
	void namesKeepTheirFirstAndLastCharacterOnly() {
		assertThat(MaskedName.of("张三")).isEqualTo("张*");
		assertThat(MaskedName.of("王小明")).isEqualTo("王*明");
		assertThat(MaskedName.of("欧阳娜娜")).isEqualTo("欧**娜");
		assertThat(MaskedName.of("李")).isEqualTo("*");
	}

	@Test
	void withoutAnyFontFileTheCertificateIsSetInTheFontOpenPdfShipsAndReadsBackInChinese() throws Exception {
		CertificatePdf pdf = new CertificatePdf(new CertificateFont(CertificateFont.fallback()), "https://lifeline.example/");
		CertificateView c = new CertificateView("ABCDE23456", 1, "王*明", LocalDate.of(2022, 4, 1),
				LocalDate.of(2022, 4, 20), "幸福居委会", "幸福小区", java.time.Instant.parse("2022-05-01T02:00:00Z"), "committee",
				null, null, "/api/v1/certificates/ABCDE23456/pdf");
		try (var document = org.apache.pdfbox.Loader.loadPDF(pdf.render(c, "王小明"))) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document);
			assertThat(text).contains("误工证明", "王小明", "幸福居委会", "2022年4月1日", "ABCDE23456",
					"https://lifeline.example/verify/ABCDE23456");
		}
	}
}
