import { describe, expect, it } from 'vitest';
import { parseAgreement } from '../../utils/agreement/parse-agreement';
import { activeZoneSources } from '../../utils/schedule/zones';
import { storeAgreement } from '../../scripts/store-agreement';
import { catalogTranslator } from '../../utils/i18n/translate';
import de from '../../public/_locales/de/messages.json';

describe('the store screenshots agreement', () => {
  // A weekday evening, a Sunday just before midnight (the zone runs into Monday) and a clock change.
  const instants = ['2026-12-02T18:30:00Z', '2026-12-06T22:50:00Z', '2026-03-29T00:40:00Z'].map((iso) => Date.parse(iso));

  it.each(instants)('is an agreement Hearth accepts, with its zone on at %s', (now) => {
    const parsed = parseAgreement(storeAgreement('Familienessen', now, catalogTranslator(de)));
    expect(parsed.ok && parsed.agreement.zones[0]).toMatchObject({ id: 'evenings', label: 'Familienessen', mode: 'dim' });
    if (!parsed.ok) return;
    expect(parsed.agreement.rituals[0]!.label).toBe('Gemeinsames Frühstück');
    expect(activeZoneSources(parsed.agreement, now)).toContainEqual({ kind: 'zone', id: 'evenings', label: 'Familienessen', mode: 'dim' });
    // Twenty minutes in, seventy to go: still on an hour later, off two hours later.
    expect(activeZoneSources(parsed.agreement, now + 60 * 60_000).map((source) => source.id)).toContain('evenings');
    expect(activeZoneSources(parsed.agreement, now + 120 * 60_000).map((source) => source.id)).not.toContain('evenings');
  });
});
