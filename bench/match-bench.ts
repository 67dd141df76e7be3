/**
 * Cost of deciding whether a URL is work (issue 11, item 8): the worst patterns the agreement
 * accepts (at most MAX_PATTERN_LENGTH characters) against a 2,000-character URL that almost
 * matches, so every part has to be looked for. Each case runs through `workSiteForUrl` as a tab
 * update does, with a fresh URL object every time. Run with `npm run bench:match`; it prints JSON.
 */
import { cpus } from 'node:os';
import { performance } from 'node:perf_hooks';
import { MAX_PATTERN_LENGTH } from '../utils/agreement/agreement-schema';
import { matchPatternProblem } from '../utils/sites/match-pattern';
import { workSiteForUrl } from '../utils/sites/work-site-for-url';

const RUNS = Number(process.env.BENCH_MATCH_RUNS ?? 2000);
const URL_LENGTH = 2000;
const HOST = 'jira.example.com';
const prefix = `*://${HOST}/`;

function fill(text: string, length: number): string {
  return text.repeat(Math.ceil(length / text.length)).slice(0, length);
}

/** The path part filled up to the longest accepted pattern. */
const longest = (unit: string, tail: string) => prefix + fill(unit, MAX_PATTERN_LENGTH - prefix.length - tail.length) + tail;

/** A URL of exactly URL_LENGTH characters: `path` repeated, then `tail` (so a pattern's last part is found). */
const url = (path: string, tail = '') => `https://${HOST}/${fill(path, URL_LENGTH - `https://${HOST}/`.length - tail.length)}${tail}`;

const cases: Array<{ name: string; pattern: string; url: string }> = [
  { name: 'issue example: 4 stars, .pdf never found', pattern: '*://jira.example.com/*/*/*/*.pdf', url: url('a/') },
  { name: 'issue example: 12 stars, last part found, one middle part missing', pattern: `${prefix}${'*/'.repeat(11)}*x/*.pdf`, url: url('a/', '.pdf') },
  { name: 'stars to the cap (*/ repeated), URL has too few slashes', pattern: longest('*/', '*z'), url: url('aaaaaaaaa/', 'z') },
  { name: 'stars to the cap (*a repeated), every part found but the last middle one', pattern: longest('*a', '*c*z'), url: url('a', 'z') },
  { name: 'one middle part as long as the cap allows, almost matching everywhere', pattern: `${prefix}*${fill('a', MAX_PATTERN_LENGTH - prefix.length - 5)}b*z`, url: url('a', 'z') },
  { name: 'middle parts "aab" to the cap, each found only after a near miss', pattern: longest('*aab', '*z'), url: url('aaaaaaaaab', 'z') },
  { name: 'a matching pattern (the common case)', pattern: `${prefix}*`, url: url('a/') },
];

const quantile = (values: number[], q: number) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) * q)]!;
const round = (ms: number) => Math.round(ms * 10_000) / 10_000;

const results = cases.map(({ name, pattern, url: target }) => {
  const problem = matchPatternProblem(pattern);
  if (problem || pattern.length > MAX_PATTERN_LENGTH) throw new Error(`${name}: the agreement would refuse ${pattern}`);
  const sites = [{ pattern, category: 'tickets' as const }];
  const samples: number[] = [];
  let matched = false;
  for (let run = 0; run < RUNS + 50; run++) {
    const started = performance.now();
    matched = workSiteForUrl(sites, target) !== undefined;
    if (run >= 50) samples.push(performance.now() - started);
  }
  return { name, patternLength: pattern.length, urlLength: target.length, matched, medianMs: round(quantile(samples, 0.5)), p99Ms: round(quantile(samples, 0.99)), maxMs: round(Math.max(...samples)) };
});

console.log(JSON.stringify({ machine: { node: process.version, cpu: cpus()[0]?.model, cores: cpus().length }, runs: RUNS, results }, null, 2));
