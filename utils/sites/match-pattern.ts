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
  path: RegExp;
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
  const pathRegex = new RegExp(
    `^${path!.split('*').map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`,
  );
  return {
    scheme: scheme as ParsedMatchPattern['scheme'],
    host: (anySubdomain ? host!.slice(2) : host!).toLowerCase(),
    anySubdomain,
    path: pathRegex,
  };
}

export function patternMatchesUrl(pattern: ParsedMatchPattern, url: URL): boolean {
  const scheme = url.protocol.slice(0, -1);
  if (scheme !== 'http' && scheme !== 'https') return false;
  if (pattern.scheme !== '*' && pattern.scheme !== scheme) return false;
  const host = url.hostname.toLowerCase();
  const hostOk = pattern.anySubdomain
    ? host === pattern.host || host.endsWith(`.${pattern.host}`)
    : host === pattern.host;
  return hostOk && pattern.path.test(url.pathname + url.search);
}
