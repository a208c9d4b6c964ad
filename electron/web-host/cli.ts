import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { createHandlers } from '../handlers';
import { consoleLogger } from '../services/logger';
import { syncServiceFor } from '../services/sync/service';
import { defaultDataDir, webHostContext } from './context';
import { startWebHost } from './server';
import { launchToken } from './token';

// A fixed default port matters: the renderer's IndexedDB belongs to the origin, so a
// new port each launch would show an empty bank.
const DEFAULT_PORT = 47613;

const main = async () => {
  const rendererDir = resolve(process.env.RELAIS_RENDERER_DIR ?? 'out/renderer');
  if (!existsSync(`${rendererDir}/index.html`)) {
    process.stderr.write(`Relais: the renderer is not built (${rendererDir}); run "npm run build" first.\n`);
    process.exit(1);
  }
  const dataDir = resolve(process.env.RELAIS_DATA_DIR ?? defaultDataDir());
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  const log = consoleLogger(process.env.RELAIS_QUIET === '1');
  const ctx = webHostContext(dataDir, log);
  // Kept across launches, so a bookmark still opens the bank after a restart.
  const token = process.env.RELAIS_WEB_TOKEN ?? (await launchToken(dataDir));
  const port = Number(process.env.RELAIS_PORT ?? DEFAULT_PORT);
  let host;
  try {
    host = await startWebHost({ rendererDir, handlers: createHandlers(ctx), token, log, port });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    // One line, no stack trace: which port, and how to pick another.
    process.stderr.write(
      `Relais: port ${port} is already in use (is Relais already open?). Use another: RELAIS_PORT=${port + 1} npm run start:web — Le port ${port} est déjà utilisé; choisissez-en un autre avec RELAIS_PORT.\n`,
    );
    process.exit(1);
  }
  const sync = syncServiceFor(ctx);
  sync.start();
  process.stdout.write(`Relais (browser mode) is ready. Open / Ouvrez : ${host.url}\n`);
  const stop = () => {
    sync.stop();
    void host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

void main();
