import { expect, it } from 'vitest';
import { escapeText } from './ics-text';

it.each([
  ['Tea, cake', 'Tea\\, cake'],
  ['Walk; talk', 'Walk\\; talk'],
  ['C:\\temp', 'C:\\\\temp'],
  ['line one\nline two\r\nthree\rfour', 'line one\\nline two\\nthree\\nfour'],
  ['\\,', '\\\\\\,'],
  ['Colons: stay', 'Colons: stay'],
])('escapes %j as RFC 5545 TEXT', (value, escaped) => {
  expect(escapeText(value)).toBe(escaped);
});
