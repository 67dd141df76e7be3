import { describe, expect, it } from 'vitest';
import { at } from '../schedule/agreement-fixture';
import { vtimezoneLines } from './vtimezone';

/** The observances as BEGIN…END blocks of lines, with any RDATE lines left out. */
function observances(lines: string[]): string[][] {
  const blocks: string[][] = [];
  let block: string[] | null = null;
  for (const line of lines) {
    if (/^BEGIN:(STANDARD|DAYLIGHT)$/.test(line)) block = [];
    if (block && !line.startsWith('RDATE:')) block.push(line);
    if (block && /^END:(STANDARD|DAYLIGHT)$/.test(line)) {
      blocks.push(block);
      block = null;
    }
  }
  return blocks;
}

const now = at('2026-06-15T12:00:00Z');

describe('vtimezoneLines', () => {
  it.each([
    {
      zone: 'Europe/Berlin',
      expected: [
        ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'DTSTART:20250330T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU', 'END:DAYLIGHT'],
        ['BEGIN:STANDARD', 'TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'DTSTART:20251026T030000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU', 'END:STANDARD'],
      ],
    },
    {
      zone: 'America/New_York',
      expected: [
        ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:-0500', 'TZOFFSETTO:-0400', 'DTSTART:20250309T020000', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=2SU', 'END:DAYLIGHT'],
        ['BEGIN:STANDARD', 'TZOFFSETFROM:-0400', 'TZOFFSETTO:-0500', 'DTSTART:20251102T020000', 'RRULE:FREQ=YEARLY;BYMONTH=11;BYDAY=1SU', 'END:STANDARD'],
      ],
    },
    {
      zone: 'Australia/Sydney',
      expected: [
        ['BEGIN:STANDARD', 'TZOFFSETFROM:+1100', 'TZOFFSETTO:+1000', 'DTSTART:20250406T030000', 'RRULE:FREQ=YEARLY;BYMONTH=4;BYDAY=1SU', 'END:STANDARD'],
        ['BEGIN:DAYLIGHT', 'TZOFFSETFROM:+1000', 'TZOFFSETTO:+1100', 'DTSTART:20251005T020000', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=1SU', 'END:DAYLIGHT'],
      ],
    },
    {
      zone: 'Asia/Kolkata',
      expected: [['BEGIN:STANDARD', 'TZOFFSETFROM:+0530', 'TZOFFSETTO:+0530', 'DTSTART:19700101T000000', 'END:STANDARD']],
    },
  ])('derives yearly rules for $zone from its changes, or one observance when it has none', ({ zone, expected }) => {
    const lines = vtimezoneLines(zone, now);
    expect(lines.slice(0, 2)).toEqual(['BEGIN:VTIMEZONE', `TZID:${zone}`]);
    expect(lines.at(-1)).toBe('END:VTIMEZONE');
    expect(observances(lines)).toEqual(expected);
  });

  it('lists the changes of a zone no yearly rule describes, for the year before through a decade ahead', () => {
    // Morocco leaves summer time for Ramadan, which moves through the solar year.
    const lines = vtimezoneLines('Africa/Casablanca', now);
    expect(lines.some((line) => line.startsWith('RRULE:'))).toBe(false);
    const rdates = lines.filter((line) => line.startsWith('RDATE:'));
    expect(rdates.length).toBeGreaterThan(15);
    expect(rdates).toContain('RDATE:20250223T030000');
    expect(rdates.every((line) => /^RDATE:20(2[5-9]|3[0-5])\d{4}T\d{6}$/.test(line))).toBe(true);
  });

  it('calls a one-way change standard time and gives its date', () => {
    // Volgograd moved from +04 to +03 for good on 27 December 2020.
    const lines = vtimezoneLines('Europe/Volgograd', at('2021-06-15T12:00:00Z'));
    expect(observances(lines)).toEqual([['BEGIN:STANDARD', 'TZOFFSETFROM:+0400', 'TZOFFSETTO:+0300', 'DTSTART:20201227T020000', 'END:STANDARD']]);
    expect(lines).toContain('RDATE:20201227T020000');
  });
});
