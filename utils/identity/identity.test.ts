import { beforeEach, describe, expect, it } from 'vitest';
import { freshDb } from '../db/fresh-db';
import type { HearthDb } from '../db/hearth-db';
import { household } from '../status/status-fixture';
import { IDENTITY_KEY, loadIdentity, ownerOf, parseIdentity, saveIdentity } from './identity';

describe('parseIdentity', () => {
  it.each([
    ['nothing stored', undefined],
    ['a bare string', 'alex'],
    ['no partner id', {}],
    ['a number for an id', { partnerId: 7 }],
    ['an id the agreement could never hold', { partnerId: 'Alex Smith' }],
  ])('reads %s as not chosen', (_, value) => {
    expect(parseIdentity(value)).toBeNull();
  });

  it('keeps only the partner id', () => {
    expect(parseIdentity({ partnerId: 'sam', extra: true })).toEqual({ partnerId: 'sam' });
  });
});

describe('ownerOf', () => {
  const agreement = household();

  it('is the chosen partner', () => {
    expect(ownerOf(agreement, { partnerId: 'sam' })?.name).toBe('Sam');
    expect(ownerOf(agreement, { partnerId: 'alex' })?.name).toBe('Alex');
  });

  it('is null until someone is chosen', () => {
    expect(ownerOf(agreement, null)).toBeNull();
  });

  it('is null when the chosen id is no partner of the agreement in force', () => {
    expect(ownerOf(agreement, { partnerId: 'robin' })).toBeNull();
  });
});

describe('the stored identity', () => {
  let db: HearthDb;
  beforeEach(async () => {
    db = await freshDb('identity');
  });

  it('is null before anything is chosen, and the choice once saved', async () => {
    expect(await loadIdentity(db)).toBeNull();
    await saveIdentity(db, { partnerId: 'sam' });
    expect(await db.settings.get(IDENTITY_KEY)).toEqual({ key: IDENTITY_KEY, value: { partnerId: 'sam' } });
    expect(await loadIdentity(db)).toEqual({ partnerId: 'sam' });
  });
});
