import { useEffect, useRef, useState } from 'preact/hooks';
import type { HearthDb, AgreementRevision } from '@/utils/db/hearth-db';
import type { Agreement } from '@/utils/agreement/agreement-schema';
import { latestAgreement } from '@/utils/agreement/agreement-store';
import { describeIssue } from '@/utils/agreement/agreement-issues';
import { fileTooLarge, MAX_AGREEMENT_FILE_BYTES } from '@/utils/agreement/parse-agreement';
import { AGREEMENT_CHANGED_CHANNEL, PROPOSALS_CHANGED_CHANNEL, type HearthMessage, type ImportReply } from '@/utils/messages';
import type { ProposalsView, ProposalView } from '@/utils/proposals/proposal-view';
import { useLinkView } from '../link/use-link-view';
import { ProposalsSection } from './proposals/proposals-section';
import { t } from '../i18n';
import { AgreementHistory } from './agreement-history';
import { AgreementSummary } from './agreement-summary';
import { AgreementEditor, type EditorSeed, type KeptDraft } from './editor/agreement-editor';
import { WeekView } from './week-view';
import { ComfortsForm } from './comforts-form';
import { LinkSection } from './link/link-section';
import { PartnerAgreementCard } from './link/partner-agreement-card';
import { IdentityForm } from './identity-form';
import { OptionsNav } from './options-nav';
import { downloadAgreement } from './agreement-file';
import { downloadRitualCalendar } from './ritual-calendar-file';
import { hasCalendarEvents } from '@/utils/calendar/rituals-to-ics';
import { TrackingSettingsForm } from './tracking-settings-form';
import { CheckInSettingsForm } from './check-in-settings-form';
import { WindDownForm } from './wind-down-form';
import { StorageError } from '../storage-error';
import { isStorageFailure } from '@/utils/db/storage-failure';
import { AgreementReview } from './review/agreement-review';
import { ReviewEntry } from './review/review-entry';
import { SeasonReviews } from './review/season-reviews';

/** The review is a mode of the page at `#review`: reached from the popup, a reminder or the nav. */
const REVIEW_HASH = '#review';

type Status = { kind: 'ok'; text: string; toProposals?: boolean } | { kind: 'error'; text: string; details: string[] } | null;

const send = (message: HearthMessage) => browser.runtime.sendMessage(message) as Promise<ImportReply>;

