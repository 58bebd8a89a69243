// A print button for pages made to be printed (the committee's sampling-code sheets).
document.querySelectorAll('[data-ll-print]').forEach(function (button) {
	button.addEventListener('click', function () { window.print(); });
});
