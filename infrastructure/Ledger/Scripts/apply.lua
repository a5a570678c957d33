-- Put a recorded attempt in its windows: confirm a reservation, write a result (not connected, conversation), or
-- replay an attempt from PostgreSQL during a rebuild. Idempotent: a member is an attempt id, so replaying adds nothing.
-- Windows get their retention here (expiry, and entries older than it pruned), which keeps the reserve script lean.
--
-- KEYS[1]  the reservation record; KEYS[2..1+A] windows the attempt counts in; the rest: windows it must leave
-- ARGV[1] now ms, ARGV[2] attempt id, ARGV[3] score (placed-at ms), ARGV[4] record ttl ms, ARGV[5] retention ms,
-- ARGV[6] A, ARGV[7] mode: 'confirm' (needs a live reservation) | 'apply' (record as it is) | 'replay' (as apply,
-- for an attempt too old for its permit to matter: no reservation record is kept)
-- Returns 'OK' | 'USED' (confirmed before: nothing counted again) | 'NONE' (no live reservation) | 'EXPIRED'

local now = tonumber(ARGV[1])
local adds = tonumber(ARGV[6])

if ARGV[7] == 'confirm' then
  local record = redis.call('GET', KEYS[1])
  if record == 'C' then
    return 'USED'
  elseif not record or string.sub(record, 1, 1) ~= 'R' then
    return 'NONE'
  end
  local expiry = tonumber(string.match(record, '^R|(%d+)|'))
  if now > expiry then
    for i = 2, #KEYS do
      redis.call('ZREM', KEYS[i], ARGV[2])
    end
    redis.call('SET', KEYS[1], 'X', 'PX', ARGV[4])
    return 'EXPIRED'
  end
end

local keep = tonumber(ARGV[5])
for i = 2, 1 + adds do
  redis.call('ZADD', KEYS[i], ARGV[3], ARGV[2])
  redis.call('ZREMRANGEBYSCORE', KEYS[i], '-inf', '(' .. (now - keep))
  redis.call('PEXPIRE', KEYS[i], keep)
end
for i = 2 + adds, #KEYS do
  redis.call('ZREM', KEYS[i], ARGV[2])
end

if ARGV[7] ~= 'replay' then
  redis.call('SET', KEYS[1], 'C', 'PX', ARGV[4])
end
return 'OK'
