import { describe, expect, it } from 'vitest';
import { agreementIn, BREAKFAST, WALK } from '../schedule/agreement-fixture';
import { dropDanglingPlanReferences } from './plan-references';

const ZONE = { id: 'evenings', label: 'Evenings', days: ['mon'], start: '19:00', end: '07:00', mode: 'dim' };

describe('dropDanglingPlanReferences', () => {
  it('takes removed zones and rituals out of the plans, keeping the rest and "all"', () => {
    const agreement = agreementIn('Europe/Berlin', {
      zones: [ZONE],
      rituals: [BREAKFAST, WALK],
      contingencyPlans: [
        { id: 'crunch', name: 'Crunch', trackZones: ['evenings'], pausedRituals: ['breakfast', 'walk'] },
        { id: 'sick', name: 'Sick', trackZones: 'all', pausedRituals: [] },
      ],
    });
    agreement.zones = [];
    agreement.rituals = [WALK as never];
    dropDanglingPlanReferences(agreement);
    expect(agreement.contingencyPlans.map(({ trackZones, pausedRituals }) => ({ trackZones, pausedRituals }))).toEqual([
      { trackZones: [], pausedRituals: ['walk'] },
      { trackZones: 'all', pausedRituals: [] },
    ]);
  });
});