export function OptionsApp({ db }: { db: HearthDb }) {
  const [revision, setRevision] = useState<AgreementRevision | null | undefined>(undefined);
  // The browser would not let Hearth open IndexedDB: the page says so instead of loading forever.
  const [storageFailed, setStorageFailed] = useState(false);
  const [status, setStatus] = useState<Status>(null);
  // The editor's draft, drawn in the week view before it is saved.
  const [preview, setPreview] = useState<Agreement | null>(null);
  const fileInput = useRef<HTMLInputElement>(null);
  const proposals = useProposals();
  // An outdated proposal to re-edit, handed to the editor.
  const [seed, setSeed] = useState<EditorSeed | null>(null);
  // The editor's unsaved edits while the review is shown in its place.
  const keptDraft = useRef<KeptDraft['current']>(null);
  const reedit = (proposal: ProposalView) => {
    if (!proposal.outdated || proposal.outdated.clean) return;
    setSeed({ draft: proposal.outdated.draft, conflicts: proposal.outdated.conflicts });
    document.getElementById('editor')?.scrollIntoView();
  };
  const showProposals = proposals !== null && (proposals.partnerName !== null || proposals.proposals.length > 0);
  const [reviewing, setReviewing] = useState(location.hash === REVIEW_HASH);
  useEffect(() => {
    const follow = () => setReviewing(location.hash === REVIEW_HASH);
    addEventListener('hashchange', follow);
    return () => removeEventListener('hashchange', follow);
  }, []);
  // A link to a part of the page (the popup's "Link with my partner" opens `#link`) is followed once
  // the agreement is in: the parts above the target arrive with it, and when they come after the
  // document has loaded, the browser has already scrolled to where the target was.
  const loaded = revision !== undefined;
  useEffect(() => {
    if (!loaded || reviewing || location.hash.length < 2) return;
    // The page's ids are plain words: taken as written, a malformed escape in a typed URL cannot throw here.
    document.getElementById(location.hash.slice(1))?.scrollIntoView();
  }, [loaded]);
  const leaveReview = () => {
    history.replaceState(null, '', location.pathname);
    setReviewing(false);
    setPreview(null);
    scrollTo(0, 0);
  };

  const reload = async () => {
    try {
      setRevision((await latestAgreement(db)) ?? null);
    } catch (error) {
      console.error('Hearth could not read the agreement', error);
      setStorageFailed(true);
    }
  };
  useEffect(() => {
    void reload();
    // An agreement stored anywhere else (another tab, another options page) shows here at once;
    // the editor keeps unsaved edits and says a newer one arrived.
    const changed = new BroadcastChannel(AGREEMENT_CHANGED_CHANNEL);
    changed.onmessage = () => void reload();
    return () => changed.close();
  }, []);

  const report = async (reply: ImportReply) => {
    if (!reply.ok) {
      const details = 'key' in reply ? [t(reply.key)] : reply.issues.map((issue) => describeIssue(issue, t));
      return setStatus({ kind: 'error', text: t('importFailed'), details });
    }
    // Linked, the file became a proposal: the agreement in force is unchanged until the partner accepts.
    if (reply.outcome === 'proposed') return setStatus({ kind: 'ok', text: t('editorProposed', [proposals?.partnerName ?? t('proposalYourPartner')]), toProposals: true });
    setStatus({ kind: 'ok', text: t('importSucceeded') });
    await reload();
  };

  /** Sends an import or the sample; a failure of the background is shown, never swallowed. */
  const store = async (message: HearthMessage) => {
    try {
      await report(await send(message));
    } catch (error) {
      if (isStorageFailure(error)) return setStorageFailed(true);
      setStatus({ kind: 'error', text: t('importUnexpected', [error instanceof Error ? error.message : String(error)]), details: [] });
    }
  };

  const importFile = async (file: File | undefined) => {
    if (!file) return;
    // Not even read: a file this large is no agreement, and reading it could stall the page.
    if (file.size > MAX_AGREEMENT_FILE_BYTES) return setStatus({ kind: 'error', text: t('importFailed'), details: [describeIssue(fileTooLarge(), t)] });
    let text: string;
    try {
      text = await file.text();
    } catch {
      return setStatus({ kind: 'error', text: t('importReadFailed'), details: [] });
    }
    await store({ type: 'agreement:import', text });
    if (fileInput.current) fileInput.current.value = '';
  };

  return (
    <main>
      <h1>{t('optionsTitle')}</h1>
      <div class="toolbar">
        <button type="button" class="primary" onClick={() => fileInput.current?.click()}>
          {t('importAgreement')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept="application/json,.json"
          hidden
          aria-hidden="true"
          tabIndex={-1}
          onChange={(e) => void importFile(e.currentTarget.files?.[0])}
        />
        {revision && (
          <button type="button" onClick={() => void downloadAgreement(db, Date.now())}>
            {t('exportAgreement')}
          </button>
        )}
        {revision && hasCalendarEvents(revision.agreement) && (
          <button type="button" onClick={() => downloadRitualCalendar(revision.agreement, Date.now())}>
            {t('exportRituals')}
            {/* The file type helps the eye; a screen reader hears the plain action. */}
            <span aria-hidden="true"> (.ics)</span>
          </button>
        )}
        {revision === null && (
          <button type="button" onClick={() => void store({ type: 'agreement:sample' })}>
            {t('useSample')}
          </button>
        )}
      </div>
      {status && (
        <div class={`status ${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          <p>
            {status.text}
            {status.kind === 'ok' && status.toProposals && (
              <>
                {' '}
                <a href="#proposals">{t('editorProposedSee')}</a>
              </>
            )}
          </p>
          {status.kind === 'error' && status.details.length > 0 && (
            <ul>
              {status.details.map((detail) => (
                <li key={detail}>{detail}</li>
              ))}
            </ul>
          )}
        </div>
      )}
      {storageFailed && <StorageError />}
      {revision !== undefined && !reviewing && <PartnerAgreementCard db={db} mine={revision} />}
      {revision === undefined && !storageFailed && <p class="muted">{t('optionsLoading')}</p>}
      {revision === null && (
        <section>
          <h2>{t('optionsEmptyTitle')}</h2>
          <p class="muted">{t('optionsEmptyBody')}</p>
          {/* The first-run setup resumes where it was left, or begins again when it was skipped. */}
          <button type="button" class="primary" onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/welcome.html') })}>
            {t('welcomeResume')}
          </button>
        </section>
      )}
      {revision && reviewing && (
        <>
          <WeekView agreement={preview ?? revision.agreement} now={Date.now()} unsaved={preview !== null} />
          <AgreementReview revision={revision} now={Date.now()} onSaved={reload} onPreview={setPreview} onLeave={leaveReview} />
        </>
      )}
      {revision && !reviewing && <OptionsNav proposals={showProposals} />}
      {revision && !reviewing && <SeasonReviews revision={revision} now={Date.now()} onSaved={reload} />}
      {revision && !reviewing && <AgreementSummary revision={revision} />}
      {revision && !reviewing && <WeekView agreement={preview ?? revision.agreement} now={Date.now()} unsaved={preview !== null} />}
      {revision && !reviewing && (
        <AgreementEditor revision={revision} onSaved={reload} onPreview={setPreview} proposeTo={proposals?.partnerName ?? null} seed={seed} onSeedTaken={() => setSeed(null)} kept={keptDraft} />
      )}
      {revision && showProposals && <ProposalsSection view={proposals} timeZone={revision.agreement.household.timeZone} onReedit={reedit} />}
      {revision && !reviewing && <ReviewEntry agreement={revision.agreement} now={Date.now()} />}
      {revision && <AgreementHistory db={db} latest={revision} />}
      {revision && <IdentityForm agreement={revision.agreement} />}
      <LinkSection db={db} partnerName={proposals === null ? undefined : proposals.partnerName} />
      <TrackingSettingsForm db={db} />
      <WindDownForm db={db} />
      <CheckInSettingsForm db={db} />
      <ComfortsForm db={db} />
    </main>
  );
}

/** The proposals as the background tells them, read again whenever they, the agreement or the link change. */
function useProposals(): ProposalsView | null {
  const [view, setView] = useState<ProposalsView | null>(null);
  const link = useLinkView();
  const read = () =>
    void (browser.runtime.sendMessage({ type: 'proposal:list' } satisfies HearthMessage) as Promise<ProposalsView>).then(setView, (error) => {
      console.error('Hearth could not read the proposals', error);
      // Read, if unanswered: what waits on it (the link section's partner name) is drawn without it.
      setView((shown) => shown ?? { partnerName: null, proposals: [] });
    });
  useEffect(() => {
    const channels = [new BroadcastChannel(PROPOSALS_CHANGED_CHANNEL), new BroadcastChannel(AGREEMENT_CHANGED_CHANNEL)];
    channels.forEach((channel) => (channel.onmessage = read));
    return () => channels.forEach((channel) => channel.close());
  }, []);
  useEffect(read, [link]);
  return view;
}
