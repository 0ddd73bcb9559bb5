-- POST /api/v2/alerts as Prometheus posts to Alertmanager: LOAD_BATCH alerts per request (the
-- same body goes to Alertmanager and to the service). LOAD_KIND:
--   repeat       the same LOAD_BATCH alerts every time (Prometheus re-sending what still fires)
--   one-service  LOAD_BATCH new alerts every time, all with one `service` label
--   spread       LOAD_BATCH new alerts every time, spread over LOAD_SERVICES services
-- Every alert has its own alertname, so that both sides group it alone (group_by alertname).
dofile(os.getenv("LOAD_LUA_DIR") .. "/common.lua")
local kind = os.getenv("LOAD_KIND") or "one-service"
local batch = tonumber(os.getenv("LOAD_BATCH") or "1")
local services = tonumber(os.getenv("LOAD_SERVICES") or "1000")
local headers = {["Content-Type"] = "application/json"}

local function alert(name, service)
  return '{"labels":{"alertname":"' .. name .. '","service":"' .. service .. '","severity":"warning"},' ..
      '"annotations":{"summary":"load ' .. name .. '"}}'
end

local repeated
request = function()
  if kind == "repeat" then
    if not repeated then
      local alerts = {}
      for i = 1, batch do alerts[i] = alert("Repeated" .. i, "checkout") end
      repeated = wrk.format("POST", "/api/v2/alerts", headers, "[" .. table.concat(alerts, ",") .. "]")
    end
    return repeated
  end
  local alerts = {}
  for i = 1, batch do
    counter = counter + 1
    local service = "checkout"
    if kind == "spread" then service = "svc-" .. (counter % services) end
    alerts[i] = alert("Load-" .. prefix .. "-" .. counter, service)
  end
  return wrk.format("POST", "/api/v2/alerts", headers, "[" .. table.concat(alerts, ",") .. "]")
end
