import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { resolve } from 'node:path';
import { consoleLogger } from '../services/logger';
import { defaultDataDir } from './context';
import { launchBrowserHost } from './launch';

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
  const token = process.env.RELAIS_WEB_TOKEN ?? randomBytes(24).toString('base64url');
  const running = await launchBrowserHost({ rendererDir, dataDir, token, log, port: Number(process.env.RELAIS_PORT ?? DEFAULT_PORT) });
  process.stdout.write(`Relais (browser mode) is ready. Open / Ouvrez : ${running.web.url}\n`);
  const stop = () => {
    void running.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
};

void main();
