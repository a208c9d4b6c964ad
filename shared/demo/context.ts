import { fold } from '../logic/text';
import { createRng, makeId, type Rng } from './prng';

export const DEMO_DEVICE_ID = 'demo-device';
export const DAY_MS = 86_400_000;
/** Instants fall in Quebec office hours (13:00–21:00 UTC ≈ 8:00–16:00 EST). */
const OFFICE_START_MIN = 13 * 60;

/** Email local part from a name: folded, letters, digits and hyphens only. */
export const stripAccents = (s: string): string => fold(s).replace(/[^a-z0-9-]/g, '');

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

/**
 * The demo's calendar and its one random stream, shared by every part of the generator.
 * Days are counted from the epoch; `T` is today. The parts must consume `rng` in a fixed
 * order (partners, requests, engagements, contacts) for the output to stay the same.
 */
export interface DemoContext {
  rng: Rng;
  T: number;
  coordinator: string;
  iso(day: number): string;
  instantMs(day: number, minute: number): number;
  instant(day: number, minute: number): string;
  randMinute(): number;
  base(createdDay: number, createdMinute: number, updatedAt?: string): { id: string; createdAt: string; updatedAt: string; deviceId: string; stamp: string };
  phone(): string;
}

export const makeContext = (seed: number, todayIso: string, coordinator: string): DemoContext => {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(todayIso) || Number.isNaN(Date.parse(`${todayIso}T00:00:00Z`))) {
    throw new Error(`generateDemo: invalid today ${todayIso}`);
  }
  const T = Math.floor(Date.parse(`${todayIso}T00:00:00Z`) / DAY_MS);
  const rng = createRng(seed);
  // Cached because 200k contacts share a few thousand distinct days.
  const dayCache = new Map<number, string>();
  const iso = (day: number): string => {
    let s = dayCache.get(day);
    if (s === undefined) {
      s = new Date(day * DAY_MS).toISOString().slice(0, 10);
      dayCache.set(day, s);
    }
    return s;
  };
  const instantMs = (day: number, minute: number): number => day * DAY_MS + (OFFICE_START_MIN + Math.min(479, minute)) * 60_000;
  const instant = (day: number, minute: number): string => new Date(instantMs(day, minute)).toISOString();
  const randMinute = (): number => rng.int(0, 479);

  const base = (createdDay: number, createdMinute: number, updatedAt?: string) => {
    const ms = instantMs(createdDay, createdMinute);
    const createdAt = new Date(ms).toISOString();
    return {
      id: makeId(rng, ms),
      createdAt,
      updatedAt: updatedAt !== undefined && updatedAt > createdAt ? updatedAt : createdAt,
      deviceId: DEMO_DEVICE_ID,
      stamp: '',
    };
  };

  const phone = (): string => `${rng.pick(['418', '819', '581', '873'])}-555-01${pad2(rng.int(0, 99))}`;
  return { rng, T, coordinator, iso, instantMs, instant, randMinute, base, phone };
};
