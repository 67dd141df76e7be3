import { fromBase64Url, toBase64Url, utf8 } from './base64url';
import { deriveLinkKeys, generateLinkKeyPair, openPairingMessage, pairingSlot, sealPairingMessage, type LinkKeys } from './pairing';

const secret = () => crypto.getRandomValues(new Uint8Array(32));
const rawOf = async (key: CryptoKey) => new Uint8Array(await crypto.subtle.exportKey('raw', key));

/** Both sides of one pairing, each deriving only from what it holds and what it read from the slot. */
async function pairBoth(invite: Uint8Array) {
  const a = await generateLinkKeyPair();
  const b = await generateLinkKeyPair();
  const slot = [await sealPairingMessage(invite, 'a', a.publicKey), await sealPairingMessage(invite, 'b', b.publicKey)];
  const aReads = await openPairingMessage(invite, 'b', slot[1] as string);
  const bReads = await openPairingMessage(invite, 'a', slot[0] as string);
  if (!aReads.ok || !bReads.ok) throw new Error('pairing messages did not open');
  const aKeys = await deriveLinkKeys({ secret: invite, role: 'a', myPrivateKey: a.privateKey, myPublicRaw: await rawOf(a.publicKey), theirPublicRaw: aReads.raw });
  const bKeys = await deriveLinkKeys({ secret: invite, role: 'b', myPrivateKey: b.privateKey, myPublicRaw: await rawOf(b.publicKey), theirPublicRaw: bReads.raw });
  return { a, b, aKeys, bKeys };
}

async function roundTrip(from: LinkKeys, to: LinkKeys, text: string): Promise<string> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const sealed = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, from.sendKey, utf8(text));
  return new TextDecoder().decode(await crypto.subtle.decrypt({ name: 'AES-GCM', iv }, to.receiveKey, sealed));
}

describe('pairingSlot', () => {
  it('is a 32-byte id derived from the secret, not the secret', async () => {
    const invite = secret();
    const slot = await pairingSlot(invite);
    expect(slot).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(slot).toBe(await pairingSlot(invite.slice()));
    expect(slot).not.toBe(toBase64Url(invite));
    expect(slot).not.toBe(await pairingSlot(secret()));
  });
});

describe('generateLinkKeyPair', () => {
  it('makes a P-256 pair whose private key cannot be read out', async () => {
    const pair = await generateLinkKeyPair();
    expect(pair.privateKey.extractable).toBe(false);
    expect(pair.privateKey.algorithm).toMatchObject({ name: 'ECDH', namedCurve: 'P-256' });
    await expect(crypto.subtle.exportKey('pkcs8', pair.privateKey)).rejects.toThrow();
    expect(await rawOf(pair.publicKey)).toHaveLength(65);
  });
});

describe('pairing messages', () => {
  it('carry the public key to whoever holds the invite, for the other role', async () => {
    const invite = secret();
    const pair = await generateLinkKeyPair();
    const sealed = await sealPairingMessage(invite, 'a', pair.publicKey);
    expect(sealed).toMatch(/^[A-Za-z0-9_-]+$/);
    const opened = await openPairingMessage(invite, 'a', sealed);
    expect(opened.ok && opened.raw).toEqual(await rawOf(pair.publicKey));
  });

  it('do not show the public key in the clear', async () => {
    const invite = secret();
    const pair = await generateLinkKeyPair();
    const sealed = fromBase64Url(await sealPairingMessage(invite, 'a', pair.publicKey)) as Uint8Array;
    const x = (await rawOf(pair.publicKey)).subarray(1, 33);
    const found = sealed.some((_, start) => x.every((byte, i) => sealed[start + i] === byte));
    expect(found).toBe(false);
  });

  it('bind the role: a message sealed as a does not open as b', async () => {
    const invite = secret();
    const sealed = await sealPairingMessage(invite, 'a', (await generateLinkKeyPair()).publicKey);
    expect(await openPairingMessage(invite, 'b', sealed)).toEqual({ ok: false, key: 'linkPairingUndecryptable' });
  });

  it('do not open under another invite', async () => {
    const sealed = await sealPairingMessage(secret(), 'a', (await generateLinkKeyPair()).publicKey);
    expect(await openPairingMessage(secret(), 'a', sealed)).toEqual({ ok: false, key: 'linkPairingUndecryptable' });
  });

  it('reject tampering and garbage', async () => {
    const invite = secret();
    const bytes = fromBase64Url(await sealPairingMessage(invite, 'a', (await generateLinkKeyPair()).publicKey)) as Uint8Array;
    for (const index of [5, 20, bytes.length - 1]) {
      const tampered = bytes.slice();
      tampered[index] = (tampered[index] ?? 0) ^ 1;
      expect(await openPairingMessage(invite, 'a', toBase64Url(tampered))).toEqual({ ok: false, key: 'linkPairingUndecryptable' });
    }
    const otherFormat = bytes.slice();
    otherFormat[0] = 2;
    for (const data of [toBase64Url(otherFormat), toBase64Url(bytes.subarray(0, 50)), 'not base64url!', '']) {
      expect(await openPairingMessage(invite, 'a', data)).toEqual({ ok: false, key: 'linkPairingMalformed' });
    }
  });
});

