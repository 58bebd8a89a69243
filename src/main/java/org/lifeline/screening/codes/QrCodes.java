package org.lifeline.screening.codes;

import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/**
 * Draws a QR code as SVG on the server (ZXing), one path of unit squares, so pages and printed sheets need no
 * script. Error correction M survives a creased or smudged sheet.
 */
final class QrCodes {

	private QrCodes() {
	}

	static String svg(String text, int pixels) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("cannot draw a QR code for " + text, e);
		}
		int size = matrix.getWidth();
		StringBuilder path = new StringBuilder(size * size * 3);
		for (int y = 0; y < size; y++) {
			for (int x = 0; x < size; x++) {
				if (matrix.get(x, y)) {
					path.append('M').append(x).append(' ').append(y).append("h1v1h-1z");
				}
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + pixels + "\" height=\"" + pixels
				+ "\" viewBox=\"0 0 " + size + " " + size + "\" shape-rendering=\"crispEdges\" role=\"img\">"
				+ "<rect width=\"" + size + "\" height=\"" + size + "\" fill=\"#fff\"/>"
				+ "<path fill=\"#000\" d=\"" + path + "\"/></svg>";
	}
}
