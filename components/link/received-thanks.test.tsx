// @vitest-environment happy-dom
import 'fake-indexeddb/auto';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { HearthDb } from '@/utils/db/hearth-db';
import { ReceivedThanks } from './received-thanks';

vi.mock('../i18n', () => import('../popup/english-catalog'));

const root = document.createElement('div');
document.body.append(root);
const db = new HearthDb(`received-thanks-${Math.random()}`);
afterEach(async () => {
  render(null, root);
  await db.thanks.clear();
});

async function shown(props: { timeZone?: string }) {
  await act(async () => render(<ReceivedThanks db={db} title="Thank-yous this week" {...props} />, root));
  await vi.waitFor(() => expect(root.querySelector('li')).not.toBeNull());
  return root.querySelector('li .muted')?.textContent;
}

describe('ReceivedThanks', () => {
  it("writes when a note came in the zone it is given, so the report's household week and its notes agree", async () => {
    // 23:30 UTC on Sunday is already Monday in Berlin: the note belongs to the week that begins then.
    await db.thanks.add({ text: 'Thank you for cooking', receivedAt: Date.parse('2026-11-29T23:30:00Z') });
    expect(await shown({ timeZone: 'Europe/Berlin' })).toBe('Nov 30, 2026, 12:30 AM');
  });

  it("writes it on this browser's clock where no zone is given", async () => {
    await db.thanks.add({ text: 'Thank you for cooking', receivedAt: Date.parse('2026-11-29T23:30:00Z') });
    // The tests run in Pacific/Chatham (UTC+13:45 in November).
    expect(await shown({})).toBe('Nov 30, 2026, 1:15 PM');
  });

  it("keeps a note's own writing direction to the note: a right-to-left override in it cannot turn the time or the button around", async () => {
    await db.thanks.add({ text: 'Thanks \u202E for everything', receivedAt: Date.parse('2026-11-29T23:30:00Z') });
    await shown({});
    // An element with `dir` is isolated from its neighbours (HTML's rendering rules); a bare <q> is not.
    const quote = root.querySelector('li q');
    expect(quote?.textContent).toBe('Thanks \u202E for everything');
    expect(quote?.getAttribute('dir')).toBe('auto');
  });
});
