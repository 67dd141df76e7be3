import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { test, expect } from '@playwright/test';
import { EXTENSION_DIR } from '../support/launch-hearth';
import { FIREFOX_EXTENSION_DIR } from '../support/launch-firefox';

const manifest = (dir: string) => JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));

for (const [browser, dir] of [
  ['Chrome', EXTENSION_DIR],
  ['Firefox', FIREFOX_EXTENSION_DIR],
] as const) {
  test(`the ${browser} package asks for http(s) hosts only and has an icon at every size the stores ask for`, () => {
    const built = manifest(dir);
    expect(built.host_permissions).toEqual(['*://*/*']);
    expect(Object.keys(built.icons)).toEqual(['16', '32', '48', '96', '128']);
    for (const [size, path] of Object.entries<string>(built.icons)) {
      const png = PNG.sync.read(readFileSync(join(dir, path)));
      expect([png.width, png.height], path).toEqual([Number(size), Number(size)]);
    }
  });
}

test('the Firefox package declares that it collects nothing', () => {
  expect(manifest(FIREFOX_EXTENSION_DIR).browser_specific_settings.gecko.data_collection_permissions).toEqual({ required: ['none'] });
});
