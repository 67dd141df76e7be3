/**
 * Data as version 5 stores it, for the migration chain test. Never edit: add a fixture per version.
 * The ritual marks' list in settings, as v5 kept it: a person's mark, Hearth's guess, one entry
 * that no reader accepted (dropped by the move) and a later entry for an occurrence already listed.
 */
export const V5_FIXTURE = {
  ritualMarks: {
    key: 'ritualMarks',
    value: [
      { ritualId: 'breakfast', start: Date.parse('2026-11-02T07:15:00+01:00'), outcome: 'kept', markedAt: Date.parse('2026-11-02T08:00:00+01:00') },
      { ritualId: 'walk', start: Date.parse('2026-11-02T21:30:00+01:00'), outcome: 'skipped', markedAt: Date.parse('2026-11-02T22:05:00+01:00'), source: 'auto' },
      { ritualId: 'walk', start: 'yesterday', outcome: 'kept', markedAt: 1 },
      { ritualId: 'walk', start: Date.parse('2026-11-02T21:30:00+01:00'), outcome: 'kept', markedAt: Date.parse('2026-11-02T22:40:00+01:00') },
    ],
  },
} as const;
