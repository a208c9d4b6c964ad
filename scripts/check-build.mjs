// The desktop shell cannot be launched on machines without Electron's binary, so prove
// what can be proven without it:
//  1. the ESM main bundle and the CommonJS preload parse (a duplicate top-level
//     declaration once made the main process unloadable);
//  2. the main bundle's imports all resolve and evaluate: it is loaded in Node with the
//     `electron` module replaced by a stand-in whose single-instance lock is refused, so
//     main stops at its first line of Electron work. This is a load check, not a test of
//     the desktop app; tests/e2e/electron.spec.ts runs the real one where a binary exists.
import { spawnSync } from 'node:child_process';

const fail = (msg) => {
  process.stderr.write(`build check: ${msg}\n`);
  process.exit(1);
};

for (const file of ['out/main/index.js', 'out/preload/index.cjs']) {
  const r = spawnSync(process.execPath, ['--check', file], { encoding: 'utf8' });
  if (r.status !== 0) fail(`${file} does not parse\n${r.stderr}`);
}

const standIn = `
  const quit = () => { globalThis.__relaisQuit = true; };
  export const app = { requestSingleInstanceLock: () => false, quit, isPackaged: false };
  const unused = new Proxy({}, { get: () => { throw new Error('main used Electron after refusing the lock'); } });
  export const BrowserWindow = unused, Menu = unused, dialog = unused, ipcMain = unused, powerMonitor = unused, protocol = unused, safeStorage = unused, session = unused, net = unused, screen = unused;
  export default { app };
`;
const loader = `
  export async function resolve(specifier, context, next) {
    if (specifier === 'electron') return { url: 'data:text/javascript,' + encodeURIComponent(${JSON.stringify(standIn)}), shortCircuit: true };
    return next(specifier, context);
  }
`;
const probe = `
  import { register } from 'node:module';
  register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(loader)}));
  await import(${JSON.stringify(new URL('../out/main/index.js', import.meta.url).href)});
  if (!globalThis.__relaisQuit) { console.error('main did not reach app.quit()'); process.exit(1); }
`;
const r = spawnSync(process.execPath, ['--input-type=module', '-e', probe], { encoding: 'utf8' });
if (r.status !== 0) fail(`out/main/index.js does not load\n${r.stderr}`);
process.stdout.write('build check: main and preload bundles parse; every import of main loads\n');
