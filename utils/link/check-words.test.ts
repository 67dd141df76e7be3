import { wordlist } from '@scure/bip39/wordlists/english.js';
import { checkWords } from './check-words';

describe('checkWords', () => {
  it('reads 11 bits per word, most significant first', () => {
    expect(checkWords(new Uint8Array(6))).toEqual(['abandon', 'abandon', 'abandon', 'abandon']);
    expect(checkWords(new Uint8Array(6).fill(0xff))).toEqual(['zoo', 'zoo', 'zoo', 'zoo']);
    // 00000000001 00000000010 00000000011 11111111111 (then 4 unused bits)
    const bits = '00000000001' + '00000000010' + '00000000011' + '11111111111' + '0000';
    const bytes = Uint8Array.from({ length: 6 }, (_, i) => parseInt(bits.slice(i * 8, i * 8 + 8), 2));
    expect(checkWords(bytes)).toEqual([wordlist[1], wordlist[2], wordlist[3], wordlist[2047]]);
  });

  it('uses only the first 44 bits', () => {
    const check = crypto.getRandomValues(new Uint8Array(32));
    const changedTail = check.slice();
    changedTail[5] = (changedTail[5] ?? 0) ^ 0x0f;
    changedTail[20] = (changedTail[20] ?? 0) ^ 0xff;
    expect(checkWords(changedTail)).toEqual(checkWords(check));
    const changedHead = check.slice();
    changedHead[5] = (changedHead[5] ?? 0) ^ 0x10;
    expect(checkWords(changedHead)).not.toEqual(checkWords(check));
  });

  it('refuses a value too short to hold four words', () => {
    expect(() => checkWords(new Uint8Array(5))).toThrow(/6 bytes/);
  });
});
