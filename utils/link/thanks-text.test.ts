import { parseThanksText, THANKS_MAX } from './thanks-text';

describe('parseThanksText', () => {
  it('trims and counts characters as people see them', () => {
    expect(parseThanksText('  Danke!  ')).toEqual({ ok: true, text: 'Danke!' });
    expect(parseThanksText('❤️'.repeat(140))).toMatchObject({ ok: true });
  });

  it('says what is wrong', () => {
    expect(parseThanksText(' \n ')).toEqual({ ok: false, key: 'linkThanksEmpty' });
    expect(parseThanksText('x'.repeat(THANKS_MAX + 1))).toEqual({ ok: false, key: 'linkThanksTooLong' });
  });
});
