// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import { SAMPLE_AGREEMENT } from '@/utils/agreement/sample-agreement';
import type { AgreementRevision } from '@/utils/db/hearth-db';
import { AgreementEditor } from './agreement-editor';

vi.mock('../../i18n', () => import('../../popup/english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

const intranet = { pattern: '*://intranet.example.com/*', category: 'docs', label: 'Intranet' } as const;

function start(workSites: Agreement['workSites']) {
  const agreement = { ...(structuredClone(SAMPLE_AGREEMENT) as Agreement), workSites };
  const send = vi.fn(async () => ({ ok: true }));
  vi.spyOn(browser.runtime, 'sendMessage').mockImplementation(send as never);
  const revision = { id: 1, agreement, effectiveFrom: 0 } as unknown as AgreementRevision;
  // Inside act, so the editor's mount effects have run before the test starts typing.
  act(() => render(<AgreementEditor revision={revision} onSaved={async () => undefined} />, root));
  return send;
}

const byLabel = (name: string) => {
  const label = [...root.querySelectorAll('label')].find((candidate) => candidate.textContent === name);
  if (!label) throw new Error(`no field labelled ${name}`);
  return root.querySelector<HTMLInputElement>(`[id="${label.htmlFor}"]`)!;
};
const button = (name: string) => [...root.querySelectorAll('button')].find((b) => (b.getAttribute('aria-label') ?? b.textContent) === name)!;
const type = (input: HTMLInputElement, value: string) =>
  act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
const click = (element: HTMLElement) => act(() => element.click());
const submit = () => act(async () => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
const answer = () => root.querySelector('.url-tester [aria-live=polite]')!.textContent;

describe('WorkSitesSection', () => {
  it('a catalog switch adds exactly its patterns and takes them away again', async () => {
    const send = start([intranet]);
    const teams = byLabel('Microsoft Teams');
    expect(teams.checked).toBe(false);
    await click(teams);
    expect(byLabel('Microsoft Teams').checked).toBe(true);
    await submit();
    const saved = (send.mock.calls[0] as unknown as [{ agreement: Agreement }])[0].agreement;
    expect(saved.workSites).toEqual([
      intranet,
      { pattern: '*://teams.microsoft.com/*', category: 'chat', label: 'Microsoft Teams', catalogId: 'teams' },
      { pattern: '*://teams.cloud.microsoft/*', category: 'chat', label: 'Microsoft Teams', catalogId: 'teams' },
    ]);
    await click(byLabel('Microsoft Teams'));
    expect(byLabel('Microsoft Teams').checked).toBe(false);
    await type(byLabel('Does this address count as work?'), 'https://teams.microsoft.com/chat');
    expect(answer()).toBe('No: none of the patterns covers this address.');
  });

  it('turns a whole category on and off', async () => {
    start([]);
    await click(button('All: turn on every site in Chat'));
    expect(['Slack', 'Microsoft Teams', 'Google Chat'].map((name) => byLabel(name).checked)).toEqual([true, true, true]);
    expect(byLabel('Gmail').checked).toBe(false);
    await click(button('None: turn off every site in Chat'));
    expect(byLabel('Slack').checked).toBe(false);
  });

  it('keeps a catalog site agreed with older patterns on, and says so', () => {
    start([{ pattern: '*://teams.microsoft.com/*', category: 'chat', label: 'Microsoft Teams', catalogId: 'teams' }]);
    const teams = byLabel('Microsoft Teams');
    expect(teams.checked).toBe(true);
    expect(root.querySelector(`#${teams.getAttribute('aria-describedby')}`)?.textContent).toContain('patterns you agreed on earlier');
  });

  it('shows an invalid own pattern beside its field as it is typed, and Save sends nothing', async () => {
    const send = start([intranet]);
    await click(button('+ Add a pattern'));
    const pattern = root.querySelector<HTMLInputElement>('#field-workSites-1-pattern')!;
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
    const saved = (send.mock.calls[0] as unknown as [{ agreement: Agreement }])[0].agreement;
    expect(saved.workSites).toEqual([intranet, { pattern: '*://example.com/*', category: 'other' }]);
  });

  it('edits and removes an own pattern, an emptied name meaning none', async () => {
    start([intranet, { pattern: '*://app.slack.com/*', category: 'chat', label: 'Slack', catalogId: 'slack' }]);
    const name = root.querySelector<HTMLInputElement>('#field-workSites-0-label')!;
    await type(name, ' ');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    await act(() => {
      const category = root.querySelector<HTMLSelectElement>('#field-workSites-0-category')!;
      category.value = 'code';
      category.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await type(byLabel('Does this address count as work?'), 'https://intranet.example.com/x');
    expect(answer()).toBe('Yes, it counts as work: *://intranet.example.com/* covers it first, as Code.');
    await click(button('Remove *://intranet.example.com/*'));
    expect(root.textContent).toContain('No patterns of your own yet.');
    expect(byLabel('Slack').checked).toBe(true);
  });

  it('lists an entry of a site the catalog no longer has with the own patterns, so it can be removed', async () => {
    start([{ pattern: '*://retired.example.com/*', category: 'chat', label: 'Retired chat', catalogId: 'retired-chat' }]);
    expect(root.querySelector<HTMLInputElement>('#field-workSites-0-pattern')?.value).toBe('*://retired.example.com/*');
    await click(button('Remove Retired chat'));
    expect(root.textContent).toContain('No patterns of your own yet.');
  });

  it('the tester names the first site that covers an address, or why none does', async () => {
    start([
      { pattern: '*://*.atlassian.net/wiki/*', category: 'docs', label: 'Confluence', catalogId: 'confluence' },
      { pattern: '*://*.atlassian.net/*', category: 'tickets', label: 'Jira', catalogId: 'jira' },
      { pattern: 'https://example.com:8080/*', category: 'other' },
    ]);
    const tester = byLabel('Does this address count as work?');
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
