import { fileSecretStore } from '../../../electron/services/secret-store';
import { silentLogger } from '../../../electron/services/logger';
import type { SyncClock } from '../../../electron/services/sync/backoff';
import { SyncService, type SyncServiceOptions } from '../../../electron/services/sync/service';

/** A clock the test advances; due timers run in order and are awaited. */
export class ManualClock implements SyncClock {
  t = 1_760_000_000_000;
  private timers: { at: number; fn: () => Promise<void>; live: boolean }[] = [];
  now = (): number => this.t;
  setTimer = (fn: () => Promise<void>, ms: number): (() => void) => {
    const timer = { at: this.t + ms, fn, live: true };
    this.timers.push(timer);
    return () => {
      timer.live = false;
    };
  };
  get pending(): number[] {
    return this.timers.filter((x) => x.live).map((x) => x.at - this.t);
  }
  async advance(ms: number): Promise<void> {
    const end = this.t + ms;
    for (let guard = 0; guard < 1000; guard++) {
      const next = this.timers.filter((x) => x.live && x.at <= end).sort((a, b) => a.at - b.at)[0];
      if (!next) break;
      next.live = false;
      this.t = Math.max(this.t, next.at);
      await next.fn();
    }
    this.t = end;
  }
}

export const makeService = (dataDir: string, opts: SyncServiceOptions = {}): SyncService =>
  new SyncService({ dataDir, secrets: fileSecretStore(dataDir), log: silentLogger }, { random: () => 0.5, ...opts });
