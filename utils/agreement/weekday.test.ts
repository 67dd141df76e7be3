import { describe, expect, it } from 'vitest';
import { weekOrder } from './weekday';

describe('weekOrder', () => {
  it('starts the week on the household’s day', () => {
    expect(weekOrder('mon')).toEqual(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun']);
    expect(weekOrder('sun')).toEqual(['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat']);
    expect(weekOrder('sat')).toEqual(['sat', 'sun', 'mon', 'tue', 'wed', 'thu', 'fri']);
  });
});
