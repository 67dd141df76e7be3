type Json = Record<string, unknown> | unknown[];

/** A key as a path writes it: a plain name after a dot, any other as a quoted string in brackets (`workingHours[" . "]`). */
const step = (path: string, key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? (path === '' ? key : `${path}.${key}`) : `${path}[${JSON.stringify(key)}]`);

const isContainer = (value: unknown): value is Json => typeof value === 'object' && value !== null;

/**
 * Where an imported agreement has fields the schema does not know, as paths (`budget.weeklyAfterHours`).
 * The schema drops keys it does not know, so a misspelt field would be imported as if it had never
 * been written: the person's intent lost without a word. Found by walking the file beside what the
 * schema made of it: a key of the file that the parsed agreement lacks at the same place is one the
 * schema does not know. Only places the parsed agreement has are walked, so the depth is the schema's.
 * `leftAside` names top-level keys known to be there and not part of the agreement.
 */
export function unknownFields(input: unknown, parsed: unknown, leftAside: readonly string[] = []): string[] {
  const found: string[] = [];
  const walk = (given: unknown, kept: unknown, path: string) => {
    if (!isContainer(given) || !isContainer(kept)) return;
    if (Array.isArray(given) || Array.isArray(kept)) {
      if (!Array.isArray(given) || !Array.isArray(kept)) return;
      kept.forEach((item, index) => walk(given[index], item, `${path}[${index}]`));
      return;
    }
    for (const key of Object.keys(given)) {
      if (path === '' && leftAside.includes(key)) continue;
      const at = step(path, key);
      if (Object.hasOwn(kept, key)) walk(given[key], kept[key], at);
      else found.push(at);
    }
  };
  walk(input, parsed, '');
  return found;
}
