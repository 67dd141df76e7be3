import { describe, expect, it } from 'vitest';
import { hostPatternForUrl, onWorkSiteHost, workSiteForUrl } from './work-site-for-url';
import { patternMatchesUrl, parseMatchPattern } from './match-pattern';
import type { WorkSite } from '../agreement/agreement-schema';

const sites: WorkSite[] = [
  { pattern: '*://*.example.net/wiki/*', category: 'docs', label: 'Wiki' },
  { pattern: '*://*.example.net/*', category: 'tickets', label: 'Tracker' },
  { pattern: 'https://chat.example.org/*', category: 'chat' },
  { pattern: '*://mail.example.org/*', category: 'email', label: 'Mail' },
];

describe('workSiteForUrl', () => {
  it.each([
    ['https://acme.example.net/wiki/page', 'Wiki'],
    ['https://acme.example.net/browse/X-1', 'Tracker'],
    ['http://example.net/', 'Tracker'],
    ['https://chat.example.org/room', 'chat'],
    ['https://MAIL.example.org/inbox?unread=1#top', 'Mail'],
    ['https://mail.example.org:8443/', 'Mail'],
  ])('finds the first matching site for %s (%s)', (url, expected) => {
    const site = workSiteForUrl(sites, url);
    expect(site?.label ?? site?.category).toBe(expected);
  });

  it.each([
    ['an unlisted site', 'https://news.example.com/'],
    ['http where the pattern says https', 'http://chat.example.org/room'],
    ['a lookalike host', 'https://notexample.net/'],
    ['a non-web scheme', 'ftp://mail.example.org/'],
    ['a file', 'file:///home/alex/mail.example.org/'],
    ['a browser page', 'chrome://settings/'],
    ['an extension page', 'moz-extension://abc/options.html'],
    ['text that is not a URL', 'mail.example.org'],
    ['an empty string', ''],
  ])('finds nothing for %s', (_, url) => {
    expect(workSiteForUrl(sites, url)).toBeUndefined();
  });

  it('follows the order of the list, not the specificity of the patterns', () => {
    const reversed = [sites[1]!, sites[0]!];
    expect(workSiteForUrl(reversed, 'https://acme.example.net/wiki/page')?.label).toBe('Tracker');
  });

  it('finds nothing in an empty list', () => {
    expect(workSiteForUrl([], 'https://acme.example.net/')).toBeUndefined();
  });

  it('skips a pattern that does not parse instead of failing', () => {
    const withBroken: WorkSite[] = [{ pattern: 'mail.example.org', category: 'email' }, sites[3]!];
    expect(workSiteForUrl(withBroken, 'https://mail.example.org/')?.label).toBe('Mail');
    expect(workSiteForUrl(withBroken, 'https://mail.example.org/')?.label).toBe('Mail');
  });

  it('answers the same for a fresh copy of the list, as every storage read yields', () => {
    const copy = structuredClone(sites);
    expect(workSiteForUrl(copy, 'https://acme.example.net/wiki/page')).toEqual(sites[0]);
  });
});

describe('hostPatternForUrl', () => {
  it.each([
    ['https://app.slack.com/client/T01', '*://app.slack.com/*'],
    ['http://intranet.example.com/', '*://intranet.example.com/*'],
    ['https://App.Slack.COM/', '*://app.slack.com/*'],
    ['https://acme.atlassian.net:8443/wiki?x=1#y', '*://acme.atlassian.net/*'],
    ['http://localhost:3000/', '*://localhost/*'],
    ['http://192.168.1.10/admin', '*://192.168.1.10/*'],
  ])('%s gives %s', (url, expected) => {
    expect(hostPatternForUrl(url)).toBe(expected);
  });

  it.each([
    ['a non-web scheme', 'ftp://files.example.com/'],
    ['a browser page', 'chrome://extensions/'],
    ['text that is not a URL', 'app.slack.com'],
    ['an IPv6 literal, which no match pattern can name', 'http://[::1]/'],
  ])('gives nothing for %s', (_, url) => {
    expect(hostPatternForUrl(url)).toBeUndefined();
  });

  it.each([
    ['https://app.slack.com/client', 'https://app.slack.com/other?x=1', true],
    ['https://app.slack.com/client', 'http://app.slack.com/', true],
    ['https://app.slack.com/client', 'https://files.slack.com/', false],
    ['https://app.slack.com/client', 'https://slack.com/', false],
  ])('the pattern for %s covers %s: %s', (from, other, expected) => {
    const pattern = parseMatchPattern(hostPatternForUrl(from)!)!;
    expect(patternMatchesUrl(pattern, new URL(other))).toBe(expected);
  });
});

describe('onWorkSiteHost', () => {
  const sites: WorkSite[] = [
    { pattern: '*://docs.google.com/document/*', category: 'docs' },
    { pattern: 'https://*.slack.com/*', category: 'chat' },
  ];

  it.each([
    // A path-limited site: its other paths are on its host, and may be left by an in-page navigation.
    ['https://docs.google.com/spreadsheets/d/1', true],
    ['https://docs.google.com/document/d/1', true],
    ['https://DOCS.google.com/', true],
    ['https://app.slack.com/client', true],
    ['http://slack.com/', true],
    ['https://example.org/document/', false],
    ['https://google.com/', false],
    ['https://notslack.com/', false],
    ['chrome://newtab/', false],
    ['not a url', false],
  ])('%s is on a work site host: %s', (url, expected) => {
    expect(onWorkSiteHost(sites, url)).toBe(expected);
  });
});
