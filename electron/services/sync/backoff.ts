/** Timers the service uses, injectable so tests drive time instead of waiting for it. */
export interface SyncClock {
  now(): number;
  /** Runs fn after ms; returns a cancel function. A test clock may await what fn returns. */
  setTimer(fn: () => Promise<void>, ms: number): () => void;
}

export const systemClock: SyncClock = {
  now: () => Date.now(),
  setTimer: (fn, ms) => {
    const t = setTimeout(() => void fn(), ms);
    // A pending retry must not keep a CLI or test process alive.
    t.unref();
    return () => clearTimeout(t);
  },
};

/**
 * Exponential backoff with "equal jitter": between half and all of base·2^n, capped. The
 * jitter keeps many laptops that regain a link at once from hitting the server together.
 */
export const backoffDelay = (failures: number, random: () => number, baseMs: number, maxMs: number): number => {
  const cap = Math.min(maxMs, baseMs * 2 ** Math.min(Math.max(failures - 1, 0), 30));
  return Math.round(cap / 2 + (random() * cap) / 2);
};
