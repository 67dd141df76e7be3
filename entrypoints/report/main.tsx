import { render } from 'preact';
import { HearthDb } from '@/utils/db/hearth-db';
import { loadCheckIn, loadCheckInAnswers, saveCheckInAnswers } from '@/utils/report/report-store';
import { ReportApp } from '@/components/report/report-app';
import { t, uiLocale } from '@/components/i18n';

// Reads Dexie directly, as the options page does: an extension page shares the background's database.
const db = new HearthDb();
document.title = t('reportTitle');
document.documentElement.lang = uiLocale();
render(
  <ReportApp
    load={(weekContaining) => loadCheckIn(db, Date.now(), weekContaining, uiLocale())}
    clock={Date.now}
    locale={uiLocale()}
    openOptions={() => void browser.runtime.openOptionsPage()}
    checkIn={{
      load: (weekStart, previousStart) => loadCheckInAnswers(db, weekStart, previousStart),
      save: (weekStart, answers) => saveCheckInAnswers(db, weekStart, answers),
      clock: Date.now,
    }}
  />,
  document.getElementById('app')!,
);
