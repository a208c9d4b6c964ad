import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * `npm start`: the desktop app where Electron's binary is present; otherwise one clear
 * line and the browser mode, so the README's start command always opens Relais.
 */
const electronBinary = (): string | null => {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) return existsSync(override) ? override : null;
  try {
    const path = createRequire(import.meta.url)('electron') as string;
    return existsSync(path) ? path : null;
  } catch {
    return null;
  }
};

const run = (cmd: string, args: string[]) => {
  const child = spawn(cmd, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  child.on('exit', (code) => process.exit(code ?? 0));
};

const bin = electronBinary();
if (bin) {
  const built = spawnSync('npx', ['electron-vite', 'build'], { stdio: 'inherit', shell: process.platform === 'win32' });
  if (built.status !== 0) process.exit(built.status ?? 1);
  run(bin, ['.']);
} else {
  console.log("Relais: Electron's desktop binary is not available on this machine; starting the browser mode instead.");
  run('npm', ['run', 'start:web']);
}
