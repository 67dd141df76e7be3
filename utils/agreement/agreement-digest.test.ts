import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Agreement } from './agreement-schema';
import { parseAgreement } from './parse-agreement';
import { agreementDigest, canonicalAgreementJson } from './agreement-digest';

const parsed = (doc: unknown): Agreement => {
  const result = parseAgreement(doc);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.agreement;
};
const EXAMPLE = JSON.parse(readFileSync('docs/agreement.example.json', 'utf8'));

describe('agreementDigest', () => {
  it('is the same for the same document, whatever order its keys came in', async () => {
    const reordered = Object.fromEntries(Object.entries(structuredClone(EXAMPLE)).reverse());
    expect(canonicalAgreementJson(parsed(reordered))).toBe(canonicalAgreementJson(parsed(EXAMPLE)));
    expect(await agreementDigest(parsed(reordered))).toBe(await agreementDigest(parsed(EXAMPLE)));
    expect(await agreementDigest(parsed(EXAMPLE))).toMatch(/^[A-Za-z0-9_-]{43}$/);
  });

  it('differs for any change, an order of items included', async () => {
    const changed = structuredClone(EXAMPLE);
    changed.zones[0].end = '07:30';
    const reordered = structuredClone(EXAMPLE);
    reordered.rituals.reverse();
    const digests = await Promise.all([EXAMPLE, changed, reordered].map((doc) => agreementDigest(parsed(doc))));
    expect(new Set(digests).size).toBe(3);
  });

  it('survives the trip through JSON, as a proposal travels', async () => {
    const agreement = parsed(EXAMPLE);
    expect(await agreementDigest(parsed(JSON.parse(JSON.stringify(agreement))))).toBe(await agreementDigest(agreement));
  });
});
