import { formatStamp, tick, type Hlc } from '../clock/hlc';
import { DAY_MS, DEMO_DEVICE_ID } from './context';

/**
 * The demo is one import made on `today` (day T) after office hours, so every stamp is
 * later than any updatedAt; stamps increase in the order the tables are given.
 */
export const stampAll = (T: number, tables: { stamp: string }[][]): void => {
  let clock: Hlc = { wall: (T + 1) * DAY_MS - 60_000, counter: 0 };
  const importWall = clock.wall;
  for (const records of tables) {
    for (const rec of records) {
      clock = tick(clock, importWall);
      rec.stamp = formatStamp(clock, DEMO_DEVICE_ID);
    }
  }
};
