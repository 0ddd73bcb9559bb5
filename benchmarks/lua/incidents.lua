-- POST /v1/incidents, one event per request. LOAD_KIND:
--   repeat       the same event every time (one hot incident)
--   one-service  a new event every time, all of one service (shared `service` label, source, category)
--   spread       a new event every time, spread over LOAD_SERVICES services (label and source)
--   storm        one-service, with every LOAD_P1_EVERY-th event a P1 (the webhook's business)
dofile(os.getenv("LOAD_LUA_DIR") .. "/common.lua")
local kind = os.getenv("LOAD_KIND") or "one-service"
local services = tonumber(os.getenv("LOAD_SERVICES") or "1000")
local p1_every = tonumber(os.getenv("LOAD_P1_EVERY") or "50")
local headers = {["Content-Type"] = "application/json"}

request = function()
  counter = counter + 1
  local source, service, title, severity = "load", "checkout", "load " .. prefix .. "-" .. counter, "P3"
  if kind == "repeat" then
    title, severity = "the same trouble", "P2"
  elseif kind == "spread" then
    local n = counter % services
    source, service = "load-" .. n, "svc-" .. n
  elseif kind == "storm" and counter % p1_every == 0 then
    severity = "P1"
  end
  local body = '{"source":"' .. source .. '","title":"' .. title .. '","severity":"' .. severity ..
      '","category":"performance","labels":{"service":"' .. service .. '"}}'
  return wrk.format("POST", "/v1/incidents", headers, body)
end
