package org.lifeline.certificates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.lowagie.text.pdf.BaseFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The font certificates are set in, so Chinese renders: a configured TrueType/OpenType file, else the first CJK
 * font of the usual Debian packages found on the machine (embedded as a subset), else Adobe's STSong-Light with
 * the UniGB-UCS2-H encoding that OpenPDF ships (not embedded; every PDF reader carries a font for it).
 */
@Component
class CertificateFont {

	private static final Logger log = LoggerFactory.getLogger(CertificateFont.class);

	/** Font files of fonts-noto-cjk, fonts-wqy-microhei, fonts-wqy-zenhei and fonts-arphic-uming (a .ttc names its face). */
	static final List<String> SYSTEM_FONTS = List.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc,2",
			"/usr/share/fonts/truetype/wqy/wqy-microhei.ttc,0", "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc,0",
			"/usr/share/fonts/truetype/arphic/uming.ttc,0");

	private final BaseFont font;

	@org.springframework.beans.factory.annotation.Autowired
	CertificateFont(@Value("${lifeline.certificates.font:}") String configured) {
		this(load(configured));
	}

	CertificateFont(BaseFont font) {
		this.font = font;
	}

	BaseFont font() {
		return font;
	}

	static BaseFont load(String configured) {
		List<String> candidates = configured == null || configured.isBlank() ? SYSTEM_FONTS
				: java.util.stream.Stream.concat(java.util.stream.Stream.of(configured.strip()), SYSTEM_FONTS.stream())
					.toList();
		for (String candidate : candidates) {
			Optional<BaseFont> found = file(candidate);
			if (found.isPresent()) {
				log.info("Certificates are set in {}", candidate);
				return found.get();
			}
		}
		log.info("No CJK font file found; certificates are set in STSong-Light (not embedded)");
		return fallback();
	}

	/** Adobe's STSong-Light with the UniGB-UCS2-H encoding, from OpenPDF's own resources. */
	static BaseFont fallback() {
		try {
			return BaseFont.createFont("STSong-Light", "UniGB-UCS2-H", BaseFont.NOT_EMBEDDED);
		}
		catch (Exception e) {
			throw new IllegalStateException("no font for Chinese text in certificates", e);
		}
	}

	private static Optional<BaseFont> file(String candidate) {
		String path = candidate.contains(",") ? candidate.substring(0, candidate.lastIndexOf(',')) : candidate;
		if (!Files.isReadable(Path.of(path))) {
			return Optional.empty();
		}
		try {
			return Optional.of(BaseFont.createFont(candidate, BaseFont.IDENTITY_H, BaseFont.EMBEDDED));
		}
		catch (Exception e) {
			log.warn("Cannot use the font {} for certificates: {}", candidate, e.getMessage());
			return Optional.empty();
		}
	}
}
