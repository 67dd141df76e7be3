/**
 * The Redis engine's Lua scripts. Each touches the keys of one room or one slot only, all sharing
 * the hash tag `{id}`, so a Redis Cluster runs each on one node, atomically.
 */

/**
 * KEYS: auth, seq. ARGV: token hash, '1' to create, room life ms. Answers 1 when the hash matches,
 * and then starts the room's life anew: a room nobody opens for that long expires with its counter
 * (its log, status and ids expire sooner, by their own limits).
 */
export const OPEN_ROOM = `
if ARGV[2] == '1' then redis.call('SET', KEYS[1], ARGV[1], 'NX') end
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
redis.call('PEXPIRE', KEYS[1], ARGV[3])
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return 1
`;

/**
 * KEYS: auth, seq, log, bytes, ids, events channel. ARGV: role, client id, envelope, now, max
 * entries, max bytes, max age ms, dedupe window, room, origin. INCR + XADD in one script is what
 * keeps the sequence gap-free: no seq is handed out without its entry. It also publishes the `msg`
 * event (every value in it is base64url, a uuid or digits: nothing to escape). Answers -1 for a
 * deleted room, else {seq, 1 if a resend}.
 */
export const APPEND = `
if redis.call('EXISTS', KEYS[1]) == 0 then return -1 end
local known = redis.call('ZSCORE', KEYS[5], ARGV[2])
if known then return {tonumber(known), 1} end
local now = tonumber(ARGV[4])
local maxAge = tonumber(ARGV[7])
local seq = redis.call('INCR', KEYS[2])
-- The counter made by a room's first append lives as long as the room.
local life = redis.call('PTTL', KEYS[1])
if seq == 1 and life > 0 then redis.call('PEXPIRE', KEYS[2], life) end
redis.call('XADD', KEYS[3], seq .. '-0', 'r', ARGV[1], 'e', ARGV[3], 'at', ARGV[4])
redis.call('ZADD', KEYS[5], seq, ARGV[2])
redis.call('ZREMRANGEBYSCORE', KEYS[5], '-inf', seq - tonumber(ARGV[8]))
local bytes = redis.call('INCRBY', KEYS[4], #ARGV[3])
local count = redis.call('XLEN', KEYS[3])
while true do
  local oldest = redis.call('XRANGE', KEYS[3], '-', '+', 'COUNT', 1)[1]
  if not oldest then break end
  local fields = oldest[2]
  if count <= tonumber(ARGV[5]) and bytes <= tonumber(ARGV[6]) and tonumber(fields[6]) >= now - maxAge then break end
  redis.call('XDEL', KEYS[3], oldest[1])
  count = count - 1
  bytes = redis.call('INCRBY', KEYS[4], -#fields[4])
end
-- A log untouched for its whole age limit holds only expired entries: let Redis drop it.
redis.call('PEXPIRE', KEYS[3], maxAge)
redis.call('PEXPIRE', KEYS[4], maxAge)
redis.call('PEXPIRE', KEYS[5], maxAge)
redis.call('SPUBLISH', KEYS[6], '{"k":"msg","room":"' .. ARGV[9] .. '","origin":"' .. ARGV[10] .. '","entry":{"seq":' .. seq ..
  ',"role":"' .. ARGV[1] .. '","envelope":"' .. ARGV[3] .. '","at":' .. ARGV[4] .. '}}')
return {seq, 0}
`;

/** KEYS: auth, status, events channel. ARGV: value, ttl seconds, event. Answers 0 for a deleted room. */
export const SET_STATUS = `
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('SET', KEYS[2], ARGV[1], 'EX', ARGV[2])
redis.call('SPUBLISH', KEYS[3], ARGV[3])
return 1
`;

/**
 * KEYS: entries, closes. ARGV: data ('' to only read), now, ttl ms. Answers {'c'} when closed (two
 * writes, or past its life), else {'w' or 'r', entries...}. A slot is remembered for a second life
 * after it closes, so a late write hears it is closed instead of opening a fresh slot.
 */
export const SLOT = `
local now = tonumber(ARGV[2])
local ttl = tonumber(ARGV[3])
local closes = redis.call('GET', KEYS[2])
if closes and now >= tonumber(closes) then return {'c'} end
local kind = 'r'
if ARGV[1] ~= '' then
  if redis.call('LLEN', KEYS[1]) >= 2 then return {'c'} end
  redis.call('RPUSH', KEYS[1], ARGV[1])
  if not closes then
    redis.call('SET', KEYS[2], tostring(now + ttl), 'PX', 2 * ttl)
    redis.call('PEXPIRE', KEYS[1], 2 * ttl)
  end
  kind = 'w'
end
local out = {kind}
for _, entry in ipairs(redis.call('LRANGE', KEYS[1], 0, -1)) do table.insert(out, entry) end
return out
`;
