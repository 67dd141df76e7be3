import { describe, expect, it } from 'vitest';
import { globMatches, matchPatternProblem, parseMatchPattern, patternMatchesUrl } from './match-pattern';

function matches(pattern: string, url: string): boolean {
  const parsed = parseMatchPattern(pattern);
  if (!parsed) throw new Error(`${pattern} should be a valid pattern`);
  return patternMatchesUrl(parsed, new URL(url));
}

describe('matchPatternProblem', () => {
  it.each([
    '*://*.example.com/*',
    'https://example.com/*',
    'http://example.com/',
    '*://example.com/wiki/*',
    '*://example.com/*/edit',
    '*://Example.COM/*',
    '*://localhost/*',
    '*://192.168.1.10/*',
    '*://my-host.example.co.uk/path?query=*',
    '*://teams.cloud.microsoft/*',
  ])('accepts %s', (pattern) => {
    expect(matchPatternProblem(pattern)).toBeUndefined();
  });

  it.each([
    ['', 'shape'],
    ['teams.microsoft.com', 'shape'],
    ['example.com/*', 'shape'],
    ['https://example.com', 'shape'],
    ['*://exa*mple.com/*', 'shape'],
    ['*://*.*/*', 'shape'],
    ['ftp://example.com/*', 'scheme'],
    ['file:///home/*', 'scheme'],
    ['chrome-extension://abc/*', 'scheme'],
    ['ws://example.com/*', 'scheme'],
    ['http://localhost:8080/*', 'port'],
    ['https://*.example.com:443/*', 'port'],
    ['*://example.com:*/*', 'port'],
    ['<all_urls>', 'host'],
    ['*://*/*', 'host'],
    ['https://*/*', 'host'],
    ['*://exa_mple.com/*', 'host'],
    ['*://example..com/*', 'host'],
    ['*://ex ample.com/*', 'host'],
  ])('refuses %j as a problem of %s', (pattern, problem) => {
    expect(matchPatternProblem(pattern)).toBe(problem);
  });
});

describe('parseMatchPattern', () => {
  it('gives nothing for an invalid pattern', () => {
    expect(parseMatchPattern('http://localhost:8080/*')).toBeUndefined();
  });

  it('splits a valid pattern, lower-casing the host and dropping the subdomain wildcard', () => {
    expect(parseMatchPattern('https://*.Example.com/*')).toMatchObject({
      scheme: 'https',
      host: 'example.com',
      anySubdomain: true,
    });
  });
});

describe('patternMatchesUrl', () => {
  it.each([
    // A subdomain wildcard covers the bare domain and any depth below it, but no lookalike.
    ['*://*.example.com/*', 'https://example.com/', true],
    ['*://*.example.com/*', 'https://sub.example.com/page', true],
    ['*://*.example.com/*', 'https://a.b.example.com/', true],
    ['*://*.example.com/*', 'https://badexample.com/', false],
    ['*://*.example.com/*', 'https://example.com.evil.net/', false],
    ['*://example.com/*', 'https://sub.example.com/', false],
    // Scheme `*` means http or https, nothing else.
    ['*://example.com/*', 'http://example.com/', true],
    ['*://example.com/*', 'https://example.com/', true],
    ['*://example.com/*', 'ftp://example.com/', false],
    ['*://example.com/*', 'ws://example.com/', false],
    ['https://example.com/*', 'http://example.com/', false],
    ['http://example.com/*', 'https://example.com/', false],
    // Path globs.
    ['*://example.com/wiki/*', 'https://example.com/wiki/spaces/X', true],
    ['*://example.com/wiki/*', 'https://example.com/wiki/', true],
    ['*://example.com/wiki/*', 'https://example.com/wiki', false],
    ['*://example.com/wiki/*', 'https://example.com/wikipedia', false],
    ['*://example.com/*/edit', 'https://example.com/doc/1/edit', true],
    ['*://example.com/*/edit', 'https://example.com/doc/1/edit/more', false],
    ['*://example.com/', 'https://example.com', true],
    ['*://example.com/', 'https://example.com/a', false],
    ['*://example.com/a.b', 'https://example.com/axb', false],
    ['*://example.com/a(1)', 'https://example.com/a(1)', true],
    // Hosts compare without regard to case.
    ['*://Example.COM/*', 'https://example.com/', true],
    ['*://example.com/*', 'https://EXAMPLE.com/', true],
    // A port in the URL does not stop a pattern (which cannot name one) from matching.
    ['*://example.com/*', 'https://example.com:8443/x', true],
    ['*://localhost/*', 'http://localhost:3000/', true],
    // The query string is part of the path; the fragment is not.
    ['*://example.com/search?q=*', 'https://example.com/search?q=cats', true],
    ['*://example.com/search?q=*', 'https://example.com/search', false],
    ['*://example.com/page', 'https://example.com/page?x=1', false],
    ['*://example.com/page*', 'https://example.com/page?x=1', true],
    ['*://example.com/page', 'https://example.com/page#top', true],
  ])('%s against %s: %s', (pattern, url, expected) => {
    expect(matches(pattern, url)).toBe(expected);
  });
});

describe('globMatches', () => {
  it.each([
    [['abc'], 'abc', true],
    [['abc'], 'abcd', false],
    [['', ''], '', true],
    [['a', ''], 'a-anything', true],
    [['', 'b'], 'xb', true],
    [['a', 'a'], 'a', false],
    [['a', 'a'], 'aa', true],
    // The leftmost place of a middle part is the one that leaves the most room.
    [['', 'aab', ''], 'aaab', true],
    [['', 'ab', 'ab', ''], 'aabab', true],
    [['', 'ab', 'ab', ''], 'abab', true],
    [['', 'ab', 'ab', ''], 'aba', false],
    // A middle part may not overlap the final part.
    [['/', 'x', 'xy'], '/xy', false],
    [['/', 'x', 'xy'], '/xxy', true],
  ] as const)('%j against %j: %s', (parts, text, expected) => {
    expect(globMatches(parts, text)).toBe(expected);
  });

  it('agrees with the regular-expression reading of a glob on every short pattern and text', () => {
    const alphabet = ['a', 'b', '*'];
    const words = (length: number, letters: string[]): string[] =>
      length === 0 ? [''] : words(length - 1, letters).flatMap((word) => letters.map((letter) => word + letter));
    const patterns = [0, 1, 2, 3, 4, 5].flatMap((length) => words(length, alphabet));
    const texts = [0, 1, 2, 3, 4, 5].flatMap((length) => words(length, ['a', 'b']));
    let compared = 0;
    for (const pattern of patterns) {
      const reference = new RegExp(`^${pattern.replaceAll('*', '.*')}$`);
      for (const text of texts) {
        expect(globMatches(pattern.split('*'), text), `${pattern} / ${text}`).toBe(reference.test(text));
        compared++;
      }
    }
    expect(compared).toBe(patterns.length * texts.length);
  });
});
