import { describe, expect, it } from 'vitest';
import { GUARD_CSS, RELEASE_CSS, sheetForMode } from './guard-plan';

describe('sheetForMode', () => {
  it.each([
    ['dim', GUARD_CSS.dim],
    ['block', GUARD_CSS.block],
    // Released or in grace, the release sheet overrides the registered one the document cannot shed.
    ['off', RELEASE_CSS],
    ['grace', RELEASE_CSS],
  ] as const)('a %s page holds %s', (mode, sheet) => {
    expect(sheetForMode(mode)).toBe(sheet);
  });
});
