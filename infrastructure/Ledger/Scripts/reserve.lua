-- Reserve one contact: check every limit, and only if all allow, count it in every window. Atomic, one round trip.
-- Every key shares the debtor's hash tag except KEYS[1], the readiness marker of that same cluster slot.
-- The instant comes from the caller's clock (ARGV[1]); Redis TIME is never read, so a simulated week runs in seconds.
-- Kept lean (one command per limit and per window): retention, expiry and pruning happen at confirmation.
--
-- KEYS[1]  readiness marker for this slot (absent after a flush or restart: refuse until rebuilt from PostgreSQL)
-- KEYS[2]  the reservation record (string "R|<expiry ms>|<window keys, newline-separated>"; C when confirmed, X released)
-- KEYS[3..] windows (sorted sets: member = attempt id, score = instant in ms)
-- ARGV[1] now ms, ARGV[2] reservation id, ARGV[3] permit expiry ms, ARGV[4] record ttl ms, ARGV[5] window retention ms (used at confirmation),
-- ARGV[6] number of limits L, then 4 values per limit: key index, kind (c count | s spacing | b bar), max, window ms
-- (or bar-from ms for a bar); then the number of windows to count in, then their key indexes.
-- Returns {'OK'} | {'DUP'} (already reserved: not counted twice) | {'USED'} | {'NOTREADY'} |
-- {'FULL', limit, counted, free-from ms, ...} for every limit that is full (for a bar: the latest conversation's ms).

if redis.call('EXISTS', KEYS[1]) == 0 then
  return {'NOTREADY'}
end

local record = redis.call('GET', KEYS[2])
if record then
  if string.sub(record, 1, 1) == 'R' then
    return {'DUP'}
  end
  return {'USED'}
end

local now = tonumber(ARGV[1])
local limits = tonumber(ARGV[6])
local full = {'FULL'}
local at = 7
for i = 1, limits do
  local key = KEYS[tonumber(ARGV[at])]
  local kind = ARGV[at + 1]
  local max = tonumber(ARGV[at + 2])
  local span = tonumber(ARGV[at + 3])
  at = at + 4
  if kind == 'c' then
    local low = '(' .. (now - span)
    local counted = redis.call('ZCOUNT', key, low, '+inf')
    if counted >= max then
      local oldest = redis.call('ZRANGEBYSCORE', key, low, '+inf', 'WITHSCORES', 'LIMIT', counted - max, 1)
      full[#full + 1] = i
      full[#full + 1] = counted
      full[#full + 1] = tostring(tonumber(oldest[2]) + span)
    end
  elseif kind == 's' then
    local latest = redis.call('ZREVRANGEBYSCORE', key, '+inf', '-inf', 'WITHSCORES', 'LIMIT', 0, 1)
    if latest[2] and tonumber(latest[2]) + span > now then
      full[#full + 1] = i
      full[#full + 1] = 1
      full[#full + 1] = tostring(tonumber(latest[2]) + span)
    end
  else
    local latest = redis.call('ZREVRANGEBYSCORE', key, '+inf', span, 'WITHSCORES', 'LIMIT', 0, 1)
    if latest[2] then
      full[#full + 1] = i
      full[#full + 1] = redis.call('ZCOUNT', key, span, '+inf')
      full[#full + 1] = latest[2]
    end
  end
end

if #full > 1 then
  return full
end

local counters = tonumber(ARGV[at])
local names = {}
for j = 1, counters do
  local key = KEYS[tonumber(ARGV[at + j])]
  redis.call('ZADD', key, now, ARGV[2])
  names[j] = key
end

redis.call('SET', KEYS[2], 'R|' .. ARGV[3] .. '|' .. table.concat(names, '\n'), 'PX', ARGV[4])
return {'OK'}
