package org.lifeline.bench;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.lifeline.residents.TestIdNumbers;
import org.lifeline.territory.TestTerritory;
import org.lifeline.residents.PrcIdNumber;
import org.lifeline.residents.ResidentImport;
import org.lifeline.shared.spreadsheet.ImportReport;
import org.lifeline.shared.spreadsheet.TabularFormat;
import org.lifeline.shared.spreadsheet.TabularWriter;
import org.lifeline.territory.Territory;
import org.lifeline.territory.TerritoryNode;
import org.lifeline.territory.TerritoryScope;

/**
 * Imports a resident XLSX ({@code --rows}, default 100,000, over {@code --compounds}, default 5, new compounds with
 * 20 buildings each) through {@link ResidentImport}: a dry run, then the real import, against "under 60 s".
 */
class ImportBenchmark implements Benchmark {

	private static final String NAME = "import";

	private static final String[] SURNAMES = { "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周" };

	private static final String[] GIVEN = { "伟", "芳", "娜", "秀英", "敏", "静", "丽", "强", "磊", "军", "洋", "勇" };

	@Override
	public String name() {
		return NAME;
	}

	@Override
	public List<BenchmarkResult> run(BenchmarkContext context) throws Exception {
		int rows = Integer.parseInt(context.option("rows", "100000"));
		int compounds = Integer.parseInt(context.option("compounds", "5"));
		TestTerritory place = TestTerritory.create(context.bean(Territory.class), compounds);
		Path file = Files.createTempFile("lifeline-import-bench", ".xlsx");
		try {
			long start = System.nanoTime();
			write(file, place.compounds(), rows);
			double written = seconds(start);
			ResidentImport residentImport = context.bean(ResidentImport.class);
			start = System.nanoTime();
			ImportReport dryRun = residentImport.run(file, true, TerritoryScope.everything());
			double checked = seconds(start);
			start = System.nanoTime();
			ImportReport saved = residentImport.run(file, false, TerritoryScope.everything());
			double imported = seconds(start);
			if (!dryRun.allAccepted() || saved.accepted() != rows) {
				throw new IllegalStateException("the generated file was not imported whole: "
						+ saved.rejected().stream().limit(3).toList());
			}
			return List.of(
					BenchmarkResult.info(NAME, "file",
							String.format("%,d rows, %.1f MB XLSX", rows, Files.size(file) / 1e6)),
					BenchmarkResult.info(NAME, "writing the file (SXSSF)", String.format("%.1f s", written)),
					BenchmarkResult.info(NAME, "dry run (read, check, stage)", String.format("%.1f s", checked)),
					new BenchmarkResult(NAME, "real import (read, check, stage, merge)",
							String.format("%.1f s", imported), "< 60 s", imported < 60),
					BenchmarkResult.info(NAME, "real import rows/s", String.format("%,.0f/s", rows / imported)));
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static void write(Path file, List<TerritoryNode> compounds, int rows) throws Exception {
		try (OutputStream out = Files.newOutputStream(file);
				TabularWriter writer = TabularWriter.open(TabularFormat.XLSX, out, "居民")) {
			writer.row(List.of("小区编码", "楼号", "室号", "姓名", "证件类型", "证件号码", "手机号", "出生日期", "性别", "标签"));
			for (int i = 0; i < rows; i++) {
				String id = TestIdNumbers.of(i);
				int household = i * 10 / 23;
				LocalDate birth = PrcIdNumber.birthDate(id).orElseThrow();
				writer.row(List.of(compounds.get(household % compounds.size()).code(),
						String.valueOf(household / compounds.size() % 20 + 1),
						String.valueOf(household / compounds.size() / 20 + 101), SURNAMES[i % SURNAMES.length]
								+ GIVEN[i / SURNAMES.length % GIVEN.length],
						"居民身份证", id, String.valueOf(13_800_000_000L + i), birth.toString(),
						PrcIdNumber.sex(id).chinese(), i % 10 == 0 ? "独居老人、长期用药" : ""));
			}
		}
	}

	private static double seconds(long start) {
		return (System.nanoTime() - start) / 1e9;
	}
}
