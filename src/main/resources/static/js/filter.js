// A search box that narrows a long list as one types: an input with data-ll-filter names the items (a CSS
// selector); items whose data-room (or text) starts with or contains what is typed stay, the rest are hidden.
document.querySelectorAll('input[data-ll-filter]').forEach(function (input) {
	input.addEventListener('input', function () {
		var wanted = input.value.trim().toLowerCase();
		document.querySelectorAll(input.getAttribute('data-ll-filter')).forEach(function (item) {
			var room = (item.getAttribute('data-room') || item.textContent).toLowerCase();
			item.hidden = wanted !== '' && room.indexOf(wanted) === -1;
		});
	});
});
