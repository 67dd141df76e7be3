/**
 * Issue #4's size budget: the JavaScript the built popup loads must be at most 25 KB gzipped.
 * Reads `.output/chrome-mv3/popup.html` (run `npx wxt build` first), takes its module scripts and
 * modulepreload links, follows the static imports of those chunks, gzips each file (level 9) and
 * prints the total. Exits non-zero over budget. Run with `npx tsx bench/popup-size.ts`.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, posix, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const OUT = resolve(process.argv[2] ?? '.output/chrome-mv3');
const BUDGET_BYTES = 25 * 1024;

const htmlPath = join(OUT, 'popup.html');
if (!existsSync(htmlPath)) throw new Error(`No ${htmlPath}: run "npx wxt build" first`);
const html = readFileSync(htmlPath, 'utf8');

/** Paths inside the extension, "/chunks/popup-x.js" style. */
const entries = [
  ...[...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)].map((match) => match[1]!),
  ...[...html.matchAll(/<link\b[^>]*\brel="modulepreload"[^>]*\bhref="([^"]+)"/g)].map((match) => match[1]!),
  ...[...html.matchAll(/<link\b[^>]*\bhref="([^"]+)"[^>]*\brel="modulepreload"/g)].map((match) => match[1]!),
].map((src) => posix.normalize(src.startsWith('/') ? src : `/${src}`));

/** Static imports of a built chunk: `from"./x.js"`, `import"./x.js"` (minified or not). */
const staticImports = (code: string) => [...code.matchAll(/(?:\bfrom|\bimport)\s*["']([^"']+\.js)["']/g)].map((match) => match[1]!);

const seen = new Map<string, { bytes: number; gzipBytes: number }>();
const queue = [...new Set(entries)];
while (queue.length) {
  const path = queue.shift()!;
  if (seen.has(path)) continue;
  const code = readFileSync(join(OUT, path));
  seen.set(path, { bytes: code.length, gzipBytes: gzipSync(code, { level: 9 }).length });
  for (const spec of staticImports(code.toString('utf8'))) {
    if (spec.startsWith('.') || spec.startsWith('/')) queue.push(posix.normalize(spec.startsWith('/') ? spec : posix.join(dirname(path), spec)));
  }
}

const files = [...seen].map(([path, size]) => ({ path, ...size }));
const totalGzipBytes = files.reduce((sum, file) => sum + file.gzipBytes, 0);
console.log(
  JSON.stringify(
    {
      files,
      totalBytes: files.reduce((sum, file) => sum + file.bytes, 0),
      totalGzipBytes,
      totalGzipKB: Number((totalGzipBytes / 1024).toFixed(2)),
      budgetKB: BUDGET_BYTES / 1024,
      withinBudget: totalGzipBytes <= BUDGET_BYTES,
    },
    null,
    2,
  ),
);
if (totalGzipBytes > BUDGET_BYTES) process.exitCode = 1;
