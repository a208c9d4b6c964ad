import { join } from 'node:path';
import { RelaisError } from '../../../shared/bridge/result';
import type { BundleRecords } from '../../../shared/sync/format';
import { writeFileAtomic } from '../sync/atomic';
import { buildBundle } from '../sync/export';
import { loadDeviceKey } from '../sync/keys';
import type { SyncService } from '../sync/service';
import type { CentralHost, CentralService } from './service';

export interface SendBackRequest {
  establishment: string;
  folder: string;
  deviceId: string;
  records: BundleRecords;
}

/**
 * Back to the laptops: a full bundle of one office's records (the renderer picks them),
 * signed by this installation's device key and encrypted for every approved device of
 * that office. A wiped laptop that imports it has its office's bank back; two laptops
 * of one office converge through it.
 */
export const sendToOffice = async (host: CentralHost, central: CentralService, sync: SyncService, req: SendBackRequest, now = new Date()) => {
  const recipients = await central.officeRecipients(req.establishment);
  if (!recipients.length) throw new RelaisError('no_recipient', 'no approved device of this office gave its key yet');
  // The sync service makes the device key once (first-run race); read it after it exists.
  await sync.keys();
  const signer = await loadDeviceKey(host.secrets);
  const sealed = await buildBundle(
    { full: true, sinceStamp: null, deviceId: req.deviceId, establishment: req.establishment, records: req.records },
    signer,
    recipients,
    now,
  );
  if (!sealed) throw new RelaisError('internal');
  const file = `relais-central-${sealed.header.bundleId}.age`;
  try {
    await writeFileAtomic(join(req.folder, file), sealed.bytes);
  } catch {
    throw new RelaisError('folder_unavailable', 'the folder is not reachable');
  }
  const records = Object.values(sealed.header.counts).reduce((n, c) => n + c.records + c.tombstones, 0);
  host.log.info('central.sent_to_office', { bytes: sealed.bytes.length, devices: recipients.length });
  return { file, bytes: sealed.bytes.length, records, devices: recipients.length };
};
