-- Reserve one contact: check every limit, and only if all allow, count it in every window. Atomic, one round trip.
-- All of a debtor's windows live in one sorted set (KEYS[3]): member '<window>|<attempt id>', score the instant in ms.
-- One read fetches every entry young enough to matter and one ZADD counts the attempt in all its windows, so the cost
-- hardly grows with the number of limits (a key per window made each limit a command and each window a new key).
-- The instant comes from the caller's clock (ARGV[1]); Redis TIME is never read, so a simulated week runs in seconds.
-- Retention, expiry and pruning happen at confirmation (apply.lua), which keeps this script lean.
--
-- KEYS[1] readiness marker for this slot (absent after a flush or restart: refuse until rebuilt from PostgreSQL)
-- KEYS[2] the reservation record (string "R|<expiry ms>|<windows, newline-separated>"; C when confirmed, X released)
-- KEYS[3] the debtor's windows
-- ARGV[1] now ms, ARGV[2] reservation id, ARGV[3] permit expiry ms, ARGV[4] record ttl ms,
-- ARGV[5] number of limits L, then 4 values per limit: window, kind (c count | s spacing | b bar), max, window ms
-- (or bar-from ms for a bar); then the windows to count the attempt in.
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
local limits = tonumber(ARGV[5])
local first = 6
local last = first + limits * 4 - 1

-- The oldest instant any limit looks at: a count or spacing window ends now - span (exclusive), a bar starts at bar-from.
local from = now
for at = first, last, 4 do
  local span = tonumber(ARGV[at + 3])
  local low = ARGV[at + 1] == 'b' and span or (now - span)
  if low < from then
    from = low
  end
end

-- Group the young entries by window, oldest first (ZRANGEBYSCORE returns them in score order).
local scores = {}
if limits > 0 then
  local entries = redis.call('ZRANGEBYSCORE', KEYS[3], from, '+inf', 'WITHSCORES')
  for i = 1, #entries, 2 do
    local member = entries[i]
    local window = string.sub(member, 1, string.find(member, '|', 1, true) - 1)
    local list = scores[window]
    if not list then
      list = {}
      scores[window] = list
    end
    list[#list + 1] = tonumber(entries[i + 1])
  end
end

local full = {'FULL'}
local index = 0
for at = first, last, 4 do
  index = index + 1
  local list = scores[ARGV[at]]
  if list then
    local kind = ARGV[at + 1]
    local max = tonumber(ARGV[at + 2])
    local span = tonumber(ARGV[at + 3])
    if kind == 'c' then
      local low = now - span
      local start = #list + 1
      for j = 1, #list do
        if list[j] > low then
          start = j
          break
        end
      end
      local counted = #list - start + 1
      if counted >= max then
        full[#full + 1] = index
        full[#full + 1] = counted
        full[#full + 1] = tostring(list[start + counted - max] + span)
      end
    elseif kind == 's' then
      local latest = list[#list]
      if latest + span > now then
        full[#full + 1] = index
        full[#full + 1] = 1
        full[#full + 1] = tostring(latest + span)
      end
    else
      local counted = 0
      for j = 1, #list do
        if list[j] >= span then
          counted = counted + 1
        end
      end
      if counted > 0 then
        full[#full + 1] = index
        full[#full + 1] = counted
        full[#full + 1] = tostring(list[#list])
      end
    end
  end
end

if #full > 1 then
  return full
end

-- The score is the caller's text (ARGV[1]), not the number: Redis would format a Lua number with printf for each entry.
local adds = {}
local names = {}
for j = last + 1, #ARGV do
  adds[#adds + 1] = ARGV[1]
  adds[#adds + 1] = ARGV[j] .. '|' .. ARGV[2]
  names[#names + 1] = ARGV[j]
end
if #adds > 0 then
  redis.call('ZADD', KEYS[3], unpack(adds))
end

redis.call('SET', KEYS[2], 'R|' .. ARGV[3] .. '|' .. table.concat(names, '\n'), 'PX', ARGV[4])
return {'OK'}
