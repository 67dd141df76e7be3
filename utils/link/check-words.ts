import { wordlist } from '@scure/bip39/wordlists/english.js';

export type CheckWords = [string, string, string, string];

/**
 * Four words both partners read aloud or side by side: 44 bits of the check value, 11 bits per
 * word of the 2048-word BIP-39 list (chosen so no two words share their first four letters).
 */
export function checkWords(check: Uint8Array): CheckWords {
  if (check.length < 6) throw new Error(`checkWords: needs 6 bytes, got ${check.length}`);
  const bits = [...check.subarray(0, 6)].reduce((value, byte) => (value << 8n) | BigInt(byte), 0n) >> 4n;
  const word = (index: number) => wordlist[Number((bits >> BigInt(33 - 11 * index)) & 0x7ffn)] as string;
  return [word(0), word(1), word(2), word(3)];
}
