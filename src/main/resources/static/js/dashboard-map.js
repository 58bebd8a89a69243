// The zone map without tiles: outlines from GeoJSON (uploaded, or generated from the compounds) drawn by
// ECharts' geo component, compounds as points coloured by zone and sized by residents, hard cases ringed.
(function () {
	var page = document.getElementById('zone-map-page');
	if (!page || typeof echarts === 'undefined') {
		return;
	}
	var colours = { SEALED: '#dc3545', CONTROLLED: '#fd7e14', PRECAUTION: '#198754' };
	var get = function (url) { return fetch(url, { headers: { Accept: 'application/geo+json' } }).then(function (r) { return r.json(); }); };
	Promise.all([get(page.dataset.outlinesUrl), get(page.dataset.mapUrl)]).then(function (answers) {
		var outlines = answers[0], compounds = answers[1].features;
		var name = 'outlines-' + page.dataset.code;
		echarts.registerMap(name, outlines);
		var most = compounds.reduce(function (m, f) { return Math.max(m, f.properties.residents); }, 1);
		var point = function (f) {
			return { name: f.properties.name, code: f.properties.code, zone: f.properties.zone,
				hard: f.properties.hardCase, residents: f.properties.residents,
				value: f.geometry.coordinates.concat([f.properties.residents]) };
		};
		var size = function (v) { return 4 + 16 * Math.sqrt(v[2] / most); };
		var series = Object.keys(colours).map(function (zone) {
			return { name: page.dataset['label' + zone], type: 'scatter', coordinateSystem: 'geo', symbolSize: size,
				itemStyle: { color: colours[zone], opacity: 0.85 },
				data: compounds.filter(function (f) { return f.properties.zone === zone; }).map(point) };
		});
		series.push({ name: 'hard', type: 'effectScatter', coordinateSystem: 'geo', symbolSize: function (v) { return size(v) + 6; },
			itemStyle: { color: 'transparent', borderColor: '#b02a37', borderWidth: 2 }, rippleEffect: { scale: 2 },
			data: compounds.filter(function (f) { return f.properties.hardCase; }).map(point) });
		var element = document.getElementById('zone-map');
		var chart = echarts.init(element, null, { renderer: 'canvas' });
		chart.setOption({
			tooltip: { formatter: function (p) { return p.data ? p.data.name + '<br>' + p.data.residents : p.name; } },
			legend: { data: series.slice(0, 3).map(function (s) { return s.name; }), bottom: 0 },
			geo: { map: name, roam: true, label: { show: true, fontSize: 10, color: '#6c757d' },
				itemStyle: { areaColor: '#f8f9fa', borderColor: '#adb5bd' }, emphasis: { itemStyle: { areaColor: '#e9ecef' } } },
			series: series
		});
		chart.on('click', function (p) {
			if (p.data && p.data.code) {
				window.location.href = page.dataset.zoneUrl + encodeURIComponent(p.data.code);
			}
		});
		element.dataset.compounds = String(compounds.length);
		window.addEventListener('resize', function () { chart.resize(); });
	});
})();
