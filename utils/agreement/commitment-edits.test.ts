import { describe, expect, it } from 'vitest';
import { agreementIn } from '../schedule/agreement-fixture';
import { carryCommitment, markCommitmentDone, openCommitments } from './commitment-edits';

const CLUB = { id: 'club', what: 'Find a club', who: 'alex', by: '2026-12-18', success: 'A place', reviewOn: '2026-12-11', state: 'open' };
const DINNER = { id: 'dinner', what: 'No laptops at dinner', who: 'both', by: '2026-12-10', success: 'Dinner is ours', reviewOn: '2026-12-05', state: 'open' };
const DONE = { ...CLUB, id: 'done', state: 'done' };
const agreement = agreementIn('Europe/Berlin', { commitments: [CLUB, DINNER, DONE] });

describe('commitments in the check-in', () => {
  it('lists the open ones, soonest due first', () => {
    expect(openCommitments(agreement).map((item) => item.id)).toEqual(['dinner', 'club']);
  });

  it('marks one done and leaves the others', () => {
    expect(markCommitmentDone(agreement, 'club').commitments.map((item) => item.state)).toEqual(['done', 'open', 'done']);
  });

  it('carries one to a new date, moving a review date that would come after it', () => {
    expect(carryCommitment(agreement, 'club', '2027-01-15').commitments[0]).toMatchObject({ by: '2027-01-15', reviewOn: '2026-12-11', state: 'open' });
    expect(carryCommitment(agreement, 'club', '2026-12-08').commitments[0]).toMatchObject({ by: '2026-12-08', reviewOn: '2026-12-08' });
  });
});
