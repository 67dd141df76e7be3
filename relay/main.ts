import { readConfig } from './config';
import { logLine } from './log';
import { startServer } from './server';
import { openStorage } from './storage/open-storage';

/** `npm run relay`: configured by the environment (README, "The relay"). */
async function main(): Promise<void> {
  const config = readConfig(process.env);
  const storage = await openStorage(config);
  const relay = await startServer(config, storage);
  // tests/support/relay-process.ts reads the port from this line.
  logLine('listening', { host: config.host, port: relay.port, engine: storage.engine });
  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await relay.close();
    await storage.close();
    logLine('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('SIGINT', () => void stop());
}

main().catch((error: unknown) => {
  logLine('fatal', { message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
