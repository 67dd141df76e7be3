import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Dexie from 'dexie';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HearthDb } from '../db/hearth-db';
import { importAgreementText } from './adopt-agreement';
import { parseAgreement } from './parse-agreement';
import type { AgreementIssue } from './agreement-issues';

/**
 * Imports as a hostile or careless file would bring them, through the real store (fake-indexeddb):
 * mutations of valid agreements and arbitrary JSON. Whatever comes in, nothing throws, nothing
 * invalid is stored, and every error names where it is.
 */
const example = JSON.parse(readFileSync(new URL('../../docs/agreement.example.json', import.meta.url), 'utf8'));
const catalog = JSON.parse(readFileSync(new URL('../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, unknown>;
const MUTATION_RUNS = 7000;
const ARBITRARY_RUNS = 3000;

type Segment = string | number;

/** Every path into a JSON value, the root included. */
function pathsOf(value: unknown, prefix: Segment[] = []): Segment[][] {
  const here = [prefix];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => pathsOf(item, [...prefix, index]))];
  if (typeof value === 'object' && value !== null) return [...here, ...Object.entries(value).flatMap(([key, item]) => pathsOf(item, [...prefix, key]))];
  return here;
}
const EXAMPLE_PATHS = pathsOf(example);

/** The object holding the value at `path`, and its key there; undefined once an earlier mutation took the way away. */
function parentAndKey(root: { doc: unknown }, path: Segment[]): [Record<Segment, unknown>, Segment] | undefined {
  let parent = root as unknown as Record<Segment, unknown>;
  let key: Segment = 'doc';
  for (const segment of path) {
    const next = parent[key];
    if (typeof next !== 'object' || next === null) return undefined;
    parent = next as Record<Segment, unknown>;
    key = segment;
  }
  return [parent, key];
}

/** Values a careless hand or a hostile file puts where something else belongs. */
const nearMiss = fc.oneof(
  fc.constantFrom('', ' ', '  x  ', '25:00', '07:60', '24:00', '2026-02-30', '2026-13-01', 'mon', 'MON', 'sunday', 'dim', 'lock',
    'europe/berlin', 'Mars/Olympus', 'UTC', 'alex', 'sam', 'kim', '*://*/*', '<all_urls>', 'http://localhost:8080/*', 'x'.repeat(200)),
  fc.constantFrom(-1, 0, 1, 1.5, 5, 241, 1e9, -0, true, false, null, [], {}, ['mon', 'mon'], [{}]),
  fc.string({ maxLength: 30 }),
  fc.integer(),
);

interface Mutation {
  path: Segment[];
  kind: 'replace' | 'delete' | 'duplicate' | 'deep';
}

const mutation = fc.record({
  path: fc.constantFrom(...EXAMPLE_PATHS),
  kind: fc.constantFrom<Mutation['kind']>('replace', 'replace', 'replace', 'delete', 'duplicate', 'deep'),
  value: fc.oneof(nearMiss, nearMiss, fc.jsonValue({ maxDepth: 3 })),
});

/** Stands for 5,000 nested brackets (50,000 are in parse-agreement.test.ts) until the text is written (JSON.stringify itself would overflow on them). */
const DEEP_MARK = '\u0000deep';
const DEEP = `${'['.repeat(5_000)}${']'.repeat(5_000)}`;
const textOf = (input: unknown) => (JSON.stringify(input) ?? '').replaceAll(JSON.stringify(DEEP_MARK), DEEP);

function mutate(doc: unknown, mutations: readonly (Mutation & { value: unknown })[]): unknown {
  const root = { doc: structuredClone(doc) };
  for (const { path, kind, value } of mutations) {
    const found = parentAndKey(root, path);
    if (!found) continue;
    const [parent, key] = found;
    if (kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
    } else if (kind === 'duplicate' && Array.isArray(parent)) {
      parent.push(structuredClone(parent[key as number]));
    } else if (kind === 'deep') {
      parent[key] = DEEP_MARK;
    } else {
      parent[key] = value;
    }
  }
  return root.doc;
}

function segmentsOf(path: string): Segment[] {
  return [...path.matchAll(/\[("(?:[^"\\]|\\.)*")\]|([^.[\]]+)|\[(\d+)\]/g)].map(([, quoted, key, index]) =>
    quoted !== undefined ? (JSON.parse(quoted) as string) : index !== undefined ? Number(index) : key!,
  );
}

/** The path leads into the input: every step but the last exists (the last may be a missing key). */
function leadsInto(input: unknown, path: Segment[]): boolean {
  let value = input;
  for (const segment of path.slice(0, -1)) {
    if (typeof value !== 'object' || value === null || !(segment in value)) return false;
    value = (value as Record<Segment, unknown>)[segment];
  }
  return path.length === 0 || (typeof value === 'object' && value !== null);
}

const startsWith = (path: Segment[], prefix: Segment[]) => prefix.length <= path.length && prefix.every((segment, index) => path[index] === segment);

/** Parts that name ids of another part, and are reported as a whole when a named id goes. */
const REFERENCES: Record<string, string[]> = {
  partners: ['focusSeasons', 'commitments'],
  zones: ['contingencyPlans'],
  specialDays: ['contingencyPlans'],
  rituals: ['contingencyPlans'],
};

/**
 * The error is about the field the mutation touched: that field, one inside it, the object or list
 * that holds it (a start checked against its end, a duplicate id), or the part that names the
 * touched part's ids (focus seasons and commitments name partners, contingency plans name zones,
 * special days and rituals).
 */
function namesMutation(issue: Segment[], mutated: Segment[]): boolean {
  if (startsWith(mutated, issue) || startsWith(issue, mutated) || startsWith(issue, mutated.slice(0, -1))) return true;
  return issue.length === 1 && (REFERENCES[String(mutated[0])] ?? []).includes(String(issue[0]));
}

let db: HearthDb;
let imports = 0;
let accepted = 0;
beforeAll(async () => {
  db = new HearthDb(`agreement-import-property-${Math.random()}`);
  await db.open();
});
afterAll(async () => {
  db.close();
  await Dexie.delete(db.name);
});

/**
 * One import through the real store, checked: what is stored parses again to itself, errors have
 * known messages and paths into the input. That nothing is stored on a refusal is checked by the
 * count of revisions against the count of acceptances (once per property, counting is slow).
 */
async function importAndCheck(text: string): Promise<AgreementIssue[]> {
  imports++;
  const result = await importAgreementText(db, text, 1_790_000_000_000 + imports);
  if (result.ok) {
    accepted++;
    const latest = (await db.agreementRevisions.orderBy(':id').last())!;
    expect(parseAgreement(latest.agreement)).toEqual({ ok: true, agreement: latest.agreement });
    return [];
  }
  // Unlinked, a refusal is always the document's own issues, never a proposal's.
  if (!('issues' in result)) throw new Error(`refused without issues: ${result.key}`);
  expect(result.issues.length).toBeGreaterThan(0);
  const input = result.issues[0]!.key === 'errNotJson' ? undefined : (JSON.parse(text) as unknown);
  expect(result.issues.length).toBeLessThanOrEqual(51);
  for (const issue of result.issues) {
    expect(catalog, issue.key).toHaveProperty(issue.key);
    if (issue.key !== 'errNotJson' && issue.key !== 'errMoreIssues') expect(leadsInto(input, segmentsOf(issue.path)), issue.path).toBe(true);
  }
  return result.issues;
}

describe('importing agreements, property-based', () => {
  it(`survives ${MUTATION_RUNS} mutated agreements: nothing throws, nothing invalid is stored, each error names the field changed`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(mutation, { minLength: 1, maxLength: 3 }), async (mutations) => {
        const input = mutate(example, mutations);
        const issues = await importAndCheck(textOf(input));
        for (const issue of issues.filter((candidate) => candidate.key !== 'errMoreIssues')) {
          const named = mutations.some((applied) => namesMutation(segmentsOf(issue.path), applied.path));
          expect(named, `${issue.path} (${issue.key}) after ${JSON.stringify(mutations.map((applied) => applied.path))}`).toBe(true);
        }
      }),
      { numRuns: MUTATION_RUNS },
    );
    expect(await db.agreementRevisions.count()).toBe(accepted);
  }, 300_000);

  it(`survives ${ARBITRARY_RUNS} arbitrary JSON documents and texts`, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.json({ maxDepth: 4 }),
          fc.string({ maxLength: 200 }),
          fc.dictionary(fc.constantFrom(...Object.keys(example)), fc.jsonValue({ maxDepth: 3 })).map((input) => JSON.stringify(input)),
        ),
        async (text) => {
          await importAndCheck(text);
        },
      ),
      { numRuns: ARBITRARY_RUNS },
    );
    expect(imports).toBeGreaterThanOrEqual(MUTATION_RUNS + ARBITRARY_RUNS);
    expect(await db.agreementRevisions.count()).toBe(accepted);
  }, 300_000);

  it('stored only agreements the schema accepts', async () => {
    const revisions = await db.agreementRevisions.toArray();
    expect(revisions.length).toBeGreaterThan(0);
    for (const revision of revisions) expect(parseAgreement(revision.agreement).ok).toBe(true);
  });
});
