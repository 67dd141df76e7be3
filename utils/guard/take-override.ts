import type { HearthDb } from '../db/hearth-db';
import { agreementInForceAt } from '../agreement/agreement-store';
import { guardStateAt } from '../schedule/guard-state';
import { weekBounds } from '../schedule/week-bounds';
import { workSiteForUrl } from '../sites/work-site-for-url';
import type { OverrideReply } from '../messages';
import { decideOverride, type OverrideRequest } from './override-allowance';
import { hostOf } from './guard-plan';

/**
 * Grants or refuses an override and records every granted one for the weekly report. The count
 * and the write share one transaction, so two quick requests cannot both take the last one.
 */
export async function takeOverride(
  db: HearthDb,
  request: OverrideRequest & { url: string },
  now: number,
): Promise<OverrideReply> {
  const agreement = (await agreementInForceAt(db, now))?.agreement;
  const site = hostOf(request.url);
  if (!agreement || !site || !workSiteForUrl(agreement.workSites, request.url)) {
    return { ok: false, key: 'overrideNotGuarded' };
  }
  const state = guardStateAt(agreement, now);
  const weekStart = weekBounds(agreement, now).start;
  return db.transaction('rw', db.overrides, async () => {
    const used = await db.overrides.where('start').aboveOrEqual(weekStart).count();
    const decision = decideOverride(request, agreement.overridePolicy, state, used, now);
    if (!decision.ok) return decision;
    await db.overrides.add({
      start: now,
      end: decision.end,
      minutes: request.minutes,
      reason: decision.reason,
      site,
      sources: state.sources,
    });
    return { ok: true as const, end: decision.end };
  });
}
