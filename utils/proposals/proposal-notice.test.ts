import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Agreement } from '../agreement/agreement-schema';
import { parseAgreement } from '../agreement/parse-agreement';
import { catalogTranslator } from '../i18n/translate';
import { proposalNotice } from './proposal-notice';
import type { ProposalRecord } from './proposal-record';

const en = catalogTranslator(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));
const EXAMPLE = JSON.parse(readFileSync('docs/agreement.example.json', 'utf8'));
const agreement = (change: (doc: any) => void = () => {}): Agreement => {
  const doc = structuredClone(EXAMPLE);
  change(doc);
  const result = parseAgreement(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.agreement;
};

const BASE = agreement();
const record = (proposed: Agreement, extra: Partial<ProposalRecord> = {}): ProposalRecord => ({
  id: 'proposal-01', mine: false, proposedBy: 'alex', base: BASE, baseDigest: 'd'.repeat(43), proposed, sentAt: 1, state: 'open', ...extra,
});

describe('proposalNotice', () => {
  it('tells who proposes what, in words, with the why', () => {
    expect(proposalNotice({ type: 'arrived', record: record(agreement((d) => (d.zones[0].end = '07:30')), { note: 'Slow mornings' }) }, BASE, 'en-GB', en)).toEqual({
      title: 'Alex proposes a change to your agreement',
      message: 'Family evenings: ends 07:00 → 07:30\nWhy: Slow mornings',
    });
  });

  it('keeps a long change list short', () => {
    const many = agreement((d) => {
      d.rituals.forEach((ritual: any) => (ritual.durationMinutes = 60));
      d.budget.weeklyAfterHoursMinutes = 90;
    });
    expect(proposalNotice({ type: 'arrived', record: record(many) }, BASE, 'en-GB', en)?.message.split('\n')).toEqual([
      'Shared breakfast: lasts 30 mins → 1 hr',
      'Evening walk: lasts 45 mins → 1 hr',
      'Weekly check-in: lasts 20 mins → 1 hr',
      '… and 2 more changes',
    ]);
  });

  it('tells the proposer the answer: the decline’s word, or that it is in force, or that it was not applied here', () => {
    const mine = record(agreement((d) => (d.budget.weeklyAfterHoursMinutes = 90)), { mine: true, state: 'declined', word: 'Not now' });
    expect(proposalNotice({ type: 'declined', record: mine }, BASE, 'en-GB', en)).toEqual({ title: 'Sam declined your proposal', message: 'Not now' });
    expect(proposalNotice({ type: 'accepted', record: mine, applied: true }, BASE, 'en-GB', en)).toEqual({
      title: 'Sam accepted your proposal: it is in force now',
      message: 'Weekly budget: after hours a week 2 hrs → 1 hr 30 mins',
    });
    expect(proposalNotice({ type: 'accepted', record: mine, applied: false }, BASE, 'en-GB', en)?.title).toBe('Sam accepted your proposal');
    expect(proposalNotice({ type: 'withdrawn', id: 'proposal-01' }, BASE, 'en-GB', en)).toBeNull();
  });
});
