import { describe, expect, it } from 'vitest';
import { unknownFields } from './unknown-fields';

describe('unknownFields', () => {
  it('names each key of the input the parsed value lacks, at its place, through objects and lists', () => {
    const input = { a: 1, typo: 2, list: [{ x: 1, y: 2 }, { x: 3 }], nested: { keep: true, drop: { deep: 1 } } };
    const parsed = { a: 1, list: [{ x: 1 }, { x: 3 }], nested: { keep: true } };
    expect(unknownFields(input, parsed)).toEqual(['typo', 'list[0].y', 'nested.drop']);
  });

  it('quotes a key that is not a plain name, and leaves aside the top-level keys it is told to', () => {
    expect(unknownFields({ history: [], o: { 'a.b': 1, '': 2 } }, { o: {} }, ['history'])).toEqual(['o["a.b"]', 'o[""]']);
    expect(unknownFields({ o: { history: 1 } }, { o: {} }, ['history'])).toEqual(['o.history']);
  });

  it('walks only where the parsed value has objects, so a transformed or shortened value is not misread', () => {
    // A list the schema shortened (duplicate days dropped) and a text it trimmed are not fields.
    expect(unknownFields({ days: ['mon', 'mon'], name: ' Alex ' }, { days: ['mon'], name: 'Alex' })).toEqual([]);
    expect(unknownFields({ value: { a: 1 } }, { value: 'text' })).toEqual([]);
  });
});
