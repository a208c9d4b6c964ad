import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';

/** Window bounds remembered between launches. */
export const WindowState = z.object({
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  width: z.number().int().min(640).max(10000),
  height: z.number().int().min(480).max(10000),
  maximized: z.boolean(),
});
export type WindowState = z.infer<typeof WindowState>;

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1280, height: 820, maximized: false };

export const loadWindowState = async (file: string): Promise<WindowState> => {
  try {
    const parsed = WindowState.safeParse(JSON.parse(await readFile(file, 'utf8')));
    return parsed.success ? parsed.data : DEFAULT_WINDOW_STATE;
  } catch {
    return DEFAULT_WINDOW_STATE;
  }
};

export const saveWindowState = async (file: string, state: WindowState): Promise<void> => {
  await mkdir(dirname(file), { recursive: true });
  await writeFile(`${file}.tmp`, JSON.stringify(state));
  await rename(`${file}.tmp`, file);
};

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Keeps a remembered window reachable: after a meeting on a projector, the saved position
 * may lie on a screen that is gone. A window whose title bar would not show at least
 * 100 × 40 pixels on some screen is re-centred (no x/y), and it is never larger than the
 * largest screen.
 */
export const fitToDisplays = (state: WindowState, workAreas: readonly Area[]): WindowState => {
  if (workAreas.length === 0) return state;
  const maxW = Math.max(...workAreas.map((a) => a.width));
  const maxH = Math.max(...workAreas.map((a) => a.height));
  const width = Math.min(state.width, maxW);
  const height = Math.min(state.height, maxH);
  if (state.x === undefined || state.y === undefined) return { ...state, width, height };
  const { x, y } = state;
  const visible = workAreas.some((a) => {
    const w = Math.min(x + width, a.x + a.width) - Math.max(x, a.x);
    const h = Math.min(y + 40, a.y + a.height) - Math.max(y, a.y);
    return w >= 100 && h >= 40;
  });
  return visible ? { ...state, width, height } : { maximized: state.maximized, width, height };
};
