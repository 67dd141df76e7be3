import { render } from 'preact';
import { HearthDb } from '@/utils/db/hearth-db';
import { loadCheckIn } from '@/utils/report/report-store';
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
  />,
  document.getElementById('app')!,
);
