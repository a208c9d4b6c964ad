import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * The Electron binary to run, or null when this machine has none. Looks at the electron
 * package's files rather than `require('electron')`, which would try to download the
 * binary (and fail, noisily, on a machine without network).
 * ELECTRON_OVERRIDE_DIST_PATH wins when set.
 */
export const electronBinary = (): string | null => {
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const bin = existsSync(join(override, 'electron')) ? join(override, 'electron') : override;
    return existsSync(bin) ? bin : null;
  }
  try {
    const pkgDir = dirname(createRequire(import.meta.url).resolve('electron/package.json'));
    const pathFile = join(pkgDir, 'path.txt');
    if (!existsSync(pathFile)) return null;
    const bin = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim());
    return existsSync(bin) ? bin : null;
  } catch {
    return null;
  }
};
