import { describe, expect, it } from 'vitest';
import type { WorkSite } from '../agreement/agreement-schema';
import { workUrlVerdict } from './work-url-verdict';

const sites: WorkSite[] = [
  { pattern: '*://*.example.net/wiki/*', category: 'docs', label: 'Wiki' },
  { pattern: '*://*.example.net/*', category: 'tickets', label: 'Tracker' },
  { pattern: 'https://chat.example.org/*', category: 'chat' },
];

describe('workUrlVerdict', () => {
  it.each([
    ['https://acme.example.net/wiki/Home', 0],
    ['https://acme.example.net/browse/X-1', 1],
    ['  https://chat.example.org/room  ', 2],
  ])('names the first entry that covers %s', (url, index) => {
    expect(workUrlVerdict(sites, url)).toEqual({ kind: 'work', site: sites[index], index, unchecked: 0 });
  });

  it('says no when no pattern covers a web address', () => {
    expect(workUrlVerdict(sites, 'http://chat.example.org/room')).toEqual({ kind: 'not-work', unchecked: 0 });
  });

  it.each(['', 'example.net/wiki/x', 'ftp://acme.example.net/', 'mailto:me@example.net', 'about:blank', 'https://'])(
    'says %j is not a web address',
    (url) => expect(workUrlVerdict(sites, url)).toEqual({ kind: 'not-web' }),
  );

  it('checks only patterns the schema accepts, reading them trimmed, and counts the rest', () => {
    const draft: WorkSite[] = [
      { pattern: 'https://example.com:8080/*', category: 'docs', label: 'Port' },
      { pattern: '*://example.com', category: 'docs' },
      { pattern: ' *://example.com/* ', category: 'code', label: 'Example' },
    ];
    expect(workUrlVerdict(draft, 'https://example.com:8080/x')).toEqual({ kind: 'work', site: draft[2], index: 2, unchecked: 2 });
    expect(workUrlVerdict(draft.slice(0, 2), 'https://example.com/')).toEqual({ kind: 'not-work', unchecked: 2 });
  });
});