describe('deriveLinkKeys', () => {
  it('gives both sides the same room, token and words, and crossed keys per direction', async () => {
    const { aKeys, bKeys } = await pairBoth(secret());
    expect(aKeys.room).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(aKeys.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(bKeys.room).toBe(aKeys.room);
    expect(bKeys.token).toBe(aKeys.token);
    expect(aKeys.room).not.toBe(aKeys.token);
    expect(bKeys.checkWords).toEqual(aKeys.checkWords);
    expect(aKeys.checkWords).toHaveLength(4);
    expect(await roundTrip(aKeys, bKeys, 'from a')).toBe('from a');
    expect(await roundTrip(bKeys, aKeys, 'from b')).toBe('from b');
  });

  it('keeps the two directions apart: a cannot read its own sent messages as received', async () => {
    const { aKeys } = await pairBoth(secret());
    await expect(roundTrip(aKeys, aKeys, 'echo')).rejects.toThrow();
  });

  it('makes non-extractable AES-256-GCM keys, each only for its direction', async () => {
    const { aKeys } = await pairBoth(secret());
    for (const key of [aKeys.sendKey, aKeys.receiveKey]) {
      expect(key.extractable).toBe(false);
      expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    }
    expect(aKeys.sendKey.usages).toEqual(['encrypt']);
    expect(aKeys.receiveKey.usages).toEqual(['decrypt']);
  });

  it('differs from pairing to pairing with the same invite', async () => {
    const invite = secret();
    const one = await pairBoth(invite);
    const two = await pairBoth(invite);
    expect(two.aKeys.room).not.toBe(one.aKeys.room);
    expect(two.aKeys.token).not.toBe(one.aKeys.token);
  });

  it('gives someone in the middle different words than the real pairing', async () => {
    const invite = secret();
    const a = await generateLinkKeyPair();
    const b = await generateLinkKeyPair();
    const mallory = await generateLinkKeyPair();
    const [aRaw, bRaw, mRaw] = await Promise.all([rawOf(a.publicKey), rawOf(b.publicKey), rawOf(mallory.publicKey)]);
    // Mallory swapped her key into both slots' messages: each side pairs with her, not with the other.
    const aWithM = await deriveLinkKeys({ secret: invite, role: 'a', myPrivateKey: a.privateKey, myPublicRaw: aRaw, theirPublicRaw: mRaw });
    const bWithM = await deriveLinkKeys({ secret: invite, role: 'b', myPrivateKey: b.privateKey, myPublicRaw: bRaw, theirPublicRaw: mRaw });
    expect(aWithM.checkWords).not.toEqual(bWithM.checkWords);
  });

  it('derives nothing of the room from a leaked invite and both public keys', async () => {
    const invite = secret();
    const { a, b, aKeys } = await pairBoth(invite);
    const [aRaw, bRaw] = await Promise.all([rawOf(a.publicKey), rawOf(b.publicKey)]);
    // Everything the slot and the invite reveal, used every way an attacker could with a key of their own.
    const attacker = await generateLinkKeyPair();
    const attackerRaw = await rawOf(attacker.publicKey);
    const guesses = await Promise.all([
      deriveLinkKeys({ secret: invite, role: 'a', myPrivateKey: attacker.privateKey, myPublicRaw: aRaw, theirPublicRaw: bRaw }),
      deriveLinkKeys({ secret: invite, role: 'b', myPrivateKey: attacker.privateKey, myPublicRaw: bRaw, theirPublicRaw: aRaw }),
      deriveLinkKeys({ secret: invite, role: 'a', myPrivateKey: attacker.privateKey, myPublicRaw: attackerRaw, theirPublicRaw: bRaw }),
    ]);
    for (const guess of guesses) {
      expect(guess.room).not.toBe(aKeys.room);
      expect(guess.token).not.toBe(aKeys.token);
    }
    const secretOnly = toBase64Url(invite);
    expect([aKeys.room, aKeys.token]).not.toContain(secretOnly);
    expect([aKeys.room, aKeys.token]).not.toContain(await pairingSlot(invite));
  });

  it('binds the invite secret and both public keys in role order', async () => {
    const invite = secret();
    const a = await generateLinkKeyPair();
    const b = await generateLinkKeyPair();
    const [aRaw, bRaw] = await Promise.all([rawOf(a.publicKey), rawOf(b.publicKey)]);
    const asA = (changes: { secret?: Uint8Array; role?: 'a' | 'b' } = {}) =>
      deriveLinkKeys({ secret: changes.secret ?? invite, role: changes.role ?? 'a', myPrivateKey: a.privateKey, myPublicRaw: aRaw, theirPublicRaw: bRaw });
    const real = await asA();
    expect((await asA()).room).toBe(real.room);
    expect((await asA({ secret: secret() })).room).not.toBe(real.room);
    // Both claiming to be a: the key order differs, so the words differ and the mistake shows.
    const bAlsoA = await deriveLinkKeys({ secret: invite, role: 'a', myPrivateKey: b.privateKey, myPublicRaw: bRaw, theirPublicRaw: aRaw });
    expect(bAlsoA.room).not.toBe(real.room);
    expect(bAlsoA.checkWords).not.toEqual(real.checkWords);
  });

  it('refuses a public key that is not a point on P-256', async () => {
    const pair = await generateLinkKeyPair();
    const bogus = new Uint8Array(65).fill(1);
    bogus[0] = 4;
    await expect(
      deriveLinkKeys({ secret: secret(), role: 'a', myPrivateKey: pair.privateKey, myPublicRaw: await rawOf(pair.publicKey), theirPublicRaw: bogus }),
    ).rejects.toThrow();
  });
});
