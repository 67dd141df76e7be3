/** RFC 5545 weekday codes (§3.3.10), indexed like WEEKDAYS: 0 = Sunday. */
export const ICS_WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
