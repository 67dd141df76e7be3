/**
 * Browser match patterns (https://developer.chrome.com/docs/extensions/develop/concepts/match-patterns),
 * restricted to what both Chrome and Firefox accept for registered content scripts: no ports
 * (Firefox rejects them), no `<all_urls>` (a work site that matches everything would dim the web).
 */
const SCHEMES = ['*', 'http', 'https'] as const;
const PATTERN = /^(\*|https?):\/\/(\*|\*\.[^/*:]+|[^/*:]+)(\/.*)$/;
const HOST_LABELS = /^[a-z0-9-]+(\.[a-z0-9-]+)*$/i;

export interface ParsedMatchPattern {
  scheme: (typeof SCHEMES)[number];
  /** Lower-case host without the leading "*." */
  host: string;
  anySubdomain: boolean;
  /** The path-and-query pattern split at its `*`s: literal text that must appear in this order. */
  pathParts: readonly string[];
}

export type MatchPatternProblem = 'shape' | 'scheme' | 'port' | 'host';

export function matchPatternProblem(pattern: string): MatchPatternProblem | undefined {
  if (pattern === '<all_urls>') return 'host';
  const scheme = /^([^:]+):\/\//.exec(pattern)?.[1];
  if (scheme === undefined) return 'shape';
  if (!(SCHEMES as readonly string[]).includes(scheme)) return 'scheme';
  const hostPart = pattern.slice(scheme.length + 3).split('/')[0] ?? '';
  if (hostPart.includes(':')) return 'port';
  if (!pattern.slice(scheme.length + 3).includes('/')) return 'shape';
  const match = PATTERN.exec(pattern);
  if (!match) return 'shape';
  const host = match[2]!;
  if (host === '*') return 'host';
  const bare = host.startsWith('*.') ? host.slice(2) : host;
  if (!HOST_LABELS.test(bare)) return 'host';
  return undefined;
}

export function parseMatchPattern(pattern: string): ParsedMatchPattern | undefined {
  if (matchPatternProblem(pattern)) return undefined;
  const [, scheme, host, path] = PATTERN.exec(pattern)!;
  const anySubdomain = host!.startsWith('*.');
  return {
    scheme: scheme as ParsedMatchPattern['scheme'],
    host: (anySubdomain ? host!.slice(2) : host!).toLowerCase(),
    anySubdomain,
    pathParts: path!.split('*'),
  };
}

export function patternMatchesUrl(pattern: ParsedMatchPattern, url: URL): boolean {
  const scheme = url.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https') return false;
  if (pattern.scheme !== '*' && pattern.scheme !== scheme) return false;
  return patternMatchesHost(pattern, url.hostname) && globMatches(pattern.pathParts, url.pathname + url.search);
}

/** Whether the pattern's host part covers `hostname`, whatever the path. */
export function patternMatchesHost(pattern: ParsedMatchPattern, hostname: string): boolean {
  const host = hostname.toLowerCase();
  return pattern.anySubdomain ? host === pattern.host || host.endsWith(`.${pattern.host}`) : host === pattern.host;
}

/**
 * Whether `text` is the parts joined by any strings. Not a regular expression: a `*` per gap
 * compiled to `.*` backtracks, and a 12-star pattern against a long URL took 36 s on every tab
 * update. Placing each middle part at its leftmost occurrence after the previous one is always
 * safe (a later placement leaves less room for the rest, never more), so one forward pass with
 * `indexOf` decides it, without ever going back: O(text × part) at worst.
 */
export function globMatches(parts: readonly string[], text: string): boolean {
  const first = parts[0]!;
  if (parts.length === 1) return text === first;
  const last = parts[parts.length - 1]!;
  const end = text.length - last.length;
  if (end < first.length || !text.startsWith(first) || !text.endsWith(last)) return false;
  let at = first.length;
  for (let index = 1; index < parts.length - 1; index++) {
    const part = parts[index]!;
    const found = text.indexOf(part, at);
    if (found === -1 || found + part.length > end) return false;
    at = found + part.length;
  }
  return true;
}
