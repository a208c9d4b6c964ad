import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { consoleLogger } from '../services/logger';
import { defaultDataDir } from './context';
import { launchBrowserHost } from './launch';
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
  // Kept across launches, so a bookmark still opens the bank after a restart.
  const token = process.env.RELAIS_WEB_TOKEN ?? (await launchToken(dataDir));
  const port = Number(process.env.RELAIS_PORT ?? DEFAULT_PORT);
  let running;
  try {
    running = await launchBrowserHost({ rendererDir, dataDir, token, log, port });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw err;
    // One line, no stack trace: which port, and how to pick another.
    process.stderr.write(
      `Relais: port ${port} is already in use (is Relais already open?). Use another: RELAIS_PORT=${port + 1} npm run start:web — Le port ${port} est déjà utilisé; choisissez-en un autre avec RELAIS_PORT.\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`Relais (browser mode) is ready. Open / Ouvrez : ${running.web.url}\n`);
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

void main();
