import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import { invokePlan, endPlan, currentInvokedPlan } from './invoked-plan';
import { parsePartnerPlans, partnerPlanAt, partnerPlansInWeek, planMessage, withPartnerPlan, KEEP_PARTNER_PLANS } from './partner-plan';
import { parseLinkPayload } from '../link/link-payloads';
import { LATEST_INSTANT } from '../link/instant';
import { lastDayOf } from './plan-last-day';

const NOW = at('2026-12-01T10:00:00+01:00');
const END = at('2026-12-05T00:00:00+01:00');
const CRUNCH = { name: 'Deadline crunch', invokedAt: NOW, endsAt: END };
const names = (id: string) => ({ crunch: 'Deadline crunch', sick: 'Sick child' })[id];

describe('the message to the partner', () => {
  it('names the plan now in force, with when it was invoked and when it ends by itself', () => {
    const plans = invokePlan([], 'crunch', END, NOW);
    expect(planMessage(null, currentInvokedPlan(plans, NOW)!, names)).toEqual(CRUNCH);
  });

  it('says a plan ended early, at the moment it ended', () => {
    const later = NOW + 3_600_000;
    const ended = endPlan(invokePlan([], 'crunch', END, NOW), later);
    expect(planMessage(ended[0]!, null, names)).toEqual({ ...CRUNCH, endsAt: later, ended: true });
  });

  it('says nothing when no plan held, or the plan is gone from the agreement', () => {
    expect(planMessage(null, null, names)).toBeNull();
    expect(planMessage(null, { planId: 'gone', start: NOW, end: END }, names)).toBeNull();
  });

  it('is a valid link payload of kind plan, and a malformed one is refused', () => {
    expect(parseLinkPayload('plan', CRUNCH)).toEqual({ ok: true, kind: 'plan', payload: CRUNCH });
    expect(parseLinkPayload('plan', { ...CRUNCH, endsAt: NOW })).toEqual({ ok: false, key: 'linkPayloadInvalid' });
    expect(parseLinkPayload('plan', { ...CRUNCH, zones: ['evenings'] })).toEqual({ ok: false, key: 'linkPayloadInvalid' });
    expect(parseLinkPayload('plan', { ...CRUNCH, name: '' })).toEqual({ ok: false, key: 'linkPayloadInvalid' });
    // Kept and shown until it ends: one ending past any date would break the popup until unpair.
    expect(parseLinkPayload('plan', { ...CRUNCH, endsAt: 9e15 })).toEqual({ ok: false, key: 'linkPayloadInvalid' });
    expect(parsePartnerPlans([{ ...CRUNCH, endsAt: 9e15 }])).toEqual([]);
    expect(parsePartnerPlans([{ ...CRUNCH, endsAt: 8.64e15 }])).toEqual([]);
    // The latest it takes still has a last day in a zone east of UTC.
    const latest = { ...CRUNCH, endsAt: LATEST_INSTANT };
    expect(parsePartnerPlans([latest])).toEqual([latest]);
    expect(lastDayOf(latest, 'Pacific/Chatham')).toBe('10000-01-01');
  });
});

describe('the partner’s plans on this browser', () => {
  it('holds from its invocation and ends by itself at its end, with no message needed', () => {
    const plans = withPartnerPlan([], CRUNCH);
    expect(partnerPlanAt(plans, NOW - 1)).toBeUndefined();
    expect(partnerPlanAt(plans, NOW)).toEqual(CRUNCH);
    expect(partnerPlanAt(plans, END - 1)).toEqual(CRUNCH);
    expect(partnerPlanAt(plans, END)).toBeUndefined();
  });

  it('ends when the partner ends it early, and a message arriving twice changes nothing', () => {
    const ended = { ...CRUNCH, endsAt: NOW + 60_000, ended: true as const };
    const plans = withPartnerPlan(withPartnerPlan([CRUNCH], ended), ended);
    expect(plans).toEqual([ended]);
    expect(partnerPlanAt(plans, NOW + 1)).toBeUndefined();
  });

  it('holds one plan at a time: a newer one ends the one before it', () => {
    const sick = { name: 'Sick child', invokedAt: NOW + 60_000, endsAt: END };
    const plans = withPartnerPlan([CRUNCH], sick);
    expect(plans).toEqual([{ ...CRUNCH, endsAt: sick.invokedAt, ended: true }, sick]);
    expect(partnerPlanAt(plans, NOW + 120_000)).toEqual(sick);
  });

  it('keeps only the newest, and drops malformed stored entries', () => {
    let plans = parsePartnerPlans([CRUNCH, { name: 'x' }, null]);
    expect(plans).toEqual([CRUNCH]);
    for (let k = 1; k <= KEEP_PARTNER_PLANS; k++) plans = withPartnerPlan(plans, { name: 'Travel', invokedAt: END + k * 10, endsAt: END + k * 10 + 5 });
    expect(plans).toHaveLength(KEEP_PARTNER_PLANS);
    expect(plans[0]!.name).toBe('Travel');
  });

  it('lists those that held in a week for the report', () => {
    const weekStart = at('2026-11-30T00:00:00+01:00');
    const weekEnd = at('2026-12-07T00:00:00+01:00');
    const old = { name: 'Travel week', invokedAt: at('2026-11-20T00:00:00+01:00'), endsAt: weekStart };
    const now = at('2026-12-02T12:00:00+01:00');
    expect(partnerPlansInWeek([old, CRUNCH], 'Europe/Berlin', weekStart, weekEnd, now)).toEqual([
      { planId: 'Deadline crunch', name: 'Deadline crunch', start: NOW, end: now, days: ['2026-12-01', '2026-12-02'] },
    ]);
    expect(partnerPlansInWeek([CRUNCH], 'Europe/Berlin', weekStart, weekEnd, NOW)).toEqual([]);
  });
});
