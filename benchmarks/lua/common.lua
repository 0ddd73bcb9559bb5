-- Shared by the load scripts: thread numbering and optional pacing.
--
-- Each wrk thread runs in its own Lua state, so math.random would give every thread the same
-- prefix and the "new" alerts of two threads would collide: number the threads in setup instead.
-- LOAD_RATE (requests/s over all LOAD_THREADS threads) paces the requests wrk2-style: each thread
-- sends its next request at start + n / rate (a wall clock read through LuaJIT's ffi), so the
-- intake is fixed whatever the latency, as long as enough connections are free. Without it wrk
-- runs closed-loop, as fast as answers come back.
local ffi = require("ffi")
ffi.cdef [[
  typedef struct { long tv_sec; long tv_usec; } load_timeval;
  int gettimeofday(load_timeval *tv, void *tz);
]]
local tv = ffi.new("load_timeval")
local function now_ms()
  ffi.C.gettimeofday(tv, nil)
  return tonumber(tv.tv_sec) * 1000 + tonumber(tv.tv_usec) / 1000
end

local threads = 0
function setup(thread)
  threads = threads + 1
  thread:set("thread_id", threads)
end

counter = 0
prefix = ""
local rate = tonumber(os.getenv("LOAD_RATE") or "")
local per_thread_ms, started, sent
function init(args)
  prefix = tostring(os.time()) .. "-" .. tostring(thread_id)
  if rate and rate > 0 then
    per_thread_ms = 1000 * tonumber(os.getenv("LOAD_THREADS") or "1") / rate
  end
end

if rate and rate > 0 then
  function delay()
    local now = now_ms()
    if not started then started, sent = now, 0 end
    local due = started + sent * per_thread_ms
    sent = sent + 1
    return math.max(0, math.floor(due - now))
  end
end
