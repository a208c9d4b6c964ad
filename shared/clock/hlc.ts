/**
 * Hybrid logical clock. A stamp orders changes across devices even when their wall
 * clocks disagree, and sorts as a plain string, so IndexedDB can index it and delta sync
 * can ask for "everything after stamp S".
 *
 * Format: 13-digit wall milliseconds, '-', 5-digit counter, '-', device id.
 */
export interface Hlc {
  wall: number;
  counter: number;
}

const WALL_DIGITS = 13;
const COUNTER_DIGITS = 5;
const MAX_COUNTER = 10 ** COUNTER_DIGITS - 1;

export const formatStamp = (c: Hlc, deviceId: string): string =>
  `${String(c.wall).padStart(WALL_DIGITS, '0')}-${String(c.counter).padStart(COUNTER_DIGITS, '0')}-${deviceId}`;

export const parseStamp = (stamp: string): Hlc & { deviceId: string } => {
  const m = /^(\d{13})-(\d{5})-(.+)$/.exec(stamp);
  if (!m) throw new Error('invalid stamp');
  return { wall: Number(m[1]), counter: Number(m[2]), deviceId: m[3] as string };
};

/** Advances the clock for a local event. */
export const tick = (prev: Hlc, now: number): Hlc => {
  if (now > prev.wall) return { wall: now, counter: 0 };
  if (prev.counter >= MAX_COUNTER) return { wall: prev.wall + 1, counter: 0 };
  return { wall: prev.wall, counter: prev.counter + 1 };
};

/** Advances the clock on receiving a remote stamp, so later local stamps sort after it. */
export const receive = (prev: Hlc, remote: Hlc, now: number): Hlc => {
  const wall = Math.max(prev.wall, remote.wall, now);
  let counter: number;
  if (wall === prev.wall && wall === remote.wall) counter = Math.max(prev.counter, remote.counter) + 1;
  else if (wall === prev.wall) counter = prev.counter + 1;
  else if (wall === remote.wall) counter = remote.counter + 1;
  else counter = 0;
  if (counter > MAX_COUNTER) return { wall: wall + 1, counter: 0 };
  return { wall, counter };
};
