import { describe, expect, it } from 'vitest';
import { guardScripts } from './guard-scripts';

const registration = (matches: string[]) => ({ css: '/guard-dim.css' as const, matches, excludeMatches: ['*://released.test/*'] });

describe('guardScripts', () => {
  it('lets whole-host work sites follow the windows their pages open on about:blank, by origin', () => {
    const [script, ...rest] = guardScripts(registration(['*://mail.example.com/*', 'https://*.chat.test/*']));
    expect(rest).toEqual([]);
    expect(script).toMatchObject({
      id: 'hearth-guard',
      matches: ['*://mail.example.com/*', 'https://*.chat.test/*'],
      excludeMatches: ['*://released.test/*'],
      css: ['/guard-dim.css'],
      js: ['/guard.js'],
      allFrames: true,
      matchOriginAsFallback: true,
    });
  });

  it('keeps path-limited work sites in a script without the fallback, which Chromium refuses them', () => {
    const scripts = guardScripts(registration(['*://docs.example.com/document/*', '*://mail.example.com/*', 'https://wiki.test/*/edit']));
    expect(scripts.map(({ id, matches, matchOriginAsFallback }) => ({ id, matches, matchOriginAsFallback }))).toEqual([
      { id: 'hearth-guard', matches: ['*://mail.example.com/*'], matchOriginAsFallback: true },
      { id: 'hearth-guard-paths', matches: ['*://docs.example.com/document/*', 'https://wiki.test/*/edit'], matchOriginAsFallback: false },
    ]);
  });

  it('registers only the path-limited script when no work site names a whole host', () => {
    expect(guardScripts(registration(['*://docs.example.com/document/*'])).map((script) => script.id)).toEqual(['hearth-guard-paths']);
  });
});
