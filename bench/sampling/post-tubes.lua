-- wrk script: posts one closed tube per call to POST /api/v1/screening/rounds/{id}/tubes, as the sampler's page
-- sends them: a fresh tube code, POOL fresh resident codes (each resident once per round) and a fresh scan id.
-- Arguments after "--": codes file, first round id, number of rounds, pool size. With BENCH_IDS set, the scan id
-- of every 201 is written there so the run can be checked against the rows in the database.
local threads = {}
local counter = 0

function setup(thread)
	counter = counter + 1
	thread:set("number", counter)
	table.insert(threads, thread)
end

function init(args)
	codes = {}
	for line in io.lines(args[1]) do
		codes[#codes + 1] = line
	end
	first_round = tonumber(args[2])
	rounds = tonumber(args[3])
	pool = tonumber(args[4])
	local threads_total = tonumber(os.getenv("BENCH_THREADS") or "2")
	-- each thread swabs its own slice of residents, round after round
	local slice = math.floor(#codes / threads_total)
	base = (number - 1) * slice
	tubes_per_round = math.floor(slice / pool)
	sent = 0
	created, resent, busy, refused = 0, 0, 0, 0
	run = os.getenv("BENCH_RUN") or "run"
	local folder = os.getenv("BENCH_IDS")
	acknowledged = folder and io.open(string.format("%s/%s-%d.ids", folder, run, number), "w")
	wrk.headers["Content-Type"] = "application/json"
	wrk.headers["Authorization"] = os.getenv("BENCH_AUTH") or ""
end

function request()
	local round = first_round + math.floor(sent / tubes_per_round) % rounds
	local offset = base + (sent % tubes_per_round) * pool
	local picked = {}
	for i = 1, pool do
		picked[i] = '"' .. codes[offset + i] .. '"'
	end
	local scan = string.format("%s-%d-%d-%d", run, number, sent, os.time())
	sent = sent + 1
	local body = string.format('{"tubeCode":"T%s","residentCodes":[%s],"scanId":"%s"}', scan, table.concat(picked, ","), scan)
	return wrk.format("POST", "/api/v1/screening/rounds/" .. round .. "/tubes", nil, body)
end

function response(status, headers, body)
	if status == 201 then
		created = created + 1
		if acknowledged then
			acknowledged:write(string.match(body, '"tubeCode":"T([^"]+)"'), "\n")
		end
	elseif status == 200 then
		resent = resent + 1
	elseif status == 503 then
		busy = busy + 1
	else
		refused = refused + 1
		if refused <= 3 then
			io.stderr:write("unexpected " .. status .. ": " .. string.sub(body, 1, 300) .. "\n")
		end
	end
end

function done(summary, latency, requests)
	local c, r, b, f = 0, 0, 0, 0
	for _, t in ipairs(threads) do
		c = c + t:get("created")
		r = r + t:get("resent")
		b = b + t:get("busy")
		f = f + t:get("refused")
	end
	local seconds = summary.duration / 1e6
	io.write(string.format("STATUS stored=%d resent=%d busy=%d refused=%d errors=%d\n", c, r, b, f,
		summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
	io.write(string.format("LATENCY p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms calls=%.0f/s stored=%.0f/s\n",
		latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
		latency.max / 1000, summary.requests / seconds, c / seconds))
end
