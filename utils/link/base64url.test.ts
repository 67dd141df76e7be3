import { fromBase64Url, fromUtf8, toBase64Url, utf8 } from './base64url';

describe('base64url', () => {
  it.each([0, 1, 2, 3, 31, 32, 33, 65])('round-trips %i random bytes without padding', (length) => {
    const bytes = crypto.getRandomValues(new Uint8Array(length));
    const text = toBase64Url(bytes);
    expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(fromBase64Url(text)).toEqual(bytes);
  });

  it('uses the URL-safe alphabet', () => {
    expect(toBase64Url(new Uint8Array([0xfb, 0xff, 0xbf]))).toBe('-_-_');
  });

  it.each(['a', 'ab=', 'ab+c', 'ab/c', 'a b', 'ab!c', 'AB'])('refuses %j', (text) => {
    expect(fromBase64Url(text)).toBeNull();
  });

  it('accepts the canonical form of a short tail', () => {
    expect(fromBase64Url('AA')).toEqual(new Uint8Array([0]));
  });

  it('decodes strict UTF-8 only', () => {
    expect(fromUtf8(utf8('Grüße'))).toBe('Grüße');
    expect(fromUtf8(new Uint8Array([0xc3, 0x28]))).toBeNull();
  });
});
