package org.lifeline.shared.spreadsheet;

import java.math.BigDecimal;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;

/**
 * Turns numeric cells into the text a clerk typed, not what the cell's format shows: an ID or phone number stored
 * as a number comes out as plain digits (no ".0", no exponent), a date cell as {@code 1980-03-15}.
 */
final class CellText extends DataFormatter {

	@Override
	public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904Windowing) {
		if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
			return DateUtil.getLocalDateTime(value, use1904Windowing).toLocalDate().toString();
		}
		return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
	}
}
