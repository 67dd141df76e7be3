/**
 * v1: the agreement's revisions, the overrides taken during zones, and device-only settings.
 * Indexes only what is queried: revisions by when they took effect, overrides by start.
 */
export const v1 = {
  version: 1,
  stores: {
    agreementRevisions: '++id, effectiveAt',
    overrides: '++id, start',
    settings: 'key',
  },
} as const;
