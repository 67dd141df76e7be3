import type { Agreement, FocusSeason } from './agreement-schema';
import { addDays } from '../schedule/calendar-date';
import { newId } from './new-id';

/**
 * What the couple can decide at a focus season's review (issue #9): go on to a later date, end it,
 * or hand it to the other partner. Each returns the whole agreement as it would read after, for
 * the one save path (a new revision, or a proposal when linked); `key` is an i18n key.
 */
export type SeasonReviewResult = { ok: true; agreement: Agreement } | { ok: false; key: string };

export interface SeasonDates {
  /** The season's new last day. */
  end: string;
  /** When to look at it again; its last day when not given. */
  reviewOn?: string;
}

const seasonAt = (agreement: Agreement, id: string) => agreement.focusSeasons.findIndex((season) => season.id === id);

/** A review date that has come would keep the season "review due": the next look must be later than today. */
function datesProblem({ end, reviewOn = end }: SeasonDates, today: string): string | null {
  if (!end || !reviewOn) return 'seasonErrNoDate';
  if (reviewOn <= today) return 'seasonErrReviewNotLater';
  if (reviewOn > end) return 'seasonErrReviewAfterEnd';
  return null;
}

/** Goes on to a new last day (earlier or later), looked at again on `reviewOn`. */
export function extendSeason(agreement: Agreement, id: string, dates: SeasonDates, today: string): SeasonReviewResult {
  const index = seasonAt(agreement, id);
  if (index < 0) return { ok: false, key: 'seasonErrUnknown' };
  const problem = datesProblem(dates, today);
  if (problem) return { ok: false, key: problem };
  return { ok: true, agreement: withSeasons(agreement, (seasons) => seasons.splice(index, 1, { ...seasons[index]!, end: dates.end, reviewOn: dates.reviewOn ?? dates.end })) };
}

/**
 * Ends the season with yesterday, so today is judged by the household's own budget again. A season
 * that only began today never held: it is taken out rather than left ending before it started.
 */
export function endSeason(agreement: Agreement, id: string, today: string): SeasonReviewResult {
  const index = seasonAt(agreement, id);
  if (index < 0) return { ok: false, key: 'seasonErrUnknown' };
  return { ok: true, agreement: withSeasons(agreement, (seasons) => endAt(seasons, index, today)) };
}

export interface Handover extends SeasonDates {
  label: string;
  /** The new lead's weekly after-hours budget in minutes. */
  weeklyAfterHoursMinutes: number;
}

/**
 * Ends the season and starts one today led by the other partner, who was supporting: seasons that
 * alternate, each with its own dates and budget.
 */
export function handOverSeason(agreement: Agreement, id: string, handover: Handover, today: string): SeasonReviewResult {
  const index = seasonAt(agreement, id);
  if (index < 0) return { ok: false, key: 'seasonErrUnknown' };
  const problem = datesProblem(handover, today);
  if (problem) return { ok: false, key: problem };
  const label = handover.label.trim();
  if (!label) return { ok: false, key: 'seasonErrNoLabel' };
  const { weeklyAfterHoursMinutes } = handover;
  if (!Number.isInteger(weeklyAfterHoursMinutes) || weeklyAfterHoursMinutes < 0 || weeklyAfterHoursMinutes > 7 * 24 * 60) return { ok: false, key: 'seasonErrBudget' };
  const current = agreement.focusSeasons[index]!;
  const next: FocusSeason = {
    id: newId(label, agreement.focusSeasons.map((season) => season.id), 'season'),
    label,
    lead: otherPartner(agreement, current.lead),
    start: today,
    end: handover.end,
    weeklyAfterHoursMinutes,
    reviewOn: handover.reviewOn ?? handover.end,
  };
  return { ok: true, agreement: withSeasons(agreement, (seasons) => (endAt(seasons, index, today), seasons.push(next))) };
}

/** The partner who supports while `lead` leads. */
export function otherPartner(agreement: Agreement, lead: string): string {
  return agreement.partners.find((partner) => partner.id !== lead)!.id;
}

function endAt(seasons: FocusSeason[], index: number, today: string): void {
  const season = seasons[index]!;
  const end = addDays(today, -1);
  if (end < season.start) return void seasons.splice(index, 1);
  seasons.splice(index, 1, { ...season, end: season.end < end ? season.end : end, reviewOn: season.reviewOn < end ? season.reviewOn : end });
}

function withSeasons(agreement: Agreement, change: (seasons: FocusSeason[]) => void): Agreement {
  const seasons = [...agreement.focusSeasons];
  change(seasons);
  return { ...agreement, focusSeasons: seasons };
}
