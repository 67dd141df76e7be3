/** RFC 5545 §3.1: a content line is at most 75 octets, not counting its CRLF. */
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

const octets = (text: string) => encoder.encode(text).length;

/**
 * Splits a content line into physical lines of at most 75 octets; each continuation starts with
 * one space, which counts towards its 75. A split never falls inside a character: a UTF-8
 * sequence cut in two is what makes calendar apps show mojibake in folded summaries.
 */
export function foldLine(line: string): string[] {
  const lines: string[] = [];
  let current = '';
  let size = 0;
  // for…of walks code points, so a surrogate pair (an emoji in a label) stays whole.
  for (const char of line) {
    const width = octets(char);
    if (size + width > MAX_OCTETS) {
      lines.push(current);
      current = ' ';
      size = 1;
    }
    current += char;
    size += width;
  }
  lines.push(current);
  return lines;
}

/** A whole iCalendar stream: every content line folded, every physical line ended by CRLF. */
export function icsStream(contentLines: readonly string[]): string {
  return contentLines.flatMap(foldLine).map((line) => `${line}\r\n`).join('');
}
