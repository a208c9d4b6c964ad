import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, fitToDisplays, loadWindowState, saveWindowState } from '../../../electron/window-state';

const laptop = { x: 0, y: 0, width: 1366, height: 728 };
const projector = { x: 1366, y: 0, width: 1920, height: 1080 };

describe('remembered window', () => {
  it('is saved and read back, and a damaged file falls back to the default', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'relais-window-'));
    const file = join(dir, 'window-state.json');
    await saveWindowState(file, { x: 10, y: 20, width: 1200, height: 700, maximized: false });
    expect(await loadWindowState(file)).toEqual({ x: 10, y: 20, width: 1200, height: 700, maximized: false });
    writeFileSync(file, '{not json');
    expect(await loadWindowState(file)).toEqual(DEFAULT_WINDOW_STATE);
  });

  it('comes back on the laptop when the projector it was on is gone', () => {
    const onProjector = { x: 1500, y: 100, width: 1280, height: 820, maximized: false };
    expect(fitToDisplays(onProjector, [laptop, projector])).toEqual(onProjector);
    expect(fitToDisplays(onProjector, [laptop])).toEqual({ width: 1280, height: 728, maximized: false });
  });

  it('keeps a position that is still visible, and never exceeds the largest screen', () => {
    expect(fitToDisplays({ x: 50, y: 30, width: 3000, height: 2000, maximized: true }, [laptop])).toEqual({
      x: 50,
      y: 30,
      width: 1366,
      height: 728,
      maximized: true,
    });
  });
});
