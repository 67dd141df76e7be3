/// <reference types="chrome" />
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '../support/hearth-test';
import { EXTENSION_DIR } from '../support/launch-hearth';

type Catalog = Record<string, { message: string }>;

const built = (path: string) => JSON.parse(readFileSync(join(EXTENSION_DIR, path), 'utf8'));
const MESSAGE_REF = /^__MSG_(\w+)__$/;

test('the built manifest declares both keyboard commands, described in every shipped language', () => {
  const manifest = built('manifest.json');
  expect(manifest.default_locale).toBe('en');
  expect(manifest.commands).toEqual({
    _execute_action: { suggested_key: { default: 'Alt+Shift+H' }, description: expect.stringMatching(MESSAGE_REF) },
    'open-report': { suggested_key: { default: 'Alt+Shift+O' }, description: expect.stringMatching(MESSAGE_REF) },
  });
  for (const locale of ['en', 'de']) {
    const catalog: Catalog = built(`_locales/${locale}/messages.json`);
    for (const [name, command] of Object.entries<{ description: string }>(manifest.commands)) {
      const key = MESSAGE_REF.exec(command.description)![1]!;
      expect(catalog[key]?.message.trim(), `${name} in ${locale}: ${key}`).toBeTruthy();
    }
  }
});

test('Chromium registers both commands with their descriptions resolved', async ({ hearth }) => {
  const commands = await hearth.worker.evaluate(() => chrome.commands.getAll());
  const english: Catalog = built('_locales/en/messages.json');
  expect(commands.find((command) => command.name === 'open-report')?.description).toBe(english.commandOpenReport!.message);
  // Chrome describes the action command itself. A suggested key Chromium keeps for itself is dropped
  // without a word, so only the real browser shows that both keys arrived.
  expect(commands.map((command) => [command.name, command.shortcut])).toEqual(
    expect.arrayContaining([
      ['_execute_action', 'Alt+Shift+H'],
      ['open-report', 'Alt+Shift+O'],
    ]),
  );
});
