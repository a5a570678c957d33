-- Put a recorded attempt in its windows: confirm a reservation, write a result (not connected, conversation), or
-- replay an attempt from PostgreSQL during a rebuild. Idempotent: a member is '<window>|<attempt id>', so replaying adds
-- nothing. The debtor's windows get their retention here (expiry, and entries older than it pruned), which keeps the
-- reserve script lean.
--
-- KEYS[1] the reservation record; KEYS[2] the debtor's windows (one sorted set, see reserve.lua)
-- ARGV[1] now ms, ARGV[2] attempt id, ARGV[3] score (placed-at ms), ARGV[4] record ttl ms, ARGV[5] retention ms,
-- ARGV[6] A, ARGV[7] mode: 'confirm' (needs a live reservation) | 'apply' (record as it is) | 'replay' (as apply,
-- for an attempt too old for its permit to matter: no reservation record is kept);
-- ARGV[8..7+A] windows the attempt counts in; the rest: windows it must leave.
-- Returns 'OK' | 'USED' (confirmed before: nothing counted again) | 'NONE' (no live reservation) | 'EXPIRED'

local now = tonumber(ARGV[1])
local adds = tonumber(ARGV[6])
local suffix = '|' .. ARGV[2]

if ARGV[7] == 'confirm' then
  local record = redis.call('GET', KEYS[1])
  if record == 'C' then
    return 'USED'
  elseif not record or string.sub(record, 1, 1) ~= 'R' then
    return 'NONE'
  end
  local expiry = tonumber(string.match(record, '^R|(%d+)|'))
  if now > expiry then
    local members = {}
    for i = 8, #ARGV do
      members[#members + 1] = ARGV[i] .. suffix
    end
    for window in string.gmatch(string.match(record, '^R|%d+|(.*)$'), '[^\n]+') do
      members[#members + 1] = window .. suffix
    end
    if #members > 0 then
      redis.call('ZREM', KEYS[2], unpack(members))
    end
    redis.call('SET', KEYS[1], 'X', 'PX', ARGV[4])
    return 'EXPIRED'
  end
end

local keep = tonumber(ARGV[5])
if adds > 0 then
  local entries = {}
  for i = 8, 7 + adds do
    entries[#entries + 1] = ARGV[3]
    entries[#entries + 1] = ARGV[i] .. suffix
  end
  redis.call('ZADD', KEYS[2], unpack(entries))
  redis.call('ZREMRANGEBYSCORE', KEYS[2], '-inf', '(' .. (now - keep))
  redis.call('PEXPIRE', KEYS[2], keep)
end
if #ARGV > 7 + adds then
  local leave = {}
  for i = 8 + adds, #ARGV do
    leave[#leave + 1] = ARGV[i] .. suffix
  end
  redis.call('ZREM', KEYS[2], unpack(leave))
end

if ARGV[7] ~= 'replay' then
  redis.call('SET', KEYS[1], 'C', 'PX', ARGV[4])
end
return 'OK'
