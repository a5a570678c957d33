-- Put a recorded attempt in its windows: confirm a reservation, write a result (not connected, conversation), or
-- replay an attempt from PostgreSQL during a rebuild. Idempotent: a member is an attempt id, so replaying adds nothing.
--
-- KEYS[1]  the reservation record; KEYS[2..1+A] windows the attempt counts in; the rest: windows it must leave
-- ARGV[1] now ms, ARGV[2] attempt id, ARGV[3] score (placed-at ms), ARGV[4] record ttl ms, ARGV[5] retention ms,
-- ARGV[6] A, ARGV[7] mode: 'confirm' (needs a live reservation) | 'apply' (record as it is) | 'replay' (as apply,
-- for an attempt too old for its permit to matter: no reservation record is kept)
-- Returns 'OK' | 'USED' (confirmed before: nothing counted again) | 'NONE' (no live reservation) | 'EXPIRED'

local now = tonumber(ARGV[1])
local adds = tonumber(ARGV[6])

if ARGV[7] == 'confirm' then
  local state = redis.call('HGET', KEYS[1], 's')
  if state == 'C' then
    return 'USED'
  elseif state ~= 'R' then
    return 'NONE'
  end
  if now > tonumber(redis.call('HGET', KEYS[1], 'e')) then
    for i = 2, #KEYS do
      redis.call('ZREM', KEYS[i], ARGV[2])
    end
    redis.call('HSET', KEYS[1], 's', 'X')
    return 'EXPIRED'
  end
end

local keep = tonumber(ARGV[5])
for i = 2, 1 + adds do
  redis.call('ZADD', KEYS[i], ARGV[3], ARGV[2])
  redis.call('PEXPIRE', KEYS[i], keep)
end
for i = 2 + adds, #KEYS do
  redis.call('ZREM', KEYS[i], ARGV[2])
end

if ARGV[7] ~= 'replay' then
  redis.call('HSET', KEYS[1], 's', 'C')
  redis.call('HDEL', KEYS[1], 'k')
  redis.call('PEXPIRE', KEYS[1], ARGV[4])
end
return 'OK'
