import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import de from '../../public/_locales/de/messages.json';
import example from '../../docs/agreement.example.json';
import { catalogTranslator } from '../i18n/translate';
import { parseAgreement } from './parse-agreement';
import { OWN_SITE_KEY, SAMPLE_WORDS, sampleAgreement, sampleWordKey } from './sample-agreement';

const NOW = Date.parse('2026-12-02T12:00:00+01:00');
const agreement = (translated: unknown) => {
  const parsed = parseAgreement(translated);
  if (!parsed.ok) throw new Error(`refused: ${JSON.stringify(parsed.issues)}`);
  return parsed.agreement;
};
/** Every text a couple reads in the example, with where it sits. */
const words = (sample: typeof example) => [
  ...sample.zones.map((zone) => zone.label),
  ...sample.specialDays.map((day) => day.label),
  ...sample.rituals.map((ritual) => ritual.label),
  ...sample.focusSeasons.map((season) => season.label),
  ...sample.commitments.flatMap((commitment) => [commitment.what, commitment.success]),
  ...sample.contingencyPlans.flatMap((plan) => [plan.name, plan.cover]),
  ...sample.workSites.filter((site) => !('catalogId' in site)).map((site) => site.label),
];

describe('sampleAgreement', () => {
  it('in English is the documented example word for word, its first review a rhythm after the day it is loaded', () => {
    const loaded = sampleAgreement(NOW, catalogTranslator(en)) as typeof example;
    expect({ ...loaded, reviewRhythm: example.reviewRhythm }).toEqual(example);
    expect(loaded.reviewRhythm).toEqual({ everyMonths: 3, from: '2027-03-02' });
  });

  it('in German has every word translated and the rest (ids, times, sites, references) as the example', () => {
    const loaded = sampleAgreement(NOW, catalogTranslator(de)) as typeof example;
    const german = words(loaded);
    expect(german).toHaveLength(words(example).length);
    german.forEach((text, index) => expect(text).not.toBe(words(example)[index]));
    expect(german).toContain('Familienabende');
    const withoutWords = (sample: typeof example) => JSON.stringify(sample, (key, value) => (['label', 'what', 'success', 'name', 'cover'].includes(key) ? undefined : value));
    expect(withoutWords(loaded)).toBe(withoutWords({ ...example, reviewRhythm: loaded.reviewRhythm }));
    expect(agreement(loaded).contingencyPlans.map((plan) => plan.trackZones)).toEqual(example.contingencyPlans.map((plan) => plan.trackZones));
  });

  it('keeps the example’s word where the catalog has none (the background answers an unknown key with "")', () => {
    const loaded = sampleAgreement(NOW, () => '') as typeof example;
    expect(words(loaded)).toEqual(words(example));
  });

  it('has a catalog key for every word of the example, in English and German', () => {
    const keys = [
      ...Object.entries(SAMPLE_WORDS).flatMap(([part, fields]) =>
        (example[part as keyof typeof SAMPLE_WORDS] as Array<{ id: string }>).flatMap((item) => fields.map((field) => sampleWordKey(part, item.id, field))),
      ),
      OWN_SITE_KEY,
    ];
    expect(keys).toHaveLength(words(example).length);
    for (const catalog of [en, de] as Array<Record<string, unknown>>) for (const key of keys) expect(catalog).toHaveProperty([key]);
  });
});
