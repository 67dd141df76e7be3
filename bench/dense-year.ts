/**
 * A year of heavy use, the same every run: 2026, the sample agreement's Berlin household, both
 * clock changes included, from a seeded PRNG. 10 h of work sites on weekdays (morning, afternoon
 * and an evening session inside the "Family evenings" zone), 2 h on weekend days; the site changes
 * every 30 s – 10 min, skewed towards quick switches (30 s × 20^(u^1.5)); a second agreement
 * revision takes effect on 1 July; about three overrides a week. Shared by the benchmarks that
 * read activity back (`classify-bench.ts` in Node, `report-bench.ts` in Chromium).
 */
import { parseAgreement } from '../utils/agreement/parse-agreement';
import type { Agreement } from '../utils/agreement/agreement-schema';
import { SAMPLE_AGREEMENT } from '../utils/agreement/sample-agreement';
import type { AgreementRevision } from '../utils/db/hearth-db';
import type { OverrideSpan } from '../utils/report/classify-activity';
import { datesThrough, weekdayOfDate } from '../utils/schedule/calendar-date';
import { firstInstantAtOrAfterWallTime } from '../utils/schedule/wall-clock';
import type { WorkSiteCategory } from '../utils/sites/work-site-category';
import { intervalId, type ActivityInterval } from '../utils/tracking/activity-interval';
import { seededRandom } from '../tests/support/seeded-random';

export const SEED = 20_260_101;
const SECOND = 1000;
const MINUTE = 60 * SECOND;

function validated(input: unknown): Agreement {
  const result = parseAgreement(input);
  if (!result.ok) throw new Error(`invalid agreement: ${JSON.stringify(result.issues)}`);
  return result.agreement;
}

// Two revisions: the sample from New Year, and an edit on 1 July (longer Fridays for Alex, a new zone).
const first = validated(SAMPLE_AGREEMENT);
const edited: Agreement = structuredClone(first);
edited.partners[0].workingHours.fri = [{ start: '08:30', end: '17:30' }];
edited.zones = [...edited.zones, { id: 'lunch', label: 'Lunch together', days: ['wed'], start: '12:30', end: '13:30', mode: 'dim' }];
const second = validated(edited);
const { timeZone } = first.household;
const revisions: AgreementRevision[] = [
  { id: 1, effectiveAt: firstInstantAtOrAfterWallTime('2026-01-01', 0, timeZone), source: 'sample', agreement: first },
  { id: 2, effectiveAt: firstInstantAtOrAfterWallTime('2026-07-01', 9 * 60 + 17, timeZone), source: 'edit', agreement: second },
];

const SITES: Array<{ host: string; category: WorkSiteCategory; weight: number }> = [
  { host: 'app.slack.com', category: 'chat', weight: 30 },
  { host: 'mail.google.com', category: 'email', weight: 15 },
  { host: 'calendar.google.com', category: 'calendar', weight: 5 },
  { host: 'github.com', category: 'code', weight: 20 },
  { host: 'acme.atlassian.net', category: 'tickets', weight: 10 },
  { host: 'www.notion.so', category: 'docs', weight: 8 },
  { host: 'us02web.zoom.us', category: 'meetings', weight: 7 },
  { host: 'linear.app', category: 'tickets', weight: 5 },
];
const TOTAL_WEIGHT = SITES.reduce((sum, site) => sum + site.weight, 0);

export function denseYear() {
  const random = seededRandom(SEED);
  const pickSite = () => {
    let roll = random() * TOTAL_WEIGHT;
    for (const site of SITES) if ((roll -= site.weight) < 0) return site;
    return SITES[0]!;
  };

  /** [local start minute, minutes of work-site use] per session. */
  const WEEKDAY_SESSIONS: Array<[number, number]> = [
    [8 * 60, 240],
    [13 * 60, 270],
    [20 * 60 + 30, 90],
  ];
  const WEEKEND_SESSIONS: Array<[number, number]> = [
    [10 * 60, 60],
    [21 * 60, 60],
  ];

  const intervals: ActivityInterval[] = [];
  const overrides: OverrideSpan[] = [];
  for (const date of datesThrough('2026-01-01', '2026-12-31')) {
    const weekday = weekdayOfDate(date);
    const weekend = weekday === 0 || weekday === 6;
    for (const [startMinute, minutes] of weekend ? WEEKEND_SESSIONS : WEEKDAY_SESSIONS) {
      // Sessions start within ±20 min of their usual time.
      let at = firstInstantAtOrAfterWallTime(date, startMinute, timeZone) + Math.floor((random() - 0.5) * 40 * MINUTE);
      let used = 0;
      while (used < minutes * MINUTE) {
        const site = pickSite();
        const length = Math.min(Math.round(30 * SECOND * 20 ** (random() ** 1.5)), minutes * MINUTE - used);
        intervals.push({
          id: intervalId(at, site.host),
          domain: site.host,
          category: site.category,
          start: at,
          end: at + length,
          audible: site.category === 'meetings' && random() < 0.8,
        });
        used += length;
        // A few seconds elsewhere (a non-work tab, the desktop) before the next work site.
        at += length + Math.floor(random() * 20 * SECOND);
      }
    }
    // About three overrides a week, in the evening session, for the site most often released.
    if (!weekend && random() < 0.6) {
      const start = firstInstantAtOrAfterWallTime(date, 20 * 60 + 40, timeZone) + Math.floor(random() * 60 * MINUTE);
      overrides.push({ site: 'app.slack.com', start, end: start + (5 + Math.floor(random() * 11)) * MINUTE });
    }
  }
  return { first, second, timeZone, revisions, intervals, overrides };
}
