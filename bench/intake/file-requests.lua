-- wrk script: files requests for random residents over POST /api/v1/requests (Authorization header from
-- BENCH_AUTH), and counts the
-- answers by status; with BENCH_IDS set, the id of every 201 is written there so the run can be checked
-- against the rows in the database.
-- Arguments after "--": lowest resident id, highest resident id.
local threads = {}
local categories = { "FOOD", "MEDICAL", "MEDICINE", "EXAM", "WORK_CERTIFICATE", "GARBAGE_PARCELS", "OTHER" }
local counter = 0

function setup(thread)
	counter = counter + 1
	thread:set("number", counter)
	table.insert(threads, thread)
end

function init(args)
	low = tonumber(args[1])
	high = tonumber(args[2])
	math.randomseed(os.time() * 100 + number)
	created, linked, busy, failed = 0, 0, 0, 0
	local folder = os.getenv("BENCH_IDS")
	acknowledged = folder and io.open(string.format("%s/%s-%d.ids", folder, os.getenv("BENCH_RUN") or "run", number), "w")
	wrk.headers["Content-Type"] = "application/json"
	wrk.headers["Authorization"] = os.getenv("BENCH_AUTH") or ""
end

function request()
	local resident = math.random(low, high)
	local category = categories[math.random(1, #categories)]
	local body = string.format('{"residentId":%d,"category":"%s","description":"基准测试 %d %s"}',
		resident, category, resident, category)
	return wrk.format("POST", "/api/v1/requests", nil, body)
end

function response(status, headers, body)
	if status == 201 then
		created = created + 1
		if acknowledged then
			acknowledged:write(string.match(body, '"id":(%d+)'), "\n")
		end
	elseif status == 200 then
		linked = linked + 1
	elseif status == 503 or status == 429 then
		busy = busy + 1
	else
		failed = failed + 1
		if failed <= 3 then
			io.stderr:write("unexpected " .. status .. ": " .. string.sub(body, 1, 300) .. "\n")
		end
	end
end

function done(summary, latency, requests)
	local c, l, b, f = 0, 0, 0, 0
	for _, t in ipairs(threads) do
		c = c + t:get("created")
		l = l + t:get("linked")
		b = b + t:get("busy")
		f = f + t:get("failed")
	end
	io.write(string.format("STATUS created=%d linked=%d busy=%d failed=%d errors=%d\n", c, l, b, f,
		summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))
	io.write(string.format("LATENCY p50=%.2fms p90=%.2fms p99=%.2fms max=%.2fms rate=%.0f/s\n",
		latency:percentile(50) / 1000, latency:percentile(90) / 1000, latency:percentile(99) / 1000,
		latency.max / 1000, summary.requests / (summary.duration / 1e6)))
end
