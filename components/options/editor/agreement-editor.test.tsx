// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { agreementIn } from '@/utils/schedule/agreement-fixture';
import { AgreementEditor, type KeptDraft } from './agreement-editor';
import { button, click, fieldLabelled, mountEditor, root, showRevision, submit, type } from './editor-test-kit';

vi.mock('../../i18n', () => import('../../popup/english-catalog'));

const agreement = agreementIn('Europe/Berlin');

describe('AgreementEditor', () => {
  it('starts from the saved agreement with nothing to save', async () => {
    await mountEditor(agreement);
    expect(fieldLabelled('Time zone').value).toBe('Europe/Berlin');
    expect(fieldLabelled('Longest override').value).toBe('15');
    expect(button('Save agreement').disabled).toBe(true);
  });

  it('shows what is wrong beside the field as it is typed, and sends nothing', async () => {
    const { send } = await mountEditor(agreement);
    const max = fieldLabelled('Longest override');
    await type(max, '1o');
    expect(max.getAttribute('aria-invalid')).toBe('true');
    const error = root.querySelector(`#${max.getAttribute('aria-describedby')}`);
    expect(error?.textContent).toBe('"1o" is not a number');

    await type(fieldLabelled('Time zone'), 'Mars/Olympus');
    expect(root.querySelector(`#${fieldLabelled('Time zone').getAttribute('aria-describedby')}`)?.textContent).toContain('"Mars/Olympus" is not an IANA time zone');

    await submit();
    expect(send).not.toHaveBeenCalled();
    const alert = root.querySelector('[role=alert]')!;
    expect(alert.textContent).toContain('Nothing was saved');
    expect(alert.textContent).toContain('overridePolicy.maxMinutes: "1o" is not a number');
    expect(document.activeElement).toBe(fieldLabelled('Time zone'));
  });

  it('sends a valid edit as a new agreement and offers to undo it', async () => {
    const { send, onSaved } = await mountEditor(agreement);
    await type(fieldLabelled('Overrides a week'), '5');
    await submit();
    expect(send).toHaveBeenCalledWith({ type: 'agreement:save', agreement: { ...agreement, overridePolicy: { ...agreement.overridePolicy, perWeek: 5 } }, basedOn: 1 });
    expect(onSaved).toHaveBeenCalled();
    expect(root.querySelector('[role=status]')?.textContent).toContain('Saved.');

    await click(button('Undo'));
    expect(send).toHaveBeenLastCalledWith({ type: 'agreement:save', agreement, basedOn: 1 });
    expect(root.querySelector('[role=status]')?.textContent).toContain('Undone');
  });

  it('discards edits back to the saved agreement', async () => {
    await mountEditor(agreement);
    await type(fieldLabelled('Overrides a week'), '9');
    await click(button('Discard changes'));
    expect(fieldLabelled('Overrides a week').value).toBe('3');
    expect(button('Save agreement').disabled).toBe(true);
  });

  it('when another revision was stored meanwhile, saves nothing, keeps the draft and lets the person choose', async () => {
    const newer = { ...agreement, budget: { weeklyAfterHoursMinutes: 200 } };
    const { send, onSaved } = await mountEditor(agreement);
    send.mockResolvedValueOnce({ ok: false, newer: { revision: 2, agreement: newer } } as never);
    await type(fieldLabelled('Overrides a week'), '4');
    await submit();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('Nothing was saved: the agreement was changed somewhere else after you began editing (it is now revision 2).');
    expect(fieldLabelled('Overrides a week').value).toBe('4');
    expect(onSaved).not.toHaveBeenCalled();

    // Saving in its place names the newer revision as the one replaced, and Undo brings that one back.
    await click(button('Save mine in its place'));
    const mine = { ...agreement, overridePolicy: { ...agreement.overridePolicy, perWeek: 4 } };
    expect(send).toHaveBeenLastCalledWith({ type: 'agreement:save', agreement: mine, basedOn: 2 });
    expect(onSaved).toHaveBeenCalledOnce();
    await click(button('Undo'));
    expect(send).toHaveBeenLastCalledWith({ type: 'agreement:save', agreement: newer, basedOn: 1 });
  });

  it('drops the edits and reloads when the person would rather see the newer revision', async () => {
    const { send, onSaved } = await mountEditor(agreement);
    send.mockResolvedValueOnce({ ok: false, newer: { revision: 2, agreement } } as never);
    await type(fieldLabelled('Overrides a week'), '4');
    await submit();
    await click(button('Drop my edits and show the newer one'));
    expect(onSaved).toHaveBeenCalledOnce();
    expect(send).toHaveBeenCalledOnce();
    expect(root.querySelector('[role=alert]')).toBeNull();
  });

  it('shows a refusal from the background and keeps the draft', async () => {
    const { send } = await mountEditor(agreement);
    send.mockResolvedValue({ ok: false, issues: [{ path: 'zones', key: 'errDuplicateId' }] } as never);
    await type(fieldLabelled('Overrides a week'), '4');
    await submit();
    expect(root.querySelector('[role=alert]')?.textContent).toContain('zones: two entries share an id');
    expect(fieldLabelled('Overrides a week').value).toBe('4');
  });
});

