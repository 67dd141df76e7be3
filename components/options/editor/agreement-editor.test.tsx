// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { agreementIn } from '@/utils/schedule/agreement-fixture';
import type { AgreementRevision } from '@/utils/db/hearth-db';
import { AgreementEditor } from './agreement-editor';

vi.mock('../../i18n', () => import('../../popup/english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => {
  render(null, root);
  vi.restoreAllMocks();
});

const revision: AgreementRevision = { id: 1, effectiveAt: 0, source: 'import', agreement: agreementIn('Europe/Berlin') };

function show(onSaved = vi.fn(async () => {})) {
  const send = vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
  render(<AgreementEditor revision={revision} onSaved={onSaved} />, root);
  return { send, onSaved };
}

const field = (label: string) => {
  const found = [...root.querySelectorAll('label')].find((l) => l.textContent === label);
  if (!found) throw new Error(`no field labelled ${label}`);
  return root.querySelector<HTMLInputElement>(`#${found.htmlFor}`)!;
};

async function type(input: HTMLInputElement, text: string) {
  await act(async () => {
    input.value = text;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

const button = (name: string) => [...root.querySelectorAll('button')].find((b) => b.textContent === name)!;
const submit = () => act(async () => void root.querySelector('form')!.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true })));

describe('AgreementEditor', () => {
  it('starts from the saved agreement with nothing to save', () => {
    show();
    expect(field('Time zone').value).toBe('Europe/Berlin');
    expect(field('Longest override').value).toBe('15');
    expect(button('Save agreement').disabled).toBe(true);
  });

  it('shows what is wrong beside the field as it is typed, and sends nothing', async () => {
    const { send } = show();
    const max = field('Longest override');
    await type(max, '1o');
    expect(max.getAttribute('aria-invalid')).toBe('true');
    const error = root.querySelector(`#${max.getAttribute('aria-describedby')}`);
    expect(error?.textContent).toBe('"1o" is not a number');

    await type(field('Time zone'), 'Mars/Olympus');
    expect(root.querySelector(`#${field('Time zone').getAttribute('aria-describedby')}`)?.textContent).toContain('"Mars/Olympus" is not an IANA time zone');

    await submit();
    expect(send).not.toHaveBeenCalled();
    const alert = root.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('Nothing was saved');
    expect(alert.textContent).toContain('overridePolicy.maxMinutes: "1o" is not a number');
    expect(document.activeElement).toBe(field('Time zone'));
  });

  it('sends a valid edit as a new agreement and offers to undo it', async () => {
    const { send, onSaved } = show();
    await type(field('Overrides a week'), '5');
    await submit();
    expect(send).toHaveBeenCalledWith({ type: 'agreement:save', agreement: { ...revision.agreement, overridePolicy: { ...revision.agreement.overridePolicy, perWeek: 5 } } });
    expect(onSaved).toHaveBeenCalled();
    expect(root.querySelector('[role=status]')?.textContent).toContain('Saved.');

    await act(async () => button('Undo').click());
    expect(send).toHaveBeenLastCalledWith({ type: 'agreement:save', agreement: revision.agreement });
    expect(root.querySelector('[role=status]')?.textContent).toContain('Undone');
  });

  it('discards edits back to the saved agreement', async () => {
    show();
    await type(field('Overrides a week'), '9');
    await act(async () => button('Discard changes').click());
    expect(field('Overrides a week').value).toBe('3');
    expect(button('Save agreement').disabled).toBe(true);
  });

  it('shows a refusal from the background and keeps the draft', async () => {
    show();
    vi.mocked(browser.runtime.sendMessage).mockResolvedValue({ ok: false, issues: [{ path: 'zones', key: 'errDuplicateId' }] } as never);
    await type(field('Overrides a week'), '4');
    await submit();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('zones: two entries share an id');
    expect(field('Overrides a week').value).toBe('4');
  });
});

describe('AgreementEditor with a new revision', () => {
  it('starts again from a revision stored meanwhile, keeping the save status', async () => {
    const { onSaved } = show();
    await type(field('Overrides a week'), '5');
    await submit();
    expect(onSaved).toHaveBeenCalled();
    const next: AgreementRevision = { ...revision, id: 2, agreement: { ...revision.agreement, overridePolicy: { ...revision.agreement.overridePolicy, perWeek: 5 } } };
    await act(async () => render(<AgreementEditor revision={next} onSaved={onSaved} />, root));
    expect(field('Overrides a week').value).toBe('5');
    expect(button('Save agreement').disabled).toBe(true);
    expect(root.querySelector('[role=status]')?.textContent).toContain('Saved.');
  });
});
