import { accessSync, constants } from 'node:fs';

/** The one command that installs everything the tests drive, on Debian and Ubuntu. */
export const INSTALL_COMMAND = 'apt-get update && apt-get install -y chromium firefox-esr redis-server';

export interface RequiredTool {
  name: string;
  path: string;
  /** The variable that points the tests at another binary, if there is one. */
  variable?: string;
}

/** What the suite needs, where it looks for each (the same defaults as launch-hearth.ts and launch-firefox.ts). */
export function requiredTools(env: NodeJS.ProcessEnv = process.env): RequiredTool[] {
  return [
    { name: 'Chromium', path: env.HEARTH_CHROMIUM ?? '/usr/bin/chromium', variable: 'HEARTH_CHROMIUM' },
    { name: 'Firefox ESR', path: env.HEARTH_FIREFOX ?? '/usr/bin/firefox-esr', variable: 'HEARTH_FIREFOX' },
    { name: 'Redis server', path: env.HEARTH_REDIS_SERVER ?? '/usr/bin/redis-server', variable: 'HEARTH_REDIS_SERVER' },
  ];
}

export function isExecutable(path: string): boolean {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** Undefined when every tool is there; otherwise one message naming each missing tool and the command that installs them. */
export function missingToolsMessage(tools: readonly RequiredTool[], exists: (path: string) => boolean = isExecutable): string | undefined {
  const missing = tools.filter((tool) => !exists(tool.path));
  if (missing.length === 0) return undefined;
  const lines = missing.map((tool) => `  - ${tool.name}: nothing executable at ${tool.path}${tool.variable ? ` (or set ${tool.variable} to another binary)` : ''}`);
  return [`The tests need programs this machine lacks:`, ...lines, `Install them (as root) with:`, `  ${INSTALL_COMMAND}`].join('\n');
}

/** Throws the message when a tool is missing, so a run stops once, at the start, saying what to do. */
export function assertTools(tools: readonly RequiredTool[]): void {
  const message = missingToolsMessage(tools);
  if (message) throw new Error(message);
}
