import { toBase64Url, utf8 } from './base64url';
import { createInvite, inviteLink, parseInvite } from './invite';

const RELAY = 'ws://127.0.0.1:8787';

describe('invite', () => {
  it('holds 256 fresh random bits and the relay address', () => {
    const one = createInvite(RELAY);
    const two = createInvite(RELAY);
    expect(one.secret).toHaveLength(32);
    expect(one.secret).not.toEqual(two.secret);
    expect(one.code).toMatch(/^H1\.[A-Za-z0-9_-]{43}\.[A-Za-z0-9_-]+$/);
  });

  it('puts the code only after # in the link', () => {
    const { code } = createInvite(RELAY);
    const link = inviteLink(code);
    expect(link).toBe(`https://hearth.family/link#${code}`);
    expect(new URL(link).pathname).toBe('/link');
    expect(new URL(link).search).toBe('');
  });

  it.each([
    ['the link', (code: string) => inviteLink(code)],
    ['the bare code', (code: string) => code],
    ['the code with white space around it', (code: string) => `\n  ${code} \t`],
    ['the link with white space around it', (code: string) => ` ${inviteLink(code)}\n`],
  ])('reads %s', (_, shape) => {
    const { secret, code } = createInvite(RELAY);
    expect(parseInvite(shape(code))).toEqual({ ok: true, secret, relayUrl: RELAY });
  });

  it('refuses to make an invite for something that is not a relay address', () => {
    expect(() => createInvite('not a url')).toThrow(/relay address/);
  });

  const secret = toBase64Url(new Uint8Array(32).fill(7));
  const relay = toBase64Url(utf8(RELAY));
  it.each([
    ['', 'linkInviteEmpty'],
    ['   ', 'linkInviteEmpty'],
    [`H2.${secret}.${relay}`, 'linkInviteWrongVersion'],
    [`H0.${secret}.${relay}`, 'linkInviteWrongVersion'],
    [`X1.${secret}.${relay}`, 'linkInviteMalformed'],
    [`H1.${secret}`, 'linkInviteMalformed'],
    [`H1.${secret}.${relay}.extra`, 'linkInviteMalformed'],
    [`H1.${secret.slice(1)}.${relay}`, 'linkInviteMalformed'],
    [`H1.${toBase64Url(new Uint8Array(16))}.${relay}`, 'linkInviteMalformed'],
    [`H1.${secret}.${relay}!`, 'linkInviteMalformed'],
    ['https://hearth.family/link', 'linkInviteMalformed'],
    ['hello there', 'linkInviteMalformed'],
    [`H1.${secret}.${toBase64Url(utf8('ftp://example.org'))}`, 'linkInviteBadRelay'],
    [`H1.${secret}.${toBase64Url(utf8('no url'))}`, 'linkInviteBadRelay'],
    [`H1.${secret}.${toBase64Url(new Uint8Array([0xc3, 0x28]))}`, 'linkInviteBadRelay'],
  ])('says what is wrong with %j', (text, key) => {
    expect(parseInvite(text)).toEqual({ ok: false, key });
  });
});
