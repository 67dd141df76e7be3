import { describe, expect, it } from 'vitest';
import { bidiIsolated, joinIsolated } from './bidi-isolate';

const FSI = '\u2068';
const PDI = '\u2069';
const RLO = '\u202E';
const RLI = '\u2067';

describe('bidiIsolated', () => {
  it.each(['Family evenings', 'Abendessen mit Kindern', 'Café · 7:15', ''])('leaves %j as it is', (text) => {
    expect(bidiIsolated(text)).toBe(text);
  });

  it.each(['ארוחת ערב', 'عشاء العائلة', 'Walk with נועה'])('isolates right-to-left text: %j', (text) => {
    expect(bidiIsolated(text)).toBe(`${FSI}${text}${PDI}`);
  });

  it('keeps a direction override inside the isolate', () => {
    expect(bidiIsolated(`Walk ${RLO}kcolc`)).toBe(`${FSI}Walk ${RLO}kcolc${PDI}`);
  });

  it('drops an isolate end that would close the wrapper early', () => {
    expect(bidiIsolated(`Walk${PDI}${RLO} until`)).toBe(`${FSI}Walk${RLO} until${PDI}`);
  });

  it('closes isolates the text leaves open, and keeps matched ones', () => {
    expect(bidiIsolated(`${RLI}a${PDI} ${RLI}b`)).toBe(`${FSI}${RLI}a${PDI} ${RLI}b${PDI}${PDI}`);
  });
});

describe('joinIsolated', () => {
  it('isolates each item that needs it, so the list keeps its order', () => {
    expect(joinIsolated(['ארוחת ערב', 'Sunday'], ' · ')).toBe(`${FSI}ארוחת ערב${PDI} · Sunday`);
    expect(joinIsolated(['Family evenings', 'Sunday'], ', ')).toBe('Family evenings, Sunday');
  });
});
