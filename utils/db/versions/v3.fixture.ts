import type { OutboxEntry, ThanksRecord } from '../../link/link-record';

/**
 * Data as version 3 stores it, for the migration chain test. Never edit: add a fixture per version.
 * The `link` row holds CryptoKeys, which the test makes itself: a fixture cannot spell one out.
 */
export const V3_FIXTURE: { outbox: OutboxEntry[]; thanks: ThanksRecord[] } = {
  outbox: [{ clientId: 'c2VudC1vZmZsaW5l', envelope: 'AQIDBAUGBwgJCgsMDQ4P', createdAt: Date.parse('2026-11-30T18:00:00Z') }],
  thanks: [{ text: 'Thank you for cooking tonight', receivedAt: Date.parse('2026-11-30T19:30:00Z') }],
};