describe('AgreementEditor with a new revision', () => {
  const elsewhere = { ...agreement, overridePolicy: { ...agreement.overridePolicy, perWeek: 7 } };

  it('shows a revision stored elsewhere at once when nothing is unsaved', async () => {
    const { onSaved } = await mountEditor(agreement);
    await showRevision(elsewhere, onSaved, 2);
    expect(fieldLabelled('Overrides a week').value).toBe('7');
    expect(root.querySelector('[role=status]')).toBeNull();
  });

  it('keeps unsaved edits when a revision is stored elsewhere, says so, and saves them only as an edit of the one they began from', async () => {
    const { send, onSaved } = await mountEditor(agreement);
    await type(fieldLabelled('Overrides a week'), '4');
    await showRevision(elsewhere, onSaved, 2);
    expect(fieldLabelled('Overrides a week').value).toBe('4');
    expect(root.querySelector('[role=status]')?.textContent).toContain('A newer agreement (revision 2) was stored after you began editing');

    await submit();
    expect(send).toHaveBeenLastCalledWith({ type: 'agreement:save', agreement: { ...agreement, overridePolicy: { ...agreement.overridePolicy, perWeek: 4 } }, basedOn: 1 });
  });

  it('drops the unsaved edits for the newer revision on request', async () => {
    const { send, onSaved } = await mountEditor(agreement);
    await type(fieldLabelled('Overrides a week'), '4');
    await showRevision(elsewhere, onSaved, 2);
    await click(button('Drop my edits and show the newer one'));
    expect(fieldLabelled('Overrides a week').value).toBe('7');
    expect(button('Save agreement').disabled).toBe(true);
    expect(root.querySelector('[role=status]')).toBeNull();
    expect(send).not.toHaveBeenCalled();
  });

  it('starts again from a revision stored meanwhile, keeping the save status', async () => {
    const { onSaved } = await mountEditor(agreement);
    await type(fieldLabelled('Overrides a week'), '5');
    await submit();
    expect(onSaved).toHaveBeenCalled();
    await showRevision({ ...agreement, overridePolicy: { ...agreement.overridePolicy, perWeek: 5 } }, onSaved, 2);
    expect(fieldLabelled('Overrides a week').value).toBe('5');
    expect(button('Save agreement').disabled).toBe(true);
    expect(root.querySelector('[role=status]')?.textContent).toContain('Saved.');
  });

  it('undoes its own save only as an edit of that save: one stored elsewhere since is not silently replaced', async () => {
    const { send, onSaved } = await mountEditor(agreement);
    await type(fieldLabelled('Overrides a week'), '5');
    await submit();
    await showRevision({ ...agreement, overridePolicy: { ...agreement.overridePolicy, perWeek: 5 } }, onSaved, 2);
    // Another tab saves on top of it; this editor, with nothing unsaved, shows that one.
    await showRevision({ ...agreement, overridePolicy: { ...agreement.overridePolicy, perWeek: 5 }, budget: { weeklyAfterHoursMinutes: 200 } }, onSaved, 3);
    await click(button('Undo'));
    expect(send).toHaveBeenLastCalledWith({ type: 'agreement:save', agreement, basedOn: 2 });
  });
});

