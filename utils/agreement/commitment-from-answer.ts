import type { Agreement } from './agreement-schema';
import { newCommitment } from './new-commitment';

/** The schema's limit for a commitment's `what`. */
const WHAT_MAX = 200;

/**
 * The agreement with a new commitment made from a check-in's "what do we adjust" answer, in one
 * step: its first line (cut at a word, marked "…", when longer than a commitment takes; the full
 * answer stays with its week), for both, due in two weeks and looked at after one, as any new
 * commitment. `success` is what the couple will look for: the caller words it. Null for an empty answer.
 */
export function commitmentFromAnswer(agreement: Agreement, now: number, answer: string, success: string): Agreement | null {
  const firstLine = answer.trim().split('\n')[0]!.trim();
  if (firstLine === '') return null;
  const chars = [...firstLine];
  let what = firstLine;
  if (chars.length > WHAT_MAX) {
    const cut = chars.slice(0, WHAT_MAX - 1).join('');
    const atWord = cut.lastIndexOf(' ');
    what = `${(atWord > WHAT_MAX / 2 ? cut.slice(0, atWord) : cut).trimEnd()}…`;
  }
  return { ...agreement, commitments: [...agreement.commitments, { ...newCommitment(agreement, now, what), success }] };
}
