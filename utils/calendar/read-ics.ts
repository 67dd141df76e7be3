import ICAL from 'ical.js';

/**
 * Test support: an exported calendar as a calendar app reads it, through ical.js, an independent
 * RFC 5545 implementation. Nothing here reuses Hearth's own writer, so a test built on it checks
 * what an app would see rather than what Hearth meant to write.
 */
export interface IcsAlarm {
  action: string;
  description: string;
  /** Seconds relative to the start; negative is before. */
  triggerSeconds: number;
}

export interface IcsEvent {
  uid: string;
  summary: string;
  description: string;
  /** The TZID the start is given in. */
  timeZone: string | undefined;
  durationMinutes: number;
  rrule: string;
  alarms: IcsAlarm[];
  /** The first `count` occurrences' starts, as instants (ms), expanded by ical.js. */
  starts(count: number): number[];
}

export interface IcsCalendar {
  properties: Record<string, string>;
  /** The TZIDs the calendar defines as VTIMEZONEs. */
  timeZones: string[];
  events: IcsEvent[];
}

function readEvent(vevent: ICAL.Component): IcsEvent {
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    summary: event.summary,
    description: event.description,
    timeZone: vevent.getFirstProperty('dtstart')?.getParameter('tzid') as string | undefined,
    durationMinutes: event.duration.toSeconds() / 60,
    rrule: String(vevent.getFirstPropertyValue('rrule')),
    alarms: vevent.getAllSubcomponents('valarm').map((alarm) => ({
      action: String(alarm.getFirstPropertyValue('action')),
      description: String(alarm.getFirstPropertyValue('description')),
      triggerSeconds: (alarm.getFirstPropertyValue('trigger') as ICAL.Duration).toSeconds(),
    })),
    starts(count) {
      const iterator = event.iterator();
      const starts: number[] = [];
      for (let next = iterator.next(); next && starts.length < count; next = iterator.next()) starts.push(next.toUnixTime() * 1000);
      return starts;
    },
  };
}

/**
 * Parses the text and registers its VTIMEZONEs, which is all ical.js knows of zones: it has no
 * IANA database, so every instant it computes comes from the file's own VTIMEZONE. The zones stay
 * registered (ical.js keeps them globally) until the next call replaces them.
 */
export function readIcs(text: string): IcsCalendar {
  const calendar = new ICAL.Component(ICAL.parse(text));
  const vtimezones = calendar.getAllSubcomponents('vtimezone');
  ICAL.TimezoneService.reset();
  for (const vtimezone of vtimezones) ICAL.TimezoneService.register(vtimezone);
  return {
    properties: Object.fromEntries(calendar.getAllProperties().map((property) => [property.name.toUpperCase(), String(property.getFirstValue())])),
    timeZones: vtimezones.map((vtimezone) => String(vtimezone.getFirstPropertyValue('tzid'))),
    events: calendar.getAllSubcomponents('vevent').map(readEvent),
  };
}
