/**
 * The report's answer when the week's agreement does not name this browser's partner (none chosen
 * yet, or the partners' ids changed since): a week judged by the wrong person's hours would mislead.
 * Its own file so the report page can tell it apart without loading the report store.
 */
export const WHOSE_UNKNOWN = 'whose-unknown';
