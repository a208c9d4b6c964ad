import { ulid } from 'ulid';
import { formatStamp, parseStamp, receive, tick, type Hlc } from '../../../shared/clock/hlc';
import type { RelaisDb } from './db';

/**
 * This device's identity and its hybrid logical clock. The clock's state is kept in the
 * meta table so stamps keep increasing across restarts even if the wall clock goes back.
 */
export interface DeviceClock {
  deviceId: string;
  next(): string;
  /**
   * Catches up with the clock as stored, so a second window (browser mode) never stamps
   * below what the first already used; called inside write transactions before stamping.
   */
  refresh(): Promise<void>;
  /** Persists the clock; called inside write transactions. */
  persist(): Promise<void>;
  /** Moves the clock past a stamp received from elsewhere (a restored backup), so later local stamps sort after it. */
  observe(stamp: string): void;
}

export const loadDeviceClock = async (db: RelaisDb, now: () => number = Date.now): Promise<DeviceClock> => {
  let deviceId = (await db.meta.get('deviceId'))?.value as string | undefined;
  if (!deviceId) {
    deviceId = ulid().toLowerCase();
    await db.meta.put({ key: 'deviceId', value: deviceId });
  }
  let state: Hlc = ((await db.meta.get('hlc'))?.value as Hlc | undefined) ?? { wall: 0, counter: 0 };
  const id = deviceId;
  return {
    deviceId: id,
    next() {
      state = tick(state, now());
      return formatStamp(state, id);
    },
    refresh: async () => {
      const stored = (await db.meta.get('hlc'))?.value as Hlc | undefined;
      if (stored && (stored.wall > state.wall || (stored.wall === state.wall && stored.counter > state.counter))) state = stored;
    },
    persist: async () => {
      await db.meta.put({ key: 'hlc', value: state });
    },
    observe(stamp) {
      const { wall, counter } = parseStamp(stamp);
      state = receive(state, { wall, counter }, now());
    },
  };
};
