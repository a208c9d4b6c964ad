import { manifestName } from '../../../shared/sync/format';
import type { Outbox, OutboxEntry } from './outbox';
import type { Transport } from './transport';

/**
 * Sends one bundle part by part, recording each confirmed part on disk before the next,
 * so an interruption resumes at the first part not confirmed. The manifest of a split
 * bundle goes last: its presence tells the central office every part is there.
 */
export const deliverEntry = async (outbox: Outbox, entry: OutboxEntry, transport: Transport, onBytes: (n: number) => void): Promise<void> => {
  const bytes = await outbox.read(entry);
  let current = entry;
  for (let i = 0; i < current.parts.length; i++) {
    const part = current.parts[i];
    if (!part || part.delivered) continue;
    await transport.put(part.name, bytes.subarray(part.offset, part.offset + part.size));
    current = { ...current, parts: current.parts.map((p, j) => (j === i ? { ...p, delivered: true } : p)) };
    await outbox.save(current);
    onBytes(part.size);
  }
  if (current.manifest && !current.manifest.delivered) {
    await transport.put(manifestName(current.file), Buffer.from(JSON.stringify(current.manifest.body, null, 2)));
    current = { ...current, manifest: { ...current.manifest, delivered: true } };
    await outbox.save(current);
  }
  await outbox.complete(current);
};
