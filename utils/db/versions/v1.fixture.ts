import agreement from './v1.fixture.agreement.json';
import type { AgreementRevision, OverrideRecord } from '../hearth-db';
import type { Agreement } from '../../agreement/agreement-schema';

/** Data as version 1 stored it, for the migration chain test. Never edit: add a fixture per version. */
export const V1_FIXTURE: { agreementRevisions: AgreementRevision[]; overrides: OverrideRecord[] } = {
  agreementRevisions: [
    { effectiveAt: Date.parse('2026-11-01T09:00:00Z'), source: 'sample', agreement: agreement as unknown as Agreement },
  ],
  overrides: [
    {
      start: Date.parse('2026-11-02T20:10:00Z'),
      end: Date.parse('2026-11-02T20:25:00Z'),
      minutes: 15,
      reason: 'Deploy went sideways',
      site: 'github.com',
      sources: [{ kind: 'zone', id: 'evenings', label: 'Family evenings', mode: 'dim' }],
    },
  ],
};
