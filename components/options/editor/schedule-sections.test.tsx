// @vitest-environment happy-dom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fieldId } from './draft-issues';
import { button, choose, field, mountEditor, press, root, sampleAgreement, savedAgreement, submit, tick, type, type SendSpy } from './editor-test-kit';

vi.mock('../../i18n', () => import('../../popup/english-catalog'));

const EXAMPLE = sampleAgreement();

let send: SendSpy;
beforeEach(async () => {
  ({ send } = await mountEditor(EXAMPLE));
});

const fieldBox = (path: string) => field(path).closest('.field')!;

describe('the zones section', () => {
  it('shows a zone end of 25:00 as an error beside the field, and Save sends nothing', async () => {
    await type('zones[0].end', '25:00');
    const end = field('zones[0].end');
    expect(end.getAttribute('aria-invalid')).toBe('true');
    const error = root.querySelector(`#${end.getAttribute('aria-describedby')}`);
    expect(error?.textContent).toBe('"25:00" is not a time (use HH:MM, 00:00 to 23:59)');
    expect(fieldBox('zones[0].end').contains(error)).toBe(true);

    await submit();
    expect(send).not.toHaveBeenCalled();
    expect(document.activeElement).toBe(end);
    expect(root.querySelector('[role=alert]')?.textContent).toContain('zones[0].end: "25:00" is not a time');
  });

  it('sends a valid edit as agreement:save with exactly that change', async () => {
    await type('zones[0].end', '06:30');
    await choose('zones[0].mode', 'block');
    await submit();
    const zones = EXAMPLE.zones.map((zone, i) => (i === 0 ? { ...zone, end: '06:30', mode: 'block' } : zone));
    expect(savedAgreement(send)).toEqual({ ...EXAMPLE, zones });
    expect(root.querySelector('[role=status]')?.textContent).toContain('Saved.');
  });

  it('says that an end before the start is the next day', async () => {
    expect(fieldBox('zones[0].end').querySelector('.hint')?.textContent).toBe('Before the start: ends the next day');
    await type('zones[0].end', '23:00');
    expect(fieldBox('zones[0].end').querySelector('.hint')?.textContent).toBe('24:00 is midnight');
  });

  it('adds a zone with weekday-evening defaults and a fresh id, and removes one by name', async () => {
    await press('+ Add a no-work zone');
    expect(field('zones[3].label').value).toBe('Evenings');
    await press('Remove Our Sunday');
    await submit();
    const zones = savedAgreement(send).zones;
    expect(zones.map((zone) => zone.id)).toEqual(['evenings', 'saturday-morning', 'evenings-2']);
    expect(zones[2]).toEqual({ id: 'evenings-2', label: 'Evenings', days: ['mon', 'tue', 'wed', 'thu', 'fri'], start: '19:00', end: '07:00', mode: 'dim' });
  });

  it('keeps the id when the label changes, and refuses an empty label and no days', async () => {
    await type('zones[1].label', '');
    expect(field('zones[1].label').getAttribute('aria-invalid')).toBe('true');
    await tick(field<HTMLFieldSetElement>('zones[1].days').querySelector<HTMLInputElement>('input[type=checkbox]:checked')!, false);
    expect(field('zones[1].days').getAttribute('aria-describedby')).toBeTruthy();
    await submit();
    expect(send).not.toHaveBeenCalled();
    await type('zones[1].label', 'Sunday, all ours');
    const saturday = [...field<HTMLFieldSetElement>('zones[1].days').querySelectorAll('label')].find((l) => l.textContent === 'Sat')!.querySelector('input')!;
    await tick(saturday, true);
    await submit();
    expect(savedAgreement(send).zones[1]).toEqual({ ...EXAMPLE.zones[1], label: 'Sunday, all ours', days: ['sat'] });
  });
});

describe('the partners section', () => {
  it("edits a partner's name and working hours per day, and a day without blocks is a day off", async () => {
    await type('partners[1].name', 'Samira');
    const sam = field('partners[1].name').closest('li')!;
    await press('Remove Monday 10:00–18:30', sam);
    expect(button('+ Add hours on Monday', sam).parentElement?.textContent).toContain('Day off');
    await press('+ Add hours on Sunday', sam);
    await type('partners[1].workingHours.sun[0].end', '12:00');
    await submit();
    expect(savedAgreement(send).partners[1]).toEqual({ ...EXAMPLE.partners[1], name: 'Samira', workingHours: { ...EXAMPLE.partners[1]!.workingHours, mon: [], sun: [{ start: '09:00', end: '12:00' }] } });
  });

  it('refuses an empty name and a block that starts and ends at once, beside them', async () => {
    await type('partners[0].name', '  ');
    expect(fieldBox('partners[0].name').querySelector('.field-error')?.textContent).toBe('must not be empty');
    await type('partners[0].workingHours.tue[0].end', '08:30');
    expect(field('partners[0].workingHours.tue[0].end').getAttribute('aria-invalid')).toBe('true');
    expect(fieldBox('partners[0].workingHours.tue[0].end').querySelector('.field-error')?.textContent).toBe('"08:30": the end must differ from the start');
    await submit();
    expect(send).not.toHaveBeenCalled();
  });

  it("copies Monday's blocks to Tuesday to Friday", async () => {
    await press("Copy Alex's Monday to Tuesday–Friday");
    await submit();
    const hours = savedAgreement(send).partners[0].workingHours;
    for (const day of ['tue', 'wed', 'thu', 'fri'] as const) expect(hours[day]).toEqual(EXAMPLE.partners[0].workingHours.mon);
    expect(hours.sat).toEqual([]);
  });
});

