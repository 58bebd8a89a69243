// The sampler's page: closed tubes wait in this phone's storage and are sent one call per tube, each with a scan id
// made here, so sending a tube again is harmless. A busy (503) or unreachable server keeps them waiting and they are
// sent again with a growing pause; a refused tube (4xx) is shown with its reason and taken off the queue.
(function () {
	'use strict';
	var root = document.getElementById('sampler');
	var roundSelect = document.getElementById('round');
	if (!root || !roundSelect) {
		return;
	}
	var data = root.dataset;
	var storageKey = 'lifeline.sampler.' + data.user;
	var codePattern = /^LS1[A-Za-z0-9_-]{30}$/;
	var idCardPattern = /^\d{17}[\dXx]$/;
	var parallel = 8;
	var el = function (id) { return document.getElementById(id); };
	var current = { tubeCode: null, codes: [] };
	var queue = load();
	var sending = 0;
	var failures = 0;
	var retryTimer = null;

	function load() {
		try {
			return JSON.parse(localStorage.getItem(storageKey) || '[]');
		} catch (e) {
			return [];
		}
	}

	function save() {
		localStorage.setItem(storageKey, JSON.stringify(queue));
	}

	function say(template, value) {
		return (template || '').replace('{0}', value);
	}

	function message(text) {
		el('sample-message').textContent = text || '';
	}

	function poolSize() {
		var option = roundSelect.options[roundSelect.selectedIndex];
		return parseInt(option.getAttribute('data-pool'), 10) || 10;
	}

	function showQueue(extra) {
		el('queue-count').textContent = String(queue.length);
		el('queue-text').textContent = queue.length === 0 ? data.msgAllSent
			: say(data.msgWaiting, queue.length) + (extra ? ' ' + extra : '');
		el('queue-status').className = 'alert d-flex justify-content-between align-items-center '
			+ (queue.length === 0 ? 'alert-success' : 'alert-warning');
	}

	function showTube() {
		el('tube-current').textContent = current.tubeCode || data.msgNoTube;
		var list = el('tube-codes');
		list.innerHTML = '';
		current.codes.forEach(function (code) {
			var item = document.createElement('li');
			item.className = 'list-group-item text-truncate';
			item.textContent = code.label || code.code;
			list.appendChild(item);
		});
	}

	function recent(text, refused) {
		var item = document.createElement('li');
		item.className = 'list-group-item' + (refused ? ' list-group-item-danger' : '');
		item.textContent = text;
		var list = el('recent');
		list.insertBefore(item, list.firstChild);
		while (list.children.length > 20) {
			list.removeChild(list.lastChild);
		}
	}

	function setTube(text) {
		var code = text.trim();
		if (code.length < 4) {
			return;
		}
		current.tubeCode = code;
		showTube();
		el('code-input').focus();
	}

	function addCode(code, label) {
		message('');
		if (!current.tubeCode) {
			message(data.msgNoTube);
			el('tube-input').focus();
			return;
		}
		if (current.codes.some(function (c) { return c.code === code; })) {
			message(data.msgTwice);
			return;
		}
		if (current.codes.length >= poolSize()) {
			message(say(data.msgFull, poolSize()));
			return;
		}
		current.codes.push({ code: code, label: label });
		showTube();
	}

	function typedCode(text) {
		var code = text.trim();
		if (idCardPattern.test(code)) {
			lookUp(code);
		} else if (codePattern.test(code)) {
			addCode(code);
		} else if (code) {
			message(data.msgNotCode);
		}
	}

	function lookUp(idNumber) {
		fetch(data.lookupUrl + '?idNumber=' + encodeURIComponent(idNumber), { credentials: 'same-origin' })
			.then(function (response) {
				return response.json().then(function (body) { return { ok: response.ok, body: body }; });
			})
			.then(function (answer) {
				if (answer.ok) {
					addCode(answer.body.code, answer.body.name + ' ' + answer.body.building + '-' + answer.body.room);
				} else {
					message(answer.body.detail);
				}
			})
			.catch(function () { message(data.msgRetrying); });
	}

	function closeTube() {
		if (!current.tubeCode || current.codes.length === 0) {
			message(data.msgNoTube);
			return;
		}
		queue.push({
			scanId: crypto.randomUUID(),
			round: roundSelect.value,
			tubeCode: current.tubeCode,
			residentCodes: current.codes.map(function (c) { return c.code; }),
			sampledAt: new Date().toISOString()
		});
		save();
		current = { tubeCode: null, codes: [] };
		showTube();
		showQueue();
		el('tube-input').focus();
		drain();
	}

	function send(tube) {
		var headers = { 'Content-Type': 'application/json', 'Accept': 'application/json' };
		headers[data.csrfHeader] = data.csrf;
		return fetch(data.tubesUrl.replace('ROUND', tube.round), {
			method: 'POST',
			credentials: 'same-origin',
			headers: headers,
			body: JSON.stringify({ tubeCode: tube.tubeCode, residentCodes: tube.residentCodes, scanId: tube.scanId,
				sampledAt: tube.sampledAt })
		}).then(function (response) {
			var json = (response.headers.get('Content-Type') || '').indexOf('json') >= 0;
			if (response.redirected || !json || response.status === 401 || response.status === 403) {
				return { keep: true, signedOut: true };
			}
			if (response.status === 200 || response.status === 201) {
				return { keep: false, text: say(data.msgStored, tube.tubeCode) };
			}
			if (response.status >= 400 && response.status < 500 && response.status !== 408 && response.status !== 429) {
				return response.json().then(function (body) {
					return { keep: false, refused: true, text: say(data.msgRefused, tube.tubeCode) + ' ' + body.detail };
				});
			}
			return { keep: true };
		}, function () {
			return { keep: true };
		});
	}

	function drain() {
		if (sending > 0 || queue.length === 0) {
			showQueue();
			return;
		}
		clearTimeout(retryTimer);
		var batch = queue.slice(0, parallel);
		sending = batch.length;
		var keptAny = false;
		var signedOut = false;
		batch.forEach(function (tube) {
			send(tube).then(function (outcome) {
				if (outcome.keep) {
					keptAny = true;
					signedOut = signedOut || outcome.signedOut;
				} else {
					queue = queue.filter(function (t) { return t.scanId !== tube.scanId; });
					save();
					recent(outcome.text, outcome.refused);
				}
				sending -= 1;
				if (sending === 0) {
					after(keptAny, signedOut);
				}
			});
		});
	}

	function after(keptAny, signedOut) {
		if (!keptAny) {
			failures = 0;
			showQueue();
			if (queue.length > 0) {
				drain();
			}
			return;
		}
		failures += 1;
		var pause = Math.min(30000, 500 * Math.pow(2, failures)) * (0.75 + Math.random() / 2);
		showQueue(signedOut ? data.msgSignedOut : data.msgRetrying);
		retryTimer = setTimeout(drain, pause);
	}

	function onEnter(input, handle) {
		input.addEventListener('keydown', function (event) {
			if (event.key === 'Enter') {
				event.preventDefault();
				handle(input.value);
				input.value = '';
			}
		});
	}

	function camera(button, handle) {
		if (!('BarcodeDetector' in window) || !navigator.mediaDevices) {
			return;
		}
		button.hidden = false;
		button.addEventListener('click', function () {
			var video = el('camera');
			var detector = new window.BarcodeDetector();
			navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } }).then(function (stream) {
				video.srcObject = stream;
				video.hidden = false;
				video.play();
				var stop = function () {
					stream.getTracks().forEach(function (t) { t.stop(); });
					video.hidden = true;
				};
				var look = function () {
					detector.detect(video).then(function (found) {
						if (found.length > 0) {
							stop();
							handle(found[0].rawValue);
						} else {
							requestAnimationFrame(look);
						}
					}, stop);
				};
				look();
			}, function () { video.hidden = true; });
		});
	}

	onEnter(el('tube-input'), setTube);
	onEnter(el('code-input'), typedCode);
	onEnter(el('idcard-input'), typedCode);
	el('idcard-add').addEventListener('click', function () {
		typedCode(el('idcard-input').value);
		el('idcard-input').value = '';
	});
	el('close-tube').addEventListener('click', closeTube);
	el('discard-tube').addEventListener('click', function () {
		current = { tubeCode: null, codes: [] };
		showTube();
	});
	camera(el('tube-camera'), setTube);
	camera(el('code-camera'), typedCode);
	window.addEventListener('online', function () { failures = 0; drain(); });
	showTube();
	showQueue();
	drain();
	el('tube-input').focus();
}());
