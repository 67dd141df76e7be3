import { render } from 'preact';
import { HearthDb } from '@/utils/db/hearth-db';
import { loadWeeklyReport } from '@/utils/report/report-store';
import { latestAgreement } from '@/utils/agreement/agreement-store';
import type { HearthMessage, SaveReply } from '@/utils/messages';
import { ReportApp } from '@/components/report/report-app';
import { t, uiLocale } from '@/components/i18n';

// Reads Dexie directly, as the options page does: an extension page shares the background's database.
const db = new HearthDb();
document.title = t('reportTitle');
document.documentElement.lang = uiLocale();
render(
  <ReportApp
    load={(weekContaining) => loadWeeklyReport(db, Date.now(), weekContaining)}
    clock={Date.now}
    locale={uiLocale()}
    openOptions={() => void browser.runtime.openOptionsPage()}
    commitments={{
      latest: () => latestAgreement(db),
      save: (agreement, basedOn, note) => browser.runtime.sendMessage({ type: 'agreement:save', agreement, basedOn, note } satisfies HearthMessage) as Promise<SaveReply>,
    }}
  />,
  document.getElementById('app')!,
);
