package org.lifeline.dashboard;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * The zone map and its outlines as HTTP answers, the same for API clients and for the map page: the node the
 * caller may see, the level and box asked for, an ETag of the figures' pass (304 while the caller has it) and
 * {@code Cache-Control: private, no-cache} so a browser asks again but keeps what has not changed.
 */
@Component
class MapAnswers {

	static final MediaType GEOJSON = MediaType.parseMediaType("application/geo+json");

	private final DashboardCaller caller;

	private final ZoneMap map;

	private final MapOutlines outlines;

	MapAnswers(DashboardCaller caller, ZoneMap map, MapOutlines outlines) {
		this.caller = caller;
		this.map = map;
		this.outlines = outlines;
	}

	ResponseEntity<byte[]> map(String code, String level, String bbox, WebRequest request) {
		MapQuery query = MapQuery.of(caller.node(code), level, bbox);
		ZoneMap.Pass asOf = map.asOf();
		String etag = ZoneMap.version(query, asOf);
		if (etag != null && request.checkNotModified(etag)) {
			return null;
		}
		ResponseEntity.BodyBuilder answer = ResponseEntity.ok()
			.contentType(GEOJSON)
			.cacheControl(CacheControl.noCache().cachePrivate());
		if (etag != null) {
			answer.eTag(etag);
		}
		return answer.body(map.of(query, asOf));
	}

	ResponseEntity<String> outlines(String code) {
		return ResponseEntity.ok().contentType(GEOJSON).body(outlines.of(caller.node(code)));
	}
}
