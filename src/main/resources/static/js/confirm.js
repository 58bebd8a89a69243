// Irreversible one-click actions (closing a hospital, admitting a patient, applying a dispatch plan) ask first:
// a form with data-ll-confirm submits only when the user agrees to the question it carries.
document.addEventListener('submit', function (event) {
	var form = event.target.closest('form[data-ll-confirm]');
	var submitter = event.submitter;
	var question = (submitter && submitter.getAttribute('data-ll-confirm')) || (form && form.getAttribute('data-ll-confirm'));
	if (question && !window.confirm(question)) {
		event.preventDefault();
	}
}, true);
