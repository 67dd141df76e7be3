import { describe, expect, it } from 'vitest';
import { INSTALL_COMMAND, missingToolsMessage, requiredTools } from '../support/required-tools';

describe('missingToolsMessage', () => {
  const tools = requiredTools({});

  it('says nothing when every tool is there', () => {
    expect(missingToolsMessage(tools, () => true)).toBeUndefined();
  });

  it('names each missing tool, where it looked, how to point elsewhere, and the command that installs them', () => {
    const message = missingToolsMessage(tools, (path) => path === '/usr/bin/chromium')!;
    expect(message).toContain('Firefox ESR: nothing executable at /usr/bin/firefox-esr (or set HEARTH_FIREFOX to another binary)');
    expect(message).toContain('Redis server: nothing executable at /usr/bin/redis-server');
    expect(message).not.toContain('Chromium:');
    expect(message).toContain('apt-get update && apt-get install -y chromium firefox-esr redis-server');
    expect(message.endsWith(INSTALL_COMMAND)).toBe(true);
  });

  it('looks where the variables point', () => {
    const moved = requiredTools({ HEARTH_FIREFOX: '/opt/firefox/firefox', HEARTH_CHROMIUM: '/opt/chrome/chrome' });
    expect(moved.map((tool) => tool.path)).toEqual(['/opt/chrome/chrome', '/opt/firefox/firefox', '/usr/bin/redis-server']);
  });

});
