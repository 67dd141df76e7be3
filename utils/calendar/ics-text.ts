/**
 * A TEXT value as RFC 5545 §3.3.11 writes it: backslash, semicolon and comma are escaped, and a
 * line break becomes the two characters `\n`, because a raw one would end the content line.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}
