import * as v from 'valibot';
import { RITUAL_OUTCOMES } from './status/ritual-marks';
import type { HearthMessage } from './messages';

/** The messages the background answers; `guard:recheck` goes the other way, to tabs. */
export type RoutedMessage = Exclude<HearthMessage, { type: 'guard:recheck' }>;
export type RoutedType = RoutedMessage['type'];

/**
 * A URL is at most what browsers keep of one (Chromium: 2 MB); a message text at most a few times
 * the largest agreement file an import accepts, so the parser, not the transport, names the problem.
 */
const MAX_URL_LENGTH = 2 * 1024 * 1024;
const MAX_TEXT_LENGTH = 8 * 1024 * 1024;

const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/**
 * The shape of every message the background answers, checked before its handler runs, so no
 * handler meets a non-string reason or a missing field. Values are only typed here; their meaning
 * (an allowed duration, a valid agreement, settings in range) stays with each feature's own parser.
 */
export const MESSAGE_SCHEMAS = {
  'guard:hello': v.object({ type: v.literal('guard:hello'), url: text(MAX_URL_LENGTH) }),
  'guard:veiled': v.object({ type: v.literal('guard:veiled'), url: text(MAX_URL_LENGTH) }),
  'override:request': v.object({ type: v.literal('override:request'), minutes: v.number(), reason: text(MAX_TEXT_LENGTH) }),
  'agreement:import': v.object({ type: v.literal('agreement:import'), text: text(MAX_TEXT_LENGTH) }),
  'agreement:sample': v.object({ type: v.literal('agreement:sample') }),
  'agreement:save': v.object({ type: v.literal('agreement:save'), agreement: v.unknown(), basedOn: v.nullable(v.number()), note: v.optional(text(MAX_TEXT_LENGTH)) }),
  'tracking:settings': v.object({
    type: v.literal('tracking:settings'),
    settings: v.object({ idleSeconds: v.number(), countAudible: v.boolean() }),
  }),
  'popup:status': v.object({ type: v.literal('popup:status') }),
  'popup:note': v.object({ type: v.literal('popup:note'), text: text(MAX_TEXT_LENGTH) }),
  'ritual:mark': v.object({
    type: v.literal('ritual:mark'),
    ritualId: text(64),
    start: v.number(),
    outcome: v.picklist(RITUAL_OUTCOMES),
  }),
  'report:open': v.object({ type: v.literal('report:open') }),
  'reminders:settings': v.object({ type: v.literal('reminders:settings'), settings: v.object({ windDownMinutes: v.number() }) }),
  'comforts:settings': v.object({
    type: v.literal('comforts:settings'),
    settings: v.object({ muteNotifications: v.boolean(), parkTabs: v.picklist(['off', 'group', 'close']) }),
  }),
  'link:paired': v.object({ type: v.literal('link:paired') }),
  'link:unpair': v.object({ type: v.literal('link:unpair') }),
  'link:thanks': v.object({ type: v.literal('link:thanks'), text: text(MAX_TEXT_LENGTH) }),
  'link:sharing': v.object({ type: v.literal('link:sharing'), sharing: v.unknown() }),
  'link:preview': v.object({ type: v.literal('link:preview') }),
  'link:takeAgreement': v.object({ type: v.literal('link:takeAgreement') }),
  'link:retry': v.object({ type: v.literal('link:retry') }),
  'identity:get': v.object({ type: v.literal('identity:get') }),
  'identity:set': v.object({ type: v.literal('identity:set'), partnerId: text(64) }),
  'plan:status': v.object({ type: v.literal('plan:status') }),
  'plan:invoke': v.object({ type: v.literal('plan:invoke'), planId: text(64), through: text(10) }),
  'plan:end': v.object({ type: v.literal('plan:end') }),
  'stretch:status': v.object({ type: v.literal('stretch:status') }),
  'stretch:set': v.object({ type: v.literal('stretch:set'), level: v.number() }),
  'proposal:list': v.object({ type: v.literal('proposal:list') }),
  'proposal:accept': v.object({ type: v.literal('proposal:accept'), id: text(64), onCurrent: v.boolean() }),
  'proposal:decline': v.object({ type: v.literal('proposal:decline'), id: text(64), word: v.optional(text(MAX_TEXT_LENGTH)) }),
  'proposal:withdraw': v.object({ type: v.literal('proposal:withdraw'), id: text(64) }),
  'proposal:reapply': v.object({ type: v.literal('proposal:reapply'), id: text(64) }),
  'proposal:dismiss': v.object({ type: v.literal('proposal:dismiss'), id: text(64) }),
  'proposal:adopt': v.object({ type: v.literal('proposal:adopt'), id: text(64) }),
  'checkIn:save': v.object({
    type: v.literal('checkIn:save'),
    weekStart: v.number(),
    answers: v.object({ stretched: text(MAX_TEXT_LENGTH), celebrate: text(MAX_TEXT_LENGTH), adjust: text(MAX_TEXT_LENGTH) }),
  }),
} satisfies { [K in RoutedType]: v.GenericSchema<unknown, Extract<RoutedMessage, { type: K }>> };

export type ParsedMessage = { ok: true; message: RoutedMessage } | { ok: false; problem: string };

/** A message as it arrived, checked against the schema of its type. */
export function parseMessage(input: unknown): ParsedMessage {
  const type = (input as { type?: unknown } | null)?.type;
  if (typeof type !== 'string' || !Object.hasOwn(MESSAGE_SCHEMAS, type)) return { ok: false, problem: 'unknown message type' };
  const result = v.safeParse(MESSAGE_SCHEMAS[type as RoutedType], input);
  if (result.success) return { ok: true, message: result.output as RoutedMessage };
  const issue = result.issues[0];
  return { ok: false, problem: `${type}: ${v.getDotPath(issue) ?? 'message'}: ${issue.message}` };
}
