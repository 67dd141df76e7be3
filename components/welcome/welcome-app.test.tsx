// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { freshAnswers, type WelcomeAnswers } from '@/utils/welcome/welcome-answers';
import { zoneFromTemplate } from '@/utils/welcome/welcome-templates';
import { t } from '../popup/english-catalog';
import { WelcomeApp, type WelcomeProps } from './welcome-app';

vi.mock('../i18n', () => import('../popup/english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const settle = () => act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
const button = (name: string) => [...root.querySelectorAll('button')].find((candidate) => candidate.textContent === name)!;
const heading = () => root.querySelector('h2')!.textContent;

async function open(stored: WelcomeAnswers, send: WelcomeProps['send'] = vi.fn()) {
  const saved: WelcomeAnswers[] = [];
  const openOptions = vi.fn();
  await act(async () =>
    render(<WelcomeApp load={async () => stored} save={async (answers) => void saved.push(answers)} send={send} openOptions={openOptions} detectedZone="Europe/Berlin" now={() => Date.parse('2026-11-25T12:00:00Z')} />, root),
  );
  await settle();
  return { saved, openOptions };
}

const ready: WelcomeAnswers = { ...freshAnswers('Europe/Berlin'), step: 'review', names: ['Alex', 'Sam'], mine: 1, zones: [zoneFromTemplate('dinner', t)], sites: ['slack'] };

describe('WelcomeApp', () => {
  it('resumes at the stored step', async () => {
    await open({ ...freshAnswers('Europe/Berlin'), step: 'hours', names: ['Alex', 'Sam'], mine: 0 });
    expect(heading()).toBe('Working hours');
    expect(root.textContent).toContain('Step 3 of 7');
  });

  it('keeps a step until what it lacks is given, saying what beside each field', async () => {
    const { saved } = await open({ ...freshAnswers('Europe/Berlin'), step: 'people' });
    await act(async () => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));
    expect(heading()).toBe('The two of you');
    const first = root.querySelector<HTMLInputElement>('#name-0')!;
    expect(first.getAttribute('aria-invalid')).toBe('true');
    expect(root.querySelector(`#${first.getAttribute('aria-describedby')}`)?.textContent).toBe('Enter a name.');
    expect(document.activeElement).toBe(first);
    expect(saved).toEqual([]);
  });

  it('skipping is remembered and opens the settings', async () => {
    const { saved, openOptions } = await open(freshAnswers('Europe/Berlin'));
    await act(async () => button("Skip, I'll set up later").click());
    expect(saved.at(-1)?.status).toBe('skipped');
    expect(openOptions).toHaveBeenCalledWith();
  });

  it('the partner who installs second can go straight to linking, where the first one\'s agreement is offered', async () => {
    const { saved, openOptions } = await open(freshAnswers('Europe/Berlin'));
    await act(async () => button('Link with my partner and take our agreement').click());
    expect(saved.at(-1)?.status).toBe('skipped');
    expect(openOptions).toHaveBeenCalledWith('link');
  });

  it('"Done" stores the agreement through the background, then whose browser this is', async () => {
    const send = vi.fn().mockResolvedValue({ ok: true });
    const { saved, openOptions } = await open(ready, send);
    expect(root.querySelector('section.week-view')).not.toBeNull();
    await act(async () => button('Done').click());
    await settle();
    expect(send.mock.calls[0]![0]).toMatchObject({ type: 'agreement:save', basedOn: null, agreement: { partners: [{ id: 'alex' }, { id: 'sam' }] } });
    expect(send.mock.calls[1]![0]).toEqual({ type: 'identity:set', partnerId: 'sam' });
    expect(saved.at(-1)?.status).toBe('done');
    expect(heading()).toBe("You're set");
    expect(openOptions).not.toHaveBeenCalled();
  });

  it('"Link with my partner" stores first, then opens the link section', async () => {
    const { openOptions } = await open(ready, vi.fn().mockResolvedValue({ ok: true }));
    await act(async () => button('Link with my partner').click());
    await settle();
    expect(openOptions).toHaveBeenCalledWith('link');
  });

  it('never overwrites an agreement stored meanwhile', async () => {
    const send = vi.fn().mockResolvedValue({ ok: false, newer: { revision: 1, agreement: {} } });
    const { saved } = await open(ready, send);
    await act(async () => button('Done').click());
    await settle();
    expect(send).toHaveBeenCalledOnce();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('An agreement is already stored; nothing was changed.');
    expect(saved.some((answers) => answers.status === 'done')).toBe(false);
  });
});
