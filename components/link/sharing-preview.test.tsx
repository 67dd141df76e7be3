// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sharedStatus } from '@/utils/link/shared-status';
import { effectiveSharing, type SharingChoices } from '@/utils/link/sharing';
import type { PopupStatus } from '@/utils/status/popup-status';
import { SharingPreview } from './sharing-preview';

vi.mock('../i18n', () => import('../popup/english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

// Monday 2026-11-23, 20:10 in Berlin: in the evening zone, working through it on one site.
const NOW = Date.parse('2026-11-23T20:10:00+01:00');
const popup: PopupStatus = {
  now: NOW,
  timeZone: 'Europe/Berlin',
  me: { kind: 'override', until: NOW + 10 * 60_000, site: 'secret-client.example.com' },
  meSince: null,
  changesAt: NOW + 10 * 60_000,
  budget: { usedMinutes: 42, budgetMinutes: 120, ratio: 0.35 },
  nextRitual: null,
  runningRituals: [],
  endedRituals: [],
  note: 'Release night',
  linked: true,
};
const ALL: SharingChoices = { state: true, note: true, budget: true, ritual: true, checkIn: true, stretch: true, paused: false };

const preview = (mine: SharingChoices, theirs: SharingChoices | null) => {
  const status = sharedStatus(popup, effectiveSharing(mine, theirs), NOW);
  render(<SharingPreview status={status} now={NOW} timeZone="Europe/Berlin" locale="en-GB" />, root);
  return status;
};
const lines = () => [...root.querySelectorAll('h3, h4, p')].map((element) => element.textContent);

describe('SharingPreview', () => {
  it("adds this week's check-in and today's stretch, each exactly as it would go, only when they do", () => {
    const status = sharedStatus(popup, effectiveSharing(ALL, ALL), NOW);
    const checkIn = { weekStart: NOW, answers: { stretched: 'Monday', celebrate: '', adjust: '' }, afterHours: { usedMinutes: 40, budgetMinutes: 120 } };
    render(<SharingPreview status={status} now={NOW} timeZone="Europe/Berlin" locale="en-GB" checkIn={checkIn} stretch={{ date: '2026-11-23', level: 4 }} />, root);
    const details = root.querySelector('details.check-in-preview')!;
    expect(details.querySelector('summary')?.textContent).toBe("This week's check-in, as sent (before encryption)");
    expect(JSON.parse(details.querySelector('pre')!.textContent!)).toEqual(checkIn);
    expect(root.textContent).toContain('How stretched today: 4 of 5');
    render(<SharingPreview status={status} now={NOW} timeZone="Europe/Berlin" locale="en-GB" checkIn={null} stretch={null} />, root);
    expect(root.querySelector('details.check-in-preview')).toBeNull();
    expect(root.textContent).not.toContain('How stretched today');
  });

  it('draws the object to be sent as the partner card, under its own heading', () => {
    preview(ALL, ALL);
    const section = root.querySelector('section.sharing-preview')!;
    expect(root.querySelector(`#${section.getAttribute('aria-labelledby')}`)?.textContent).toBe('What my partner sees');
    expect(lines()).toEqual([
      'What my partner sees',
      "Exactly what Hearth would send now, shown as your partner's card shows it. Nothing else leaves this browser.",
      'You, as your partner sees you',
      'Override running: working in a no-work zone',
      'as of just now',
      'Note: Release night',
      'After hours this week: 40 of 120 min',
      'No shared ritual coming up.',
    ]);
  });

  it('shows the exact data as sent, which names no site', () => {
    const status = preview(ALL, ALL);
    const details = root.querySelector('details')!;
    expect(details.querySelector('summary')?.textContent).toBe('The data as sent (before encryption)');
    expect(JSON.parse(details.querySelector('pre')!.textContent!)).toEqual(status);
    expect(root.textContent).not.toContain('secret-client');
  });

  it('shows only what both partners share', () => {
    preview({ ...ALL, note: false }, { ...ALL, budget: false });
    expect(lines()).not.toContain('Note: Release night');
    expect(root.querySelector('[role=meter]')).toBeNull();
    expect(lines()).toContain('Override running: working in a no-work zone');
  });

  it('shows "paused" and nothing else while paused', () => {
    const status = preview({ ...ALL, paused: true }, ALL);
    expect(status).toEqual({ v: 1, at: NOW, paused: true });
    expect(lines().slice(2)).toEqual(['You, as your partner sees you', 'Sharing is paused.', 'as of just now']);
  });

  it('keeps its ids apart from the popup card\'s', () => {
    preview(ALL, ALL);
    expect(root.querySelector('#partner-title')).toBeNull();
    expect(root.querySelector('h4#sharing-preview-card-title')).not.toBeNull();
  });
});