describe('AgreementEditor while the review takes its place', () => {
  const show = (kept: KeptDraft, id: number, shown = agreement) =>
    act(async () => render(<AgreementEditor revision={{ id, effectiveAt: 0, source: 'import', agreement: shown }} onSaved={async () => {}} kept={kept} />, root));
  const away = () => act(async () => render(null, root));

  it('keeps unsaved edits for when it comes back, and nothing once they are saved or discarded', async () => {
    vi.spyOn(browser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    const kept: KeptDraft = { current: null };
    await show(kept, 1);
    await type(fieldLabelled('Overrides a week'), '4');
    await type(root.querySelector<HTMLInputElement>('.change-note')!, 'one fewer');
    await away();
    await show(kept, 1);
    expect(fieldLabelled('Overrides a week').value).toBe('4');
    expect(root.querySelector<HTMLInputElement>('.change-note')!.value).toBe('one fewer');
    expect(button('Save agreement').disabled).toBe(false);

    await click(button('Discard changes'));
    await away();
    await show(kept, 1);
    expect(fieldLabelled('Overrides a week').value).toBe('3');
  });

  it('still takes a proposal chosen for re-editing after it came back', async () => {
    const kept: KeptDraft = { current: null };
    await show(kept, 1);
    await type(fieldLabelled('Overrides a week'), '4');
    await away();
    await show(kept, 1);
    const seed = { draft: { ...agreement, overridePolicy: { ...agreement.overridePolicy, perWeek: 6 } }, conflicts: [] };
    await act(async () => render(<AgreementEditor revision={{ id: 1, effectiveAt: 0, source: 'import', agreement }} onSaved={async () => {}} kept={kept} seed={seed} />, root));
    expect(fieldLabelled('Overrides a week').value).toBe('6');
  });

  it('lets the page forget a re-edit once taken, so a saved re-edit does not come back after the review', async () => {
    const kept: KeptDraft = { current: null };
    const seed = { draft: { ...agreement, overridePolicy: { ...agreement.overridePolicy, perWeek: 6 } }, conflicts: [] };
    let pageSeed: typeof seed | null = seed;
    const showWithPageSeed = () =>
      act(async () => render(<AgreementEditor revision={{ id: 1, effectiveAt: 0, source: 'import', agreement }} onSaved={async () => {}} kept={kept} seed={pageSeed} onSeedTaken={() => (pageSeed = null)} />, root));
    await showWithPageSeed();
    expect(fieldLabelled('Overrides a week').value).toBe('6');
    await click(button('Discard changes'));
    await away();
    await showWithPageSeed();
    expect(fieldLabelled('Overrides a week').value).toBe('3');
  });

  it('brings the edits back on the revision they began from when the review saved another meanwhile', async () => {
    const kept: KeptDraft = { current: null };
    await show(kept, 1);
    await type(fieldLabelled('Overrides a week'), '4');
    await away();
    await show(kept, 2, { ...agreement, budget: { weeklyAfterHoursMinutes: 200 } });
    expect(fieldLabelled('Overrides a week').value).toBe('4');
    expect(root.querySelector('[role=status]')?.textContent).toContain('A newer agreement (revision 2) was stored after you began editing');
  });
});

describe('AgreementEditor re-editing an outdated proposal', () => {
  const revision = { id: 1, effectiveAt: 0, source: 'import' as const, agreement };
  const seed = { draft: { ...agreement, overridePolicy: { ...agreement.overridePolicy, perWeek: 6 } }, conflicts: ['The budget changed meanwhile'] };
  const show = (pageSeed: typeof seed | null) => act(async () => render(<AgreementEditor revision={revision} onSaved={async () => {}} seed={pageSeed} onSeedTaken={() => {}} />, root));

  it('keeps saying what to redo by hand after the page has let the re-edit go', async () => {
    await show(seed);
    await show(null);
    expect(fieldLabelled('Overrides a week').value).toBe('6');
    const notice = [...root.querySelectorAll('[role=status]')].map((each) => each.textContent).join(' ');
    expect(notice).toContain('Re-editing an outdated proposal');
    expect(notice).toContain('The budget changed meanwhile');
  });

  it('puts unsaved edits aside for the re-edit, one click from coming back', async () => {
    await show(null);
    await type(fieldLabelled('Overrides a week'), '4');
    await show(seed);
    await show(null);
    expect(fieldLabelled('Overrides a week').value).toBe('6');
    expect(root.textContent).toContain('Your unsaved edits were put aside');
    await click(button('Bring my edits back'));
    expect(fieldLabelled('Overrides a week').value).toBe('4');
    expect(root.textContent).not.toContain('Re-editing an outdated proposal');
  });
});
