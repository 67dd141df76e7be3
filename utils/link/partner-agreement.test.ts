import { describe, expect, it } from 'vitest';
import { household } from '../status/status-fixture';
import { agreementOffer, parsePartnerAgreement, partnerAgreementWaiting, takenAs } from './partner-agreement';

const theirs = household();
const [alex, sam] = theirs.partners;
const fromAlex = { agreement: theirs, senderId: alex.id };

describe('parsePartnerAgreement', () => {
  it('keeps a valid agreement with the partner who sent it, and nothing else', () => {
    expect(parsePartnerAgreement(fromAlex)).toEqual(fromAlex);
    expect(parsePartnerAgreement(undefined)).toBeNull();
    expect(parsePartnerAgreement({ agreement: { format: 'hearth.agreement' }, senderId: alex.id })).toBeNull();
    expect(parsePartnerAgreement({ agreement: theirs, senderId: 'kim' })).toBeNull();
  });
});

describe('agreementOffer', () => {
  it('offers nothing while both hold the same agreement, or nothing came', () => {
    expect(agreementOffer(fromAlex, 'same', theirs, 'same')).toBeNull();
    expect(agreementOffer(null, null, theirs, 'mine')).toBeNull();
  });

  it("offers theirs when this browser holds none or another, to be taken as the partner who did not send it", () => {
    const mine = household({ budget: { weeklyAfterHoursMinutes: 90 } });
    expect(agreementOffer(fromAlex, 'theirs', mine, 'mine')).toEqual({ partnerName: alex.name, takeAs: sam, theirs, mine });
    expect(agreementOffer(fromAlex, 'theirs', null, null)).toEqual({ partnerName: alex.name, takeAs: sam, theirs, mine: null });
    expect(takenAs({ agreement: theirs, senderId: sam.id })).toEqual(alex);
  });
});

describe('partnerAgreementWaiting', () => {
  it('names whose agreement waits and whose browser this becomes by taking it', () => {
    expect(partnerAgreementWaiting(fromAlex)).toEqual({ partnerAgreement: { from: alex.name, takeAs: sam.name } });
    expect(partnerAgreementWaiting({ agreement: theirs, senderId: sam.id })).toEqual({ partnerAgreement: { from: sam.name, takeAs: alex.name } });
  });
});