describe('the special days section', () => {
  it('sets and clears start and end with the whole-day box', async () => {
    expect(field('specialDays[0].wholeDay').checked).toBe(true);
    expect(root.querySelector(`#${fieldId('specialDays[0].start')}`)).toBeNull();
    await tick('specialDays[0].wholeDay', false);
    expect(field('specialDays[0].start').value).toBe('14:00');
    await type('specialDays[0].start', '18:00');
    await tick('specialDays[1].wholeDay', true);
    await type('specialDays[0].date', '2026-12-06');
    await submit();
    const [birthday, christmas] = savedAgreement(send).specialDays;
    expect(birthday).toEqual({ ...EXAMPLE.specialDays[0], date: '2026-12-06', start: '18:00', end: '24:00' });
    expect(christmas).toEqual({ id: 'christmas-eve', label: 'Christmas Eve afternoon', date: '2026-12-24', mode: 'block' });
  });

  it('makes a day repeat every year and a yearly one a single date again', async () => {
    await tick('specialDays[0].repeats', false);
    await tick('specialDays[1].repeats', true);
    await submit();
    const [birthday, christmas] = savedAgreement(send).specialDays;
    expect(birthday).not.toHaveProperty('repeats');
    expect(christmas!.repeats).toBe('yearly');
  });

  it('adds a day for today in the household and removes one', async () => {
    vi.useFakeTimers({ now: Date.parse('2026-12-31T23:30:00Z'), toFake: ['Date'] });
    await press('+ Add a special day');
    expect(field('specialDays[2].date').value).toBe('2027-01-01');
    await type('household.timeZone', 'Mars/Olympus');
    await press('+ Add a special day');
    expect(field('specialDays[3].date').value).toBe('2026-12-31');
    await press('Remove Day off together', field('specialDays[3].date').closest('li')!);
    await type('household.timeZone', 'Europe/Berlin');
    await press("Remove Mia's birthday");
    await submit();
    expect(savedAgreement(send).specialDays.map((day) => [day.id, day.label, day.mode])).toEqual([
      ['christmas-eve', 'Christmas Eve afternoon', 'block'],
      ['day-off-together', 'Day off together', 'block'],
    ]);
  });
});

describe('the rituals section', () => {
  it('keeps the day when switching weekly to monthly and back, and offers every day when switching from daily', async () => {
    await choose('rituals[0].recurrence.kind', 'monthly');
    expect(field<HTMLSelectElement>('rituals[0].recurrence.day').value).toBe('mon');
    await choose('rituals[0].recurrence.week', '-1');
    await choose('rituals[0].recurrence.day', 'wed');
    await choose('rituals[3].recurrence.kind', 'weekly');
    await choose('rituals[1].recurrence.kind', 'weekly');
    await submit();
    const [breakfast, walk, , date] = savedAgreement(send).rituals;
    expect(breakfast!.recurrence).toEqual({ kind: 'monthly', week: -1, day: 'wed' });
    expect(walk!.recurrence).toEqual({ kind: 'weekly', days: ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] });
    expect(date!.recurrence).toEqual({ kind: 'weekly', days: ['fri'] });
  });

  it('edits time, duration, reminder and protection, with errors beside the numbers', async () => {
    await type('rituals[1].durationMinutes', '3');
    expect(fieldBox('rituals[1].durationMinutes').querySelector('.field-error')?.textContent).toBe('3 is too small');
    await type('rituals[1].reminderMinutes', 'ten');
    expect(field('rituals[1].reminderMinutes').getAttribute('aria-invalid')).toBe('true');
    await submit();
    expect(send).not.toHaveBeenCalled();
    await type('rituals[1].durationMinutes', '60');
    await type('rituals[1].reminderMinutes', '0');
    await type('rituals[1].time', '20:15');
    await tick('rituals[1].protected', true);
    await submit();
    expect(savedAgreement(send).rituals[1]).toEqual({ ...EXAMPLE.rituals[1], time: '20:15', durationMinutes: 60, reminderMinutes: 0, protected: true });
  });

  it('adds a protected weekly ritual and removes one', async () => {
    await press('+ Add a ritual');
    await press('Remove Dream date');
    await submit();
    const rituals = savedAgreement(send).rituals;
    expect(rituals.map((ritual) => ritual.id)).toEqual(['breakfast', 'evening-walk', 'check-in', 'time-together']);
    expect(rituals[3]).toEqual({ id: 'time-together', label: 'Time together', recurrence: { kind: 'weekly', days: ['mon'] }, time: '19:30', durationMinutes: 30, reminderMinutes: 10, protected: true });
  });
});
