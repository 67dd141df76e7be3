import { isIPv6 } from 'node:net';

/**
 * The key the per-address limits count by. An IPv6 host is usually handed a whole /64 and can
 * speak from any address in it, so it counts as one; an IPv4 address (also as `::ffff:a.b.c.d`)
 * and anything else is its own key.
 */
export function addressKey(ip: string): string {
  if (!isIPv6(ip) || (ip.toLowerCase().startsWith('::ffff:') && ip.includes('.'))) return ip.toLowerCase().replace(/^::ffff:/, '');
  const [head = '', tail = ''] = ip.toLowerCase().split('%')[0]!.split('::');
  const left = head === '' ? [] : head.split(':');
  const right = tail === '' ? [] : tail.split(':');
  const groups = ip.includes('::') ? [...left, ...Array<string>(8 - left.length - right.length).fill('0'), ...right] : left;
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
