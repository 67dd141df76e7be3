import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import { describeIssue } from '@/utils/agreement/agreement-issues';
import { parseAgreement } from '@/utils/agreement/parse-agreement';
import { REVISION_NOTE_MAX } from '@/utils/agreement/revision-note';
import type { AgreementRevision } from '@/utils/db/hearth-db';
import type { HearthMessage, SaveReply } from '@/utils/messages';
import { t } from '../../i18n';
import { useLeaveWarning } from '../leave-warning';
import { edited, type Draft, type Edit } from './draft';
import { DraftIssues, indexIssues } from './draft-issues';
import { HouseholdSection } from './household-section';
import { PartnersSection } from './partners-section';
import { PolicySection } from './policy-section';
import { RitualsSection } from './rituals-section';
import { SpecialDaysSection } from './special-days-section';
import { ZonesSection } from './zones-section';
import { WorkSitesSection } from './work-sites-section';
import { FocusSeasonsSection } from './focus-seasons-section';
import { CommitmentsSection } from './commitments-section';
import { PlansSection } from './plans-section';
import { ReviewRhythmSection } from './review-rhythm-section';
import { NoticeList } from './notice-list';

type Status =
  | { kind: 'saved'; previous: Agreement }
  | { kind: 'proposed'; to: string }
  | { kind: 'undone' }
  | { kind: 'invalid' }
  | { kind: 'failed'; details: string[] }
  | { kind: 'stale'; newer: { revision: number; agreement: Agreement }; mine: Agreement }
  | { kind: 'replaced'; base: AgreementRevision; draft: Draft }
  | null;

const save = (agreement: Agreement, basedOn: number | null, note: string) =>
  browser.runtime.sendMessage({ type: 'agreement:save', agreement, basedOn, ...(note.trim() ? { note } : {}) } satisfies HearthMessage) as Promise<SaveReply>;

/**
 * Where the page keeps unsaved edits while the editor is not shown: the review (`#review`) takes the
 * editor's place, and without this, following "Begin the review" or the nav's Review link dropped
 * every unsaved edit without a word (no page is left, so no leave warning).
 */
export interface KeptDraft {
  current: { base: AgreementRevision; draft: Draft; note: string } | null;
}

/** A draft to begin from instead of the saved agreement: an outdated proposal to re-edit, and what conflicted. */
export interface EditorSeed {
  draft: Agreement;
  conflicts: string[];
}

/**
 * Every part of the agreement, editable. The one schema judges the draft as the person types, each
 * error shows beside its field, and only a draft the schema accepts is sent; the background checks
 * it again before storing a new revision. While partners are linked (`proposeTo` names the
 * partner) the draft is proposed to them instead, and the agreement in force stays as it is until
 * they accept (design decision 7).
 */
