// @vitest-environment happy-dom
import { render } from 'preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { at } from '@/utils/schedule/agreement-fixture';
import { reportFor, revisions, SUNDAY_NIGHT, WEEK, WEEK_OVER } from '@/utils/report/week-fixture';
import { weeksToCsv } from '@/utils/report/week-export';
import { workInterval } from '@/utils/tracking/interval-fixture';
import { ReportDays } from './report-days';

vi.mock('../i18n', () => import('../popup/english-catalog'));

const root = document.createElement('div');
document.body.append(root);
afterEach(() => render(null, root));

const rows = () => [...root.querySelectorAll('tbody tr')].map((row) => [...row.children].map((cell) => cell.textContent));

describe('ReportDays', () => {
  it('says a day wholly before Hearth began was not recorded, instead of showing it as a day without work', () => {
    const installed = [{ ...revisions[0]!, effectiveAt: at('2026-11-25T15:00:00+01:00') }];
    const report = reportFor(WEEK_OVER, SUNDAY_NIGHT, WEEK.filter((interval) => interval.start >= installed[0]!.effectiveAt), [], undefined, installed);
    render(<ReportDays report={report} stretch={null} locale="en-GB" />, root);
    const [monday, tuesday, wednesday, thursday] = rows();
    expect(monday!.slice(1)).toEqual(['Before Hearth began in this browser: nothing recorded']);
    expect(tuesday!.slice(1)).toEqual(['Before Hearth began in this browser: nothing recorded']);
    // The day it began is shown with what it saw of it (here nothing), as is every day after.
    expect(wednesday!.slice(1)).toEqual(['0 mins', '0 mins', '0 mins', '—']);
    expect(thursday!.slice(1, 3)).toEqual(['8 hrs', '1 hr 40 mins']);
  });

  it('says a day older than Hearth keeps was deleted, not that Hearth had not begun or that it was quiet', () => {
    // 400 days after Thursday 10:00: the week's Monday to Wednesday are older than Hearth keeps.
    const report = reportFor(SUNDAY_NIGHT + 400 * 86_400_000 - 3.5 * 86_400_000, SUNDAY_NIGHT, []);
    render(<ReportDays report={report} stretch={null} locale="en-GB" />, root);
    const days = rows().map((row) => row.slice(1).join(' | '));
    expect(days.slice(0, 3)).toEqual(Array(3).fill('More than 400 days ago: deleted, as Hearth keeps activity for 400 days'));
    // The cut's own day is shown with what is left of it, as the day Hearth began is.
    expect(days[3]).toBe('0 mins | 0 mins | 0 mins | —');
  });

  it('shows the very minutes the CSV writes, which add up to the week even when the work has seconds', () => {
    // 30.5 min after hours on Monday, then 20.5 on Tuesday and on Wednesday: 71.5 min in all, shown as 72.
    // Rounded one by one the days read 31 + 21 + 21 = 73.
    const report = reportFor(WEEK_OVER, SUNDAY_NIGHT, [
      workInterval('2026-11-23T17:00:00+01:00', '2026-11-23T17:30:30+01:00'),
      workInterval('2026-11-24T17:00:00+01:00', '2026-11-24T17:20:30+01:00'),
      workInterval('2026-11-25T17:00:00+01:00', '2026-11-25T17:20:30+01:00'),
    ]);
    render(<ReportDays report={report} stretch={null} locale="en-GB" />, root);
    const afterHours = rows().slice(0, 3).map((row) => row[2]);
    expect(afterHours).toEqual(['31 mins', '20 mins', '21 mins']);
    const csv = weeksToCsv([report]).trimEnd().split('\r\n').map((line) => line.split(',')).filter((row) => row[1] === 'all');
    expect(csv.slice(0, 3).map((row) => `${row[4]} mins`)).toEqual(afterHours);
  });
});
