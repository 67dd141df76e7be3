import { describe, expect, it } from 'vitest';
import { newId } from './new-id';

describe('newId', () => {
  it('slugs the label', () => {
    expect(newId('Evening walk', [])).toBe('evening-walk');
    expect(newId('  Frühstück & Zeitung! ', [])).toBe('fruhstuck-zeitung');
  });

  it('numbers a label already taken', () => {
    expect(newId('Walk', ['walk'])).toBe('walk-2');
    expect(newId('Walk', ['walk', 'walk-2'])).toBe('walk-3');
  });

  it('falls back to the base for labels with no latin letters or digits', () => {
    expect(newId('散歩', [], 'ritual')).toBe('ritual');
    expect(newId('', ['zone'], 'zone')).toBe('zone-2');
  });

  it('always matches the schema id shape', () => {
    const id = newId('x'.repeat(100), []);
    expect(id).toMatch(/^[a-z0-9][a-z0-9-]{0,63}$/);
  });
});
