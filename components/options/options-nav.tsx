import { t } from '../i18n';

interface Entry {
  target: string;
  label: string;
  children?: Entry[];
}

/** The page's parts in order: each entry's `target` is the id of the section (or heading) it leads to. */
function entries(proposals: boolean): Entry[] {
  return [
    { target: 'agreement', label: t('summaryTitle') },
    { target: 'week', label: t('weekViewTitle') },
    {
      target: 'editor',
      label: t('editorTitle'),
      children: [
        { target: 'editor-household', label: t('editorHousehold') },
        { target: 'editor-partners', label: t('editorPartners') },
        { target: 'editor-zones', label: t('editorZones') },
        { target: 'editor-special-days', label: t('editorSpecialDays') },
        { target: 'editor-rituals', label: t('editorRituals') },
        { target: 'editor-sites', label: t('editorSites') },
        { target: 'editor-policy', label: t('editorPolicy') },
        { target: 'editor-seasons', label: t('editorSeasons') },
        { target: 'editor-commitments', label: t('editorCommitments') },
        { target: 'editor-plans', label: t('editorPlans') },
        { target: 'editor-review-rhythm', label: t('editorReviewRhythm') },
      ],
    },
    ...(proposals ? [{ target: 'proposals', label: t('proposalsTitle') }] : []),
    { target: 'review', label: t('reviewTitle') },
    { target: 'history', label: t('historyTitle') },
    { target: 'identity', label: t('identityQuestion') },
    { target: 'link', label: t('linkTitle') },
    { target: 'recording', label: t('trackingTitle') },
    { target: 'wind-down', label: t('windDownTitle') },
    { target: 'check-in-settings', label: t('checkinSettingsTitle') },
    { target: 'comforts', label: t('comfortsTitle') },
  ];
}

/**
 * With an agreement the options page is long (the editor alone runs to many screens) and this
 * browser's settings come last: plain in-page links get anyone to a part in one step, with the
 * keyboard too, and keep every part on one page so the week view can go on drawing the draft.
 * `proposals`: the open proposals are shown (while linked, or while some are kept).
 */
export function OptionsNav({ proposals = false }: { proposals?: boolean }) {
  return (
    <nav class="options-nav" aria-label={t('optionsNavName')}>
      <EntryList entries={entries(proposals)} />
    </nav>
  );
}

function EntryList({ entries }: { entries: Entry[] }) {
  return (
    <ul>
      {entries.map((entry) => (
        <li key={entry.target}>
          <a href={`#${entry.target}`}>{entry.label}</a>
          {entry.children && <EntryList entries={entry.children} />}
        </li>
      ))}
    </ul>
  );
}
