-- Release a reservation whose contact could not be placed: it leaves every window its record lists.
-- KEYS[1] the reservation record; KEYS[2] the debtor's windows (one sorted set, see reserve.lua).
-- ARGV[1] reservation id, ARGV[2] record ttl ms. Returns 'OK', or the record's state ('C', 'X') / 'NONE' unchanged.

local record = redis.call('GET', KEYS[1])
if not record then
  return 'NONE'
elseif string.sub(record, 1, 1) ~= 'R' then
  return record
end
local members = {}
for window in string.gmatch(string.match(record, '^R|%d+|(.*)$'), '[^\n]+') do
  members[#members + 1] = window .. '|' .. ARGV[1]
end
if #members > 0 then
  redis.call('ZREM', KEYS[2], unpack(members))
end
redis.call('SET', KEYS[1], 'X', 'PX', ARGV[2])
return 'OK'
