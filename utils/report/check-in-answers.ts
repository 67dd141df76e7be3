import * as v from 'valibot';

/** The three questions of the check-in, in the order the couple answer them. */
export const CHECK_IN_PROMPTS = ['stretched', 'celebrate', 'adjust'] as const;
export type CheckInPrompt = (typeof CHECK_IN_PROMPTS)[number];
export const CHECK_IN_ANSWER_MAX = 2000;

const Answer = v.pipe(v.string(), v.maxLength(CHECK_IN_ANSWER_MAX));
const CheckInAnswersSchema = v.object({
  stretched: Answer,
  celebrate: Answer,
  adjust: Answer,
  savedAt: v.pipe(v.number(), v.integer(), v.minValue(0)),
});
export type CheckInAnswers = v.InferOutput<typeof CheckInAnswersSchema>;

/** Answers are kept with their week: one settings record per household week, by the instant it began. */
export const checkInAnswersKey = (weekStart: number) => `checkIn:${weekStart}`;

export type AnswersResult = { ok: true; answers: CheckInAnswers } | { ok: false; key: 'checkinAnswerTooLong'; prompt: CheckInPrompt };

/** Trimmed answers, each at most CHECK_IN_ANSWER_MAX characters; too long is refused, never cut. */
export function parseCheckInAnswers(input: Record<CheckInPrompt, string>, savedAt: number): AnswersResult {
  const answers = { savedAt } as CheckInAnswers;
  for (const prompt of CHECK_IN_PROMPTS) {
    const text = String(input[prompt] ?? '').trim();
    if ([...text].length > CHECK_IN_ANSWER_MAX) return { ok: false, key: 'checkinAnswerTooLong', prompt };
    answers[prompt] = text;
  }
  return { ok: true, answers };
}

/** What is stored, read defensively: a damaged record reads as no answers. */
export function storedCheckInAnswers(value: unknown): CheckInAnswers | null {
  const result = v.safeParse(CheckInAnswersSchema, value);
  return result.success ? result.output : null;
}
