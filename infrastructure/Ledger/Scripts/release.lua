-- Release a reservation whose contact could not be placed: it leaves every window it was counted in.
-- KEYS[1] the reservation record; KEYS[2..] the windows it lists (read by the caller from the record).
-- ARGV[1] reservation id, ARGV[2] record ttl ms. Returns 'OK', or the record's state ('C', 'X') / 'NONE' unchanged.

local record = redis.call('GET', KEYS[1])
if not record then
  return 'NONE'
elseif string.sub(record, 1, 1) ~= 'R' then
  return record
end
for i = 2, #KEYS do
  redis.call('ZREM', KEYS[i], ARGV[1])
end
redis.call('SET', KEYS[1], 'X', 'PX', ARGV[2])
return 'OK'
