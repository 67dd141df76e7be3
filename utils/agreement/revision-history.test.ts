import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HearthDb } from '../db/hearth-db';
import { catalogTranslator } from '../i18n/translate';
import { agreementExport } from './agreement-export';
import { allRevisions, saveAgreement } from './agreement-store';
import { parseAgreementText } from './parse-agreement';
import { revisionHistory } from './revision-history';

const t = catalogTranslator(JSON.parse(readFileSync('public/_locales/en/messages.json', 'utf8')));
const EXAMPLE = JSON.parse(readFileSync('docs/agreement.example.json', 'utf8'));
const NOW = Date.parse('2026-11-20T12:00:00Z');

async function twoRevisions() {
  const db = new HearthDb(`history-${Math.random()}`);
  await saveAgreement(db, EXAMPLE, NOW, 'sample');
  const later = structuredClone(EXAMPLE);
  later.zones[0].end = '07:30';
  await saveAgreement(db, later, NOW + 60_000, 'edit', undefined, { note: 'Mornings are slow now', proposedBy: 'sam', acceptedBy: 'alex' });
  return allRevisions(db);
}

describe('the history of revisions', () => {
  it('tells each revision with who, why and the changes in words since the one before', async () => {
    const history = revisionHistory(await twoRevisions(), 'en-GB', t);
    expect(history.map(({ id: _id, ...entry }) => entry)).toEqual([
      { effectiveAt: NOW, source: 'sample', changes: [] },
      { effectiveAt: NOW + 60_000, source: 'edit', note: 'Mornings are slow now', proposedBy: 'sam', acceptedBy: 'alex', changes: ['Family evenings: ends 07:00 → 07:30'] },
    ]);
  });

  it('exports the agreement with its history, newest first, and the file still imports as the agreement', async () => {
    const revisions = await twoRevisions();
    const text = agreementExport(revisions, 'en-GB', t);
    const file = JSON.parse(text);
    expect(file.history.map((entry: { effectiveAt: string; changes: string[] }) => [entry.effectiveAt, entry.changes])).toEqual([
      ['2026-11-20T12:01:00.000Z', ['Family evenings: ends 07:00 → 07:30']],
      ['2026-11-20T12:00:00.000Z', []],
    ]);
    const imported = parseAgreementText(text, NOW);
    expect(imported.ok && imported.agreement).toEqual(revisions[1]!.agreement);
  });
});
