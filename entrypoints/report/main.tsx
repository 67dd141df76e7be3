import { render } from 'preact';
import { HearthDb } from '@/utils/db/hearth-db';
import { loadWeeklyReport } from '@/utils/report/report-store';
import { ReportApp } from '@/components/report/report-app';
import { t, uiLocale } from '@/components/i18n';
import { ReceivedThanks } from '@/components/link/received-thanks';

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
    extra={(report) => <ReceivedThanks db={db} from={report.weekStart} to={report.weekEnd} title={t('reportThanksTitle')} />}
  />,
  document.getElementById('app')!,
);
