// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import { choose, click, field, fieldLabelled, mountEditor, press, root, sampleAgreement, savedAgreement, submit, type } from './editor-test-kit';

vi.mock('../../i18n', () => import('../../popup/english-catalog'));

const intranet = { pattern: '*://intranet.example.com/*', category: 'docs', label: 'Intranet' } as const;

const start = (workSites: Agreement['workSites']) => mountEditor(sampleAgreement({ workSites }));
const answer = () => root.querySelector('.url-tester [aria-live=polite]')!.textContent;

describe('WorkSitesSection', () => {
  it('a catalog switch adds exactly its patterns and takes them away again', async () => {
    const { send } = await start([intranet]);
    const teams = fieldLabelled('Microsoft Teams');
    expect(teams.checked).toBe(false);
    await click(teams);
    expect(fieldLabelled('Microsoft Teams').checked).toBe(true);
    await submit();
    expect(savedAgreement(send).workSites).toEqual([
      intranet,
      { pattern: '*://teams.microsoft.com/*', category: 'chat', label: 'Microsoft Teams', catalogId: 'teams' },
      { pattern: '*://teams.cloud.microsoft/*', category: 'chat', label: 'Microsoft Teams', catalogId: 'teams' },
    ]);
    await click(fieldLabelled('Microsoft Teams'));
    expect(fieldLabelled('Microsoft Teams').checked).toBe(false);
    await type(fieldLabelled('Does this address count as work?'), 'https://teams.microsoft.com/chat');
    expect(answer()).toBe('No: none of the patterns covers this address.');
  });

  it('turns a whole category on and off', async () => {
    await start([]);
    await press('All: turn on every site in Chat');
    expect(['Slack', 'Microsoft Teams', 'Google Chat'].map((name) => fieldLabelled(name).checked)).toEqual([true, true, true]);
    expect(fieldLabelled('Gmail').checked).toBe(false);
    await press('None: turn off every site in Chat');
    expect(fieldLabelled('Slack').checked).toBe(false);
  });

  it('keeps a catalog site agreed with older patterns on, and says so', async () => {
    await start([{ pattern: '*://teams.microsoft.com/*', category: 'chat', label: 'Microsoft Teams', catalogId: 'teams' }]);
    const teams = fieldLabelled('Microsoft Teams');
    expect(teams.checked).toBe(true);
    expect(root.querySelector(`#${teams.getAttribute('aria-describedby')}`)?.textContent).toContain('patterns you agreed on earlier');
  });

  it('shows an invalid own pattern beside its field as it is typed, and Save sends nothing', async () => {
    const { send } = await start([intranet]);
    await press('+ Add a pattern');
    const pattern = field('workSites[1].pattern');
    expect(document.activeElement).toBe(pattern);
    await type(pattern, 'https://example.com:8080/*');
    const error = root.querySelector(`#${pattern.getAttribute('aria-describedby')}`);
    expect(pattern.getAttribute('aria-invalid')).toBe('true');
    expect(error?.textContent).toBe('"https://example.com:8080/*": match patterns cannot name a port');
    expect(error?.closest('.field')).toBe(pattern.closest('.field'));
    await submit();
    expect(send).not.toHaveBeenCalled();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('workSites[1].pattern');

    await type(pattern, '*://example.com/*');
    expect(pattern.getAttribute('aria-invalid')).toBeNull();
    await submit();
    expect(savedAgreement(send).workSites).toEqual([intranet, { pattern: '*://example.com/*', category: 'other' }]);
  });

  it('edits and removes an own pattern, an emptied name meaning none', async () => {
    await start([intranet, { pattern: '*://app.slack.com/*', category: 'chat', label: 'Slack', catalogId: 'slack' }]);
    const name = field('workSites[0].label');
    await type(name, ' ');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    await choose('workSites[0].category', 'code');
    await type(fieldLabelled('Does this address count as work?'), 'https://intranet.example.com/x');
    expect(answer()).toBe('Yes, it counts as work: *://intranet.example.com/* covers it first, as Code.');
    await press('Remove *://intranet.example.com/*');
    expect(root.textContent).toContain('No patterns of your own yet.');
    expect(fieldLabelled('Slack').checked).toBe(true);
  });

  it('lists an entry of a site the catalog no longer has with the own patterns, so it can be removed', async () => {
    await start([{ pattern: '*://retired.example.com/*', category: 'chat', label: 'Retired chat', catalogId: 'retired-chat' }]);
    expect(field('workSites[0].pattern').value).toBe('*://retired.example.com/*');
    await press('Remove Retired chat');
    expect(root.textContent).toContain('No patterns of your own yet.');
  });

  it('the tester names the first site that covers an address, or why none does', async () => {
    await start([
      { pattern: '*://*.atlassian.net/wiki/*', category: 'docs', label: 'Confluence', catalogId: 'confluence' },
      { pattern: '*://*.atlassian.net/*', category: 'tickets', label: 'Jira', catalogId: 'jira' },
    ]);
    // Storage refuses a pattern with a port, so the draft gets one the way a person would add it.
    await press('+ Add a pattern');
    await type('workSites[2].pattern', 'https://example.com:8080/*');
    const tester = fieldLabelled('Does this address count as work?');
    expect(answer()).toBe('');
    expect(root.querySelector('[role=status]')).toBeNull();
    await type(tester, 'https://acme.atlassian.net/wiki/spaces/X');
    expect(root.querySelector('.url-tester [role=status]')?.textContent).toBe(answer());
    expect(answer()).toBe(
      'Yes, it counts as work: Confluence (*://*.atlassian.net/wiki/*) covers it first, as Docs and files. Patterns with problems are left out until they are fixed: 1.',
    );
    await type(tester, 'https://acme.atlassian.net/browse/X-1');
    expect(answer()).toContain('Jira (*://*.atlassian.net/*) covers it first, as Tickets and projects.');
    await type(tester, 'https://example.com:8080/');
    expect(answer()).toBe('No: none of the patterns covers this address. Patterns with problems are left out until they are fixed: 1.');
    await type(tester, 'acme.atlassian.net');
    expect(answer()).toBe('Not a web address: only http:// and https:// pages can be work sites.');
  });
});
