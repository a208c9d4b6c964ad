import { spawn, spawnSync } from 'node:child_process';
import { electronBinary } from './electron-binary';

/**
 * `npm start`: the desktop app where Electron's binary is present; otherwise one clear
 * line and the browser mode, so the README's start command always opens Relais.
 */
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
