import { describe, expect, it } from 'vitest';
import { isHearthPage, isWebPageTab, senderMaySend, type SenderFacts, type Self } from './message-senders';
import type { RoutedType } from './message-schemas';

const chromium: Self = { id: 'abcdefghijklmnopabcdefghijklmnop', base: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const firefox: Self = { id: 'hearth@hearth.family', base: 'moz-extension://4b1c6d0e-2f3a-4b5c-8d9e-0f1a2b3c4d5e/' };

/** runtime.MessageSender as each browser fills it in for each of Hearth's parts. */
const senders = (self: Self) => ({
  popup: { id: self.id, url: `${self.base}popup.html` },
  embeddedOptions: { id: self.id, url: `${self.base}options.html` },
  optionsTab: { id: self.id, url: `${self.base}options.html`, tab: { id: 7, url: `${self.base}options.html` } },
  reportTab: { id: self.id, url: `${self.base}report.html#week`, tab: { id: 8, url: `${self.base}report.html#week` } },
  workTab: { id: self.id, url: 'https://acme.atlassian.net/browse/X-1', tab: { id: 9, url: 'https://acme.atlassian.net/browse/X-1' } },
});

const HEARTH_ONLY: RoutedType[] = [
  'agreement:import', 'agreement:sample', 'agreement:save', 'tracking:settings', 'popup:status',
  'popup:note', 'ritual:mark', 'report:open', 'reminders:settings', 'comforts:settings', 'checkIn:save',
  'proposal:list', 'proposal:accept', 'proposal:decline', 'proposal:withdraw', 'proposal:reapply', 'proposal:dismiss', 'proposal:adopt',
];
const FROM_TABS: RoutedType[] = ['guard:hello', 'guard:veiled', 'override:request'];

describe.each([
  ['Chromium', chromium],
  ['Firefox', firefox],
])('senderMaySend in %s', (_, self) => {
  const from = senders(self);

  it.each(HEARTH_ONLY)('lets only Hearth pages send %s, never a work tab', (type) => {
    expect(senderMaySend(type, from.popup, self)).toBe(true);
    expect(senderMaySend(type, from.embeddedOptions, self)).toBe(true);
    expect(senderMaySend(type, from.optionsTab, self)).toBe(true);
    expect(senderMaySend(type, from.reportTab, self)).toBe(true);
    expect(senderMaySend(type, from.workTab, self)).toBe(false);
  });

  it.each(FROM_TABS)('lets only a web page tab send %s, not a Hearth page', (type) => {
    expect(senderMaySend(type, from.workTab, self)).toBe(true);
    expect(senderMaySend(type, from.popup, self)).toBe(false);
    expect(senderMaySend(type, from.optionsTab, self)).toBe(false);
  });
});

describe('isHearthPage', () => {
  it.each<[string, SenderFacts]>([
    ['another extension', { id: 'zzzz', url: `${chromium.base}popup.html` }],
    ['an extension whose id starts like Hearth\'s', { id: chromium.id, url: 'chrome-extension://abcdefghijklmnopabcdefghijklmnopq/popup.html' }],
    ['a web page naming Hearth in its path', { id: chromium.id, url: `https://evil.example/${chromium.base}` }],
    ['a sender without a URL', { id: chromium.id }],
  ])('is false for %s', (_, sender) => {
    expect(isHearthPage(sender, chromium)).toBe(false);
  });
});

describe('isWebPageTab', () => {
  it.each<[string, SenderFacts, boolean]>([
    ['an http page in a tab', { id: chromium.id, url: 'http://intranet/', tab: { id: 1 } }, true],
    ['a page without a tab (a worker, a popup)', { id: chromium.id, url: 'https://acme.example/' }, false],
    ['a file page in a tab', { id: chromium.id, url: 'file:///home/a.html', tab: { id: 1 } }, false],
    ['another extension', { id: 'zzzz', url: 'https://acme.example/', tab: { id: 1 } }, false],
    ['a window a web page opened on about:blank', { id: chromium.id, url: 'about:blank', origin: 'https://mail.example', tab: { id: 1 } }, true],
    ['an about:blank window of no web origin', { id: chromium.id, url: 'about:blank', origin: 'null', tab: { id: 1 } }, false],
    ['a window a web page opened on a blob: URL it made', { id: chromium.id, url: 'blob:https://mail.example/0f5c', origin: 'https://mail.example', tab: { id: 1 } }, true],
    ['a blob: window a Hearth page made', { id: chromium.id, url: `blob:${chromium.base}0f5c`, origin: chromium.base.slice(0, -1), tab: { id: 1 } }, false],
    ['a data: window (its origin is opaque)', { id: chromium.id, url: 'data:text/html,<p>', origin: 'null', tab: { id: 1 } }, false],
    ['an about: page that is not a blank document', { id: chromium.id, url: 'about:blankx', origin: 'https://mail.example', tab: { id: 1 } }, false],
    ['a Hearth page in a tab', { id: chromium.id, url: `${chromium.base}options.html`, origin: chromium.base.slice(0, -1), tab: { id: 1 } }, false],
  ])('%s: %s', (_, sender, expected) => {
    expect(isWebPageTab(sender, chromium)).toBe(expected);
  });
});
