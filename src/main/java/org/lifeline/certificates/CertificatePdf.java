package org.lifeline.certificates;

import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.util.Map;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Draws a certificate as an A4 PDF: the committee's statement in Chinese with the resident's name, compound and
 * days, the committee's name and date, the verification code and a QR code to the public check page.
 */
@Component
class CertificatePdf {

	private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

	private static final float QR_SIZE = 110;

	private final CertificateFont fonts;

	private final String publicUrl;

	CertificatePdf(CertificateFont fonts, @Value("${lifeline.public-url:http://localhost:8080}") String publicUrl) {
		this.fonts = fonts;
		this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
	}

	/** The address the QR code and the printed text point to. */
	String verifyUrl(String code) {
		return publicUrl + "/verify/" + code;
	}

	byte[] render(CertificateView c, String residentName) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Document document = new Document(PageSize.A4, 72, 72, 90, 72);
		PdfWriter writer = PdfWriter.getInstance(document, out);
		document.addTitle("误工证明 " + c.code());
		document.open();
		Font title = new Font(fonts.font(), 22, Font.BOLD);
		Font body = new Font(fonts.font(), 13);
		Font small = new Font(fonts.font(), 10);
		Paragraph heading = new Paragraph("误工证明", title);
		heading.setAlignment(Element.ALIGN_CENTER);
		heading.setSpacingAfter(28);
		document.add(heading);
		Paragraph text = new Paragraph("兹证明" + residentName + "居住于" + c.compoundName() + "，该小区于"
				+ DAY.format(c.from()) + "至" + DAY.format(c.to()) + "期间处于封控区，按疫情防控要求居家，无法到岗工作。特此证明。",
				body);
		text.setLeading(26);
		text.setFirstLineIndent(26);
		document.add(text);
		Paragraph issuer = new Paragraph(c.committeeName() + "\n" + DAY.format(c.issuedAt().atZone(Certificates.SHANGHAI)),
				body);
		issuer.setAlignment(Element.ALIGN_RIGHT);
		issuer.setSpacingBefore(40);
		issuer.setLeading(24);
		document.add(issuer);
		Paragraph check = new Paragraph("验证码 Verification code: " + c.code() + "\n扫码或访问 Check at: "
				+ verifyUrl(c.code()), small);
		check.setSpacingBefore(36);
		document.add(check);
		drawQr(writer.getDirectContent(), verifyUrl(c.code()), document.right() - QR_SIZE, document.bottom());
		document.close();
		return out.toByteArray();
	}

	private static void drawQr(PdfContentByte canvas, String text, float x, float y) {
		BitMatrix matrix;
		try {
			matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
					Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 2));
		}
		catch (WriterException e) {
			throw new IllegalArgumentException("cannot draw a QR code for " + text, e);
		}
		float module = QR_SIZE / matrix.getWidth();
		canvas.saveState();
		canvas.setRGBColorFill(0, 0, 0);
		for (int row = 0; row < matrix.getHeight(); row++) {
			for (int col = 0; col < matrix.getWidth(); col++) {
				if (matrix.get(col, row)) {
					canvas.rectangle(x + col * module, y + (matrix.getHeight() - 1 - row) * module, module, module);
				}
			}
		}
		canvas.fill();
		canvas.restoreState();
	}
}
