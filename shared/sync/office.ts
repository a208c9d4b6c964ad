import type { RecordBase } from '../model/base';
import { vvOf } from './merge';

/**
 * Which office a record belongs to, as seen by a central office: records do not name
 * their office, but their version vector names every device that changed them, and each
 * device's bundles name its office. A record belongs to the office whose device made its
 * latest change; it concerns every office one of whose devices ever changed it.
 */
export const officeOf = (r: Pick<RecordBase, 'vv' | 'deviceId' | 'stamp'>, deviceOffice: ReadonlyMap<string, string>): string | undefined => {
  let best: { stamp: string; office: string } | undefined;
  for (const [device, stamp] of Object.entries(vvOf(r))) {
    const office = deviceOffice.get(device);
    if (office !== undefined && (!best || stamp > best.stamp)) best = { stamp, office };
  }
  return best?.office;
};

export const touchedBy = (r: Pick<RecordBase, 'vv' | 'deviceId' | 'stamp'>, devices: ReadonlySet<string>): boolean =>
  Object.keys(vvOf(r)).some((d) => devices.has(d));
