// The zone map, drawn by Leaflet as SVG. Without a configured tile server (the default: a command post's closed
// network reaches none) it draws only GeoJSON: the outlines of the level below (uploaded, or generated from the
// compounds), filled by each area's worst zone, and one marker per street (or committee) sized by residents. A
// click on a street, or zooming in, loads the compounds (of the street, or in the box on screen); a click on a
// compound opens its zone page. With lifeline.map.tile-url set the same layers lie over that tile layer.
(function () {
	var page = document.getElementById('zone-map-page');
	if (!page || typeof L === 'undefined') {
		return;
	}
	var data = page.dataset;
	var colours = { SEALED: '#dc3545', CONTROLLED: '#fd7e14', PRECAUTION: '#198754' };
	var element = document.getElementById('zone-map');
	var map = L.map(element, { zoomControl: false, attributionControl: !!data.tileUrl, zoomSnap: 0.5 });
	L.control.zoom({ zoomInTitle: data.labelZoomIn, zoomOutTitle: data.labelZoomOut }).addTo(map);
	if (data.tileUrl) {
		L.tileLayer(data.tileUrl, { attribution: data.tileAttribution || '', maxZoom: 19 }).addTo(map);
		map.attributionControl.setPrefix(false);
	}
	var get = function (url) {
		return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/geo+json' } })
			.then(function (r) { return r.json(); });
	};
	var text = function (value) {
		var span = document.createElement('span');
		span.textContent = value;
		return span.innerHTML;
	};
	var mark = function (layer, code, zone) {
		var path = layer.getElement();
		if (path) {
			path.setAttribute('data-code', code);
			path.setAttribute('data-zone', zone || '');
		}
	};
	var drawn = {};
	var compounds = 0;
	var shown = function () {
		element.dataset.compounds = String(compounds);
		document.getElementById('map-shown').textContent = compounds ? data.labelShowing.replace('{0}', compounds) : '';
	};

	var addCompounds = function (collection) {
		var most = collection.features.reduce(function (m, f) { return Math.max(m, f.properties.residents); }, 1);
		collection.features.forEach(function (f) {
			var p = f.properties;
			if (drawn[p.code]) {
				return;
			}
			var at = f.geometry.coordinates;
			var marker = L.circleMarker([at[1], at[0]], {
				radius: 3 + 9 * Math.sqrt(p.residents / most), fillColor: colours[p.zone], fillOpacity: 0.9,
				color: p.hardCase ? '#b02a37' : '#ffffff', weight: p.hardCase ? 3 : 1,
				className: 'll-compound' + (p.hardCase ? ' ll-hard' : '')
			}).addTo(map);
			mark(marker, p.code, p.zone);
			marker.bindTooltip(text(p.name) + '<br>' + data['label' + p.zone] + ' · ' + data.labelResidents + ' ' + p.residents);
			marker.on('click', function () { window.location.href = data.zoneUrl + encodeURIComponent(p.code); });
			drawn[p.code] = marker;
			compounds++;
		});
		shown();
	};

	var areaMarkers = {};
	var openArea = function (f) {
		var box = f.bbox;
		if (areaMarkers[f.properties.code]) {
			map.removeLayer(areaMarkers[f.properties.code]);
		}
		get(data.areaUrl.replace('AREA', encodeURIComponent(f.properties.code))).then(addCompounds);
		if (box) {
			map.fitBounds([[box[1], box[0]], [box[3], box[2]]], { padding: [24, 24], maxZoom: 17, animate: false });
		}
	};

	var areaTip = function (p) {
		return '<strong>' + text(p.name) + '</strong><br>' + data['label' + p.zone] + '<br>' + data.labelResidents + ' '
			+ p.residents + '<br>' + data.labelUnits + ': ' + Object.keys(colours).map(function (z) {
				return data['label' + z] + ' ' + p.units[z];
			}).join(' · ') + '<br>' + data.labelNewCases + ' ' + p.newCases + ' · ' + data.labelHardCases + ' ' + p.hardCases;
	};

	var addAreas = function (collection) {
		var most = collection.features.reduce(function (m, f) { return Math.max(m, f.properties.residents); }, 1);
		collection.features.forEach(function (f) {
			var p = f.properties, at = f.geometry.coordinates;
			var marker = L.circleMarker([at[1], at[0]], {
				radius: 6 + 14 * Math.sqrt(p.residents / most), fillColor: colours[p.zone], fillOpacity: 0.75,
				color: p.hardCases > 0 ? '#b02a37' : '#ffffff', weight: p.hardCases > 0 ? 3 : 1, className: 'll-area'
			}).addTo(map);
			mark(marker, p.code, p.zone);
			marker.bindTooltip(areaTip(p));
			marker.on('click', function () { openArea(f); });
			areaMarkers[p.code] = marker;
		});
		element.dataset.areas = String(collection.features.length);
	};

	Promise.all([get(data.outlinesUrl), get(data.mapUrl)]).then(function (answers) {
		var outlines = answers[0], answer = answers[1];
		var areas = {};
		answer.features.forEach(function (f) { areas[f.properties.code] = f; });
		var outline = L.geoJSON(outlines, {
			style: function (o) {
				var f = areas[o.properties.code], zone = f && f.properties.zone;
				return { className: 'll-outline', color: '#adb5bd', weight: 1, fillColor: zone ? colours[zone] : '#f8f9fa',
					fillOpacity: zone ? 0.2 : 0.6 };
			},
			onEachFeature: function (o, layer) {
				var f = areas[o.properties.code];
				layer.bindTooltip(text(o.properties.name));
				if (f && f.properties.level !== 'COMPOUND') {
					layer.on('click', function () { openArea(f); });
				}
			}
		});
		var bounds = outline.getBounds();
		if (bounds.isValid()) {
			map.fitBounds(bounds, { padding: [12, 12] });
		}
		else {
			map.setView([31.23, 121.47], 10);
		}
		// added once the map has its view, so that its paths exist and can be marked
		outline.addTo(map);
		outline.eachLayer(function (layer) {
			var f = areas[layer.feature.properties.code];
			mark(layer, layer.feature.properties.code, f && f.properties.zone);
		});
		if (answer.level === 'COMPOUND') {
			addCompounds(answer);
			element.dataset.ready = 'true';
			return;
		}
		addAreas(answer);
		// zoomed two steps in from the whole node, the compounds in view are loaded
		var compoundZoom = Math.max(map.getZoom() + 2, 13);
		map.on('moveend', function () {
			if (map.getZoom() < compoundZoom) {
				return;
			}
			var b = map.getBounds();
			var box = [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()].map(function (v) { return v.toFixed(5); });
			get(data.mapUrl + '?level=compound&bbox=' + box.join(',')).then(addCompounds);
		});
		element.dataset.ready = 'true';
	});
	window.addEventListener('resize', function () { map.invalidateSize(); });
})();