export function AgreementEditor({
  revision,
  onSaved,
  onPreview,
  proposeTo = null,
  seed = null,
  onSeedTaken,
  kept,
}: {
  revision: AgreementRevision;
  onSaved: () => Promise<void>;
  /** The draft as the week view should draw it: its last valid state while it differs from the saved one, else null. */
  onPreview?: (agreement: Agreement | null) => void;
  proposeTo?: string | null;
  seed?: EditorSeed | null;
  /** The editor has the seed in its draft: the page lets it go. */
  onSeedTaken?: () => void;
  kept?: KeptDraft;
}) {
  // Taken once: edits kept while the editor was away come back on the revision they began from.
  const [restored] = useState(() => {
    const found = kept?.current ?? null;
    if (kept) kept.current = null;
    return found;
  });
  const [draft, setDraft] = useState<Draft>(restored?.draft ?? revision.agreement);
  /** The revision the draft began from. */
  const [base, setBase] = useState(restored?.base ?? revision);
  const [status, setStatus] = useState<Status>(null);
  /** The re-edit taken, for its conflicts, until its draft is saved or let go. */
  const [reedit, setReedit] = useState<EditorSeed | null>(null);
  const [saving, setSaving] = useState(false);
  /** Why this change, for the history; optional. */
  const [note, setNote] = useState(restored?.note ?? '');
  /** Set when the person chose the newer revision before the page had it: take it as it arrives. */
  const takeNext = useRef(false);
  /**
   * The revision this editor's last save became. Undo is an edit of that one: based on whatever is
   * latest, it would silently replace a revision another tab stored since.
   */
  const ownRevision = useRef<number | undefined>(undefined);
  const adopt = (next: AgreementRevision) => {
    setBase(next);
    setDraft(next.agreement);
    setReedit(null);
  };

  useEffect(() => {
    if (!seed) return;
    // Unsaved edits the re-edit replaces are kept, one click from coming back.
    setStatus(dirty ? { kind: 'replaced', base, draft } : null);
    setBase(revision);
    setDraft(seed.draft);
    setReedit(seed);
    // Taken: from here it is this editor's draft, kept or saved as any other. Left with the page,
    // it came back as unsaved each time the editor did (after a visit to the review), even once saved.
    onSeedTaken?.();
  }, [seed]);

  const result = useMemo(() => parseAgreement(draft), [draft]);
  const issues = result.ok ? [] : result.issues;
  const byPath = useMemo(() => indexIssues(issues), [result]);
  const dirty = useMemo(() => JSON.stringify(draft) !== JSON.stringify(base.agreement), [draft, base]);

  // A new revision becomes the starting point when it is this editor's own save (or undo), or when
  // there is nothing unsaved; one stored elsewhere never replaces unsaved edits: they stay, and a
  // notice says so. The status stays, so "Saved — Undo" survives the reload after a save. Before
  // paint, so a clean editor never flashes the notice.
  useLayoutEffect(() => {
    if (revision.id === base.id) return;
    const ownSave = result.ok && JSON.stringify(result.agreement) === JSON.stringify(revision.agreement);
    if (takeNext.current || ownSave || !dirty) adopt(revision);
    // Also when the broadcast of the save arrives before the reply to it.
    if (ownSave) ownRevision.current = revision.id;
    takeNext.current = false;
  }, [revision]);
  const newerElsewhere = revision.id !== base.id;

  // While the draft is mid-edit and invalid ("19:"), the last valid state stays on show.
  useEffect(() => {
    if (result.ok) onPreview?.(dirty ? result.agreement : null);
  }, [result, dirty]);

  useLeaveWarning(dirty);

  // Read when the editor goes away, so it is what was on screen then.
  const current = useRef({ base, draft, note, dirty });
  current.current = { base, draft, note, dirty };
  useEffect(
    () => () => {
      if (kept && current.current.dirty) kept.current = { base: current.current.base, draft: current.current.draft, note: current.current.note };
    },
    [],
  );

  const edit: Edit = (change) => {
    setDraft((current) => edited(current, change));
    // "Saved — Undo" and the edits a re-edit put aside stay within reach while the person types.
    if (status?.kind !== 'saved' && status?.kind !== 'replaced') setStatus(null);
  };

  /**
   * Sends `agreement` as the successor of revision `basedOn`. If another revision was stored since
   * (an import in another tab, a second options page), nothing is saved and the person chooses.
   */
  const store = async (agreement: Agreement, basedOn: number | null, done: Status) => {
    setSaving(true);
    try {
      const reply = await save(agreement, basedOn, note);
      if ('newer' in reply) return setStatus({ kind: 'stale', newer: reply.newer, mine: agreement });
      if (!reply.ok) return setStatus({ kind: 'failed', details: 'key' in reply ? [t(reply.key)] : reply.issues.map((issue) => describeIssue(issue, t)) });
      setNote('');
      if (reply.outcome === 'proposed') {
        // Nothing in force changed: the draft goes back to the agreement, the proposal waits in its own section.
        setDraft(base.agreement);
        return setStatus({ kind: 'proposed', to: proposeTo ?? t('proposalYourPartner') });
      }
      setStatus(done);
      await onSaved();
    } catch (error) {
      setStatus({ kind: 'failed', details: [String(error)] });
    } finally {
      setSaving(false);
    }
  };

  const submit = async (event: Event) => {
    event.preventDefault();
    if (!result.ok) {
      setStatus({ kind: 'invalid' });
      document.querySelector<HTMLElement>('.editor [aria-invalid="true"]')?.focus();
      return;
    }
    await store(result.agreement, base.id ?? null, { kind: 'saved', previous: base.agreement });
  };

  /** Drops the draft for the newer revision, reading it first if this page has not got it yet. */
  const takeNewer = async () => {
    setStatus(null);
    if (newerElsewhere) return adopt(revision);
    takeNext.current = true;
    await onSaved();
  };

  return (
    <DraftIssues.Provider value={byPath}>
      <form id="editor" class="editor" onSubmit={submit} noValidate aria-labelledby="editor-title">
        <h2 id="editor-title">{t('editorTitle')}</h2>
        <p class="muted">{t('editorIntro')}</p>
        <HouseholdSection draft={draft} edit={edit} />
        <PartnersSection draft={draft} edit={edit} />
        <ZonesSection draft={draft} edit={edit} />
        <SpecialDaysSection draft={draft} edit={edit} />
        <RitualsSection draft={draft} edit={edit} />
        <WorkSitesSection draft={draft} edit={edit} />
        <PolicySection draft={draft} edit={edit} />
        <FocusSeasonsSection draft={draft} edit={edit} />
        <CommitmentsSection draft={draft} edit={edit} />
        <PlansSection draft={draft} edit={edit} />
        <ReviewRhythmSection draft={draft} edit={edit} />
        <div class="editor-actions">
          {dirty && (
            <input type="text" class="change-note" maxLength={REVISION_NOTE_MAX} aria-label={t('editorNoteLabel')} placeholder={t('editorNotePlaceholder')} value={note} onInput={(event) => setNote(event.currentTarget.value)} />
          )}
          <button type="submit" class="primary" disabled={saving || !dirty}>
            {proposeTo ? t('editorPropose', [proposeTo]) : t('editorSave')}
          </button>
          <button type="button" disabled={saving || !dirty} onClick={() => (adopt(revision), setStatus(null))}>
            {t('editorDiscard')}
          </button>
          {!result.ok && <span class="error">{t('editorProblems', [String(issues.length)])}</span>}
          {/* In the sticky bar, so what became of a save is seen wherever in the long form the person is. */}
          {status?.kind === 'invalid' && <NoticeList error title={t('editorNotSaved')} items={issues.map((issue) => describeIssue(issue, t))} />}
          {status?.kind === 'failed' && <NoticeList error title={t('editorSaveFailed')} items={status.details} />}
          {status?.kind === 'proposed' && (
            <p class="status ok" role="status">
              {t('editorProposed', [status.to])} <a href="#proposals">{t('editorProposedSee')}</a>
            </p>
          )}
          {status?.kind === 'replaced' && (
            <p class="status" role="status">
              {t('editorReeditReplaced')}{' '}
              <button
                type="button"
                class="link"
                onClick={() => {
                  setBase(status.base);
                  setDraft(status.draft);
                  setReedit(null);
                  setStatus(null);
                }}
              >
                {t('editorReeditBringBack')}
              </button>
            </p>
          )}
          {reedit && dirty && reedit.conflicts.length > 0 && <NoticeList title={t('editorReedit')} items={reedit.conflicts} />}
          {status?.kind === 'saved' && (
            <p class="status ok" role="status">
              {t('editorSaved')}{' '}
              <button type="button" class="link" onClick={() => void store(status.previous, ownRevision.current ?? revision.id ?? null, { kind: 'undone' })}>
                {t('editorUndo')}
              </button>
            </p>
          )}
          {status?.kind === 'stale' && (
            <div class="status error" role="alert">
              <p>{t('editorStale', [String(status.newer.revision)])}</p>
              <div class="toolbar">
                <button type="button" disabled={saving} onClick={() => void store(status.mine, status.newer.revision, { kind: 'saved', previous: status.newer.agreement })}>
                  {t('editorStaleSaveMine')}
                </button>
                <button type="button" disabled={saving} onClick={() => void takeNewer()}>
                  {t('editorStaleShowNewer')}
                </button>
              </div>
            </div>
          )}
          {newerElsewhere && status?.kind !== 'stale' && (
            <div class="status" role="status">
              <p>{t('editorNewerElsewhere', [String(revision.id)])}</p>
              <button type="button" disabled={saving} onClick={() => void takeNewer()}>
                {t('editorStaleShowNewer')}
              </button>
            </div>
          )}
          {status?.kind === 'undone' && (
            <p class="status ok" role="status">
              {t('editorUndone')}
            </p>
          )}
        </div>
      </form>
    </DraftIssues.Provider>
  );
}
