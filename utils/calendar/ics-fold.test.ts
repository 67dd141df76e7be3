import { describe, expect, it } from 'vitest';
import { foldLine, icsStream } from './ics-fold';

const octets = (line: string) => new TextEncoder().encode(line).length;
const unfold = (text: string) => text.replace(/\r\n /g, '');

describe('foldLine', () => {
  it('leaves a line of 75 octets whole and folds the 76th onto a continuation', () => {
    expect(foldLine('x'.repeat(75))).toEqual(['x'.repeat(75)]);
    expect(foldLine('x'.repeat(76))).toEqual(['x'.repeat(75), ' x']);
  });

  it.each([
    ['ASCII', `SUMMARY:${'Evening walk by the river '.repeat(8)}`],
    ['two-octet letters', `SUMMARY:${'Frühstück für uns zwei '.repeat(8)}`],
    ['four-octet emoji', `SUMMARY:${'🔥🏡'.repeat(40)}`],
  ])('keeps every physical line within 75 octets and every character whole (%s)', (_, line) => {
    const folded = foldLine(line);
    expect(folded.every((physical) => octets(physical) <= 75)).toBe(true);
    expect(folded.slice(1).every((physical) => physical.startsWith(' '))).toBe(true);
    expect(folded.map((physical, i) => (i ? physical.slice(1) : physical)).join('')).toBe(line);
    expect(folded.join('')).not.toContain('\uFFFD');
  });
});

describe('icsStream', () => {
  it('ends every physical line with CRLF and unfolds back to the content lines', () => {
    const lines = ['BEGIN:VCALENDAR', `X-WR-CALNAME:${'Hearth '.repeat(20)}`, 'END:VCALENDAR'];
    const text = icsStream(lines);
    expect(text.split('\r\n').slice(0, -1).every((line) => !/[\r\n]/.test(line))).toBe(true);
    expect(unfold(text)).toBe(lines.map((line) => `${line}\r\n`).join(''));
  });
});
