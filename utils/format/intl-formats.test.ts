import { dateTimeFormat, listFormat, numberFormat } from './intl-formats';

describe('Intl formatters kept per locale and options', () => {
  it('gives the same formatter for the same locale and options, another for others', () => {
    const hour = dateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric' });
    expect(dateTimeFormat('en', { timeZone: 'UTC', hour: 'numeric' })).toBe(hour);
    expect(dateTimeFormat('de', { timeZone: 'UTC', hour: 'numeric' })).not.toBe(hour);
    expect(dateTimeFormat('en', { timeZone: 'Europe/Berlin', hour: 'numeric' })).not.toBe(hour);
    expect(numberFormat('en', { style: 'unit', unit: 'minute' })).toBe(numberFormat('en', { style: 'unit', unit: 'minute' }));
    expect(numberFormat('en', { style: 'unit', unit: 'minute' })).not.toBe(numberFormat('en', { style: 'unit', unit: 'hour' }));
    expect(listFormat('de', { type: 'conjunction' }).format(['Mo', 'Di', 'Mi'])).toBe('Mo, Di und Mi');
  });

  it('formats as a formatter built afresh does', () => {
    const instant = Date.UTC(2026, 11, 1, 19, 30);
    const options: Intl.DateTimeFormatOptions = { timeZone: 'Europe/Berlin', weekday: 'short', hour: 'numeric', minute: '2-digit' };
    expect(dateTimeFormat('de', options).format(instant)).toBe(new Intl.DateTimeFormat('de', options).format(instant));
  });

  it('throws for options Intl rejects, every time, and keeps nothing for them', () => {
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
    expect(() => dateTimeFormat('en', { timeZone: 'Mars/Olympus' })).toThrow(RangeError);
  });
});
