-- Release a reservation whose contact could not be placed: it leaves every window it was counted in.
-- KEYS[1] the reservation record; KEYS[2..] the windows it lists (read by the caller from field k).
-- ARGV[1] reservation id. Returns 'OK', or the record's state ('C' confirmed, 'X' released) / 'NONE' unchanged.

local state = redis.call('HGET', KEYS[1], 's')
if state ~= 'R' then
  return state or 'NONE'
end
for i = 2, #KEYS do
  redis.call('ZREM', KEYS[i], ARGV[1])
end
redis.call('HSET', KEYS[1], 's', 'X')
redis.call('HDEL', KEYS[1], 'k')
return 'OK'
