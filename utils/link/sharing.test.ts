import { DEFAULT_SHARING, effectiveSharing, SHARE_KINDS, storedSharing, type SharingChoices } from './sharing';

const all: SharingChoices = { state: true, note: true, budget: true, ritual: true, checkIn: true, stretch: true, paused: false };
const none = DEFAULT_SHARING;

describe('sharing', () => {
  it('shares nothing by default', () => {
    expect(DEFAULT_SHARING).toEqual({ state: false, note: false, budget: false, ritual: false, checkIn: false, stretch: false, paused: false });
  });

  it.each(SHARE_KINDS)('lets %s flow only when both turned it on', (kind) => {
    const onlyThis = { ...none, [kind]: true };
    expect(effectiveSharing(onlyThis, onlyThis)[kind]).toBe(true);
    expect(effectiveSharing(onlyThis, none)[kind]).toBe(false);
    expect(effectiveSharing(none, onlyThis)[kind]).toBe(false);
  });

  it('is symmetric: each side gets the same kinds', () => {
    const mine = { ...all, budget: false };
    const theirs = { ...all, note: false };
    const fromMe = effectiveSharing(mine, theirs);
    const fromThem = effectiveSharing(theirs, mine);
    expect(fromMe).toEqual({ state: true, note: false, budget: false, ritual: true, checkIn: true, stretch: true, paused: false });
    expect(fromThem).toEqual(fromMe);
  });

  it('lets nothing flow before the partner\'s choices are known', () => {
    expect(effectiveSharing(all, null)).toEqual({ ...none });
  });

  it('sends "paused" and nothing else when I pause', () => {
    expect(effectiveSharing({ ...all, paused: true }, all)).toEqual({ ...none, paused: true });
  });

  it('stops everything both ways when they pause, without saying I paused', () => {
    expect(effectiveSharing(all, { ...all, paused: true })).toEqual(none);
  });

  it('reads damaged stored choices as sharing nothing', () => {
    expect(storedSharing(all)).toEqual(all);
    expect(storedSharing({ state: 'yes' })).toEqual(none);
    expect(storedSharing(undefined)).toEqual(none);
  });

  it('reads choices stored before check-in and stretch sharing existed as those two off, the rest kept', () => {
    const old = { state: true, note: true, budget: true, ritual: true, paused: false };
    expect(storedSharing(old)).toEqual({ ...old, checkIn: false, stretch: false });
  });
});
