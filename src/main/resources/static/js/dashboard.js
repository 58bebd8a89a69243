// Trend lines of the command dashboard, drawn with Apache ECharts (as SVG) from the
// page-side twin of /api/v1/dashboard/{code}/trend, /dashboard/{code}/trend.json, which the signed-in session reaches.
(function () {
	var section = document.getElementById('dashboard-trend');
	if (!section || typeof echarts === 'undefined') {
		return;
	}
	var label = function (name) { return section.dataset['label' + name]; };
	function chart(id, title, days, lines) {
		var element = document.getElementById(id);
		var c = echarts.init(element, null, { renderer: 'svg' });
		c.setOption({
			title: { text: title, textStyle: { fontSize: 13 } },
			tooltip: { trigger: 'axis' },
			legend: { bottom: 0 },
			grid: { left: 40, right: 12, top: 32, bottom: 48 },
			xAxis: { type: 'category', data: days.map(function (d) { return d.date.substring(5); }) },
			yAxis: { type: 'value', minInterval: 1 },
			series: lines.map(function (l) {
				return { name: l.name, type: 'line', smooth: true, stack: l.stack, areaStyle: l.stack ? {} : undefined,
					itemStyle: l.color ? { color: l.color } : undefined, data: days.map(l.value) };
			})
		});
		element.dataset.points = String(days.length);
		window.addEventListener('resize', function () { c.resize(); });
	}
	fetch(section.dataset.trendUrl, { headers: { Accept: 'application/json' } })
		.then(function (r) { return r.json(); })
		.then(function (trend) {
			var d = trend.days;
			chart('chart-cases', label('Cases'), d, [
				{ name: label('UnderControl'), value: function (x) { return x.newUnderControl; }, stack: 'cases', color: '#fd7e14' },
				{ name: label('InScreening'), value: function (x) { return x.newInScreening; }, stack: 'cases', color: '#dc3545' }]);
			chart('chart-zones', label('Zones'), d, [
				{ name: label('Sealed'), value: function (x) { return x.zones.SEALED.units; }, color: '#dc3545' },
				{ name: label('Controlled'), value: function (x) { return x.zones.CONTROLLED.units; }, color: '#fd7e14' },
				{ name: label('Precaution'), value: function (x) { return x.zones.PRECAUTION.units; }, color: '#198754' }]);
			chart('chart-requests', label('Requests'), d, [
				{ name: label('Open'), value: function (x) { return x.openRequests; }, color: '#0d6efd' },
				{ name: label('Overdue'), value: function (x) { return x.overdueRequests; }, color: '#dc3545' }]);
			chart('chart-beds', label('Beds'), d, [
				{ name: label('BedsFree'), value: function (x) { return x.bedsFree; }, color: '#198754' },
				{ name: label('Backlog'), value: function (x) { return x.clearDailyBacklog; }, color: '#dc3545' }]);
			section.dataset.drawn = 'true';
		});
})();
