package org.lifeline.requests.open311;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lifeline.shared.NotFoundException;
import org.lifeline.shared.web.GeoReportErrors;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.xml.XmlMapper;

/**
 * The two formats of GeoReport v2, chosen by the path's extension. Answers are built once as maps and lists;
 * a {@link Many} is a JSON array and, in XML, a wrapper of repeated elements with the name the spec gives them.
 */
enum Open311Format {

	JSON(MediaType.APPLICATION_JSON), XML(MediaType.TEXT_XML);

	private static final JsonMapper JSON_MAPPER = JsonMapper.builder().build();

	private static final XmlMapper XML_MAPPER = XmlMapper.builder().defaultUseWrapper(false).build();

	private final MediaType mediaType;

	Open311Format(MediaType mediaType) {
		this.mediaType = mediaType;
	}

	static Open311Format of(String extension) {
		return switch (extension == null ? "" : extension.toLowerCase()) {
			case "json" -> JSON;
			case "xml" -> XML;
			default -> throw new NotFoundException("format", extension + " (use .json or .xml)");
		};
	}

	/** The format of a path, JSON unless it ends in .xml. */
	static Open311Format ofPath(String path) {
		return path != null && path.toLowerCase().endsWith(".xml") ? XML : JSON;
	}

	/** A list: an array in JSON; in XML repeated {@code element}s inside the enclosing element. */
	record Many(String element, List<?> items) {
	}

	ResponseEntity<String> answer(HttpStatus status, String root, Object body) {
		String text = this == JSON ? JSON_MAPPER.writeValueAsString(forJson(body))
				: XML_MAPPER.writer().withRootName(root).writeValueAsString(forXml(body));
		if (this == XML) {
			text = "<?xml version=\"1.0\" encoding=\"utf-8\"?>" + text;
		}
		return ResponseEntity.status(status).contentType(new MediaType(mediaType, java.nio.charset.StandardCharsets.UTF_8)).body(text);
	}

	/** Errors as the spec gives them: a list of code and description. */
	ResponseEntity<String> error(HttpStatus status, String description) {
		return GeoReportErrors.answer(this == XML ? "error.xml" : "error.json", status, description);
	}

	private static Object forJson(Object value) {
		if (value instanceof Many many) {
			return many.items().stream().map(Open311Format::forJson).toList();
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> out = new LinkedHashMap<>();
			map.forEach((k, v) -> out.put(k, forJson(v)));
			return out;
		}
		return value;
	}

	private static Object forXml(Object value) {
		if (value instanceof Many many) {
			Map<String, Object> wrapper = new LinkedHashMap<>();
			wrapper.put(many.element(), many.items().stream().map(Open311Format::forXml).toList());
			return wrapper;
		}
		if (value instanceof Map<?, ?> map) {
			Map<Object, Object> out = new LinkedHashMap<>();
			map.forEach((k, v) -> out.put(k, forXml(v)));
			return out;
		}
		return value == null ? "" : value;
	}
}
